#include "casesearch.h"

// PLACEHOLDER: being replaced by the search work.
namespace jisr {
CaseSearch::CaseSearch(QSqlDatabase db) : m_db(std::move(db)) {}
QList<SearchHit> CaseSearch::search(const QString &, int) const { return {}; }
} // namespace jisr
