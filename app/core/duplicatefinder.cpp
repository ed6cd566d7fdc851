#include "duplicatefinder.h"

// PLACEHOLDER: being replaced by the search work.
namespace jisr {
DuplicateFinder::DuplicateFinder(QSqlDatabase db) : m_db(std::move(db)) {}
ValidationIssues DuplicateFinder::find(const CaseFile &) const { return {}; }
} // namespace jisr
