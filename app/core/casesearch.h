#pragma once

#include "casesummary.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace jisr {

struct SearchHit
{
    enum class Match { Identifier, FullName, Partial };
    CaseSummary summary;
    Match match = Match::Partial;
    int score = 0; // higher first
};

// The one search box: any part of a name in either script, in any order, as a prefix, plus
// CIN, IDCS, phone and dossier number. Ranking: exact identifiers, then full-name matches,
// then partial ones.
class CaseSearch
{
public:
    explicit CaseSearch(QSqlDatabase db);
    QList<SearchHit> search(const QString &text, int limit = 50) const;

private:
    QSqlDatabase m_db;
};

} // namespace jisr
