#pragma once

#include "cases/casesummary.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

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
// then partial ones (prefixes), then phonetic ones (another spelling, or the other script).
// Each tier is one indexed query with its own LIMIT, newest files first, so the cost does not
// grow with the number of files that match a common name.
class CaseSearch
{
public:
    explicit CaseSearch(QSqlDatabase db);
    QList<SearchHit> search(const QString &text, int limit = 50) const;

    // FTS5 queries for the tiers (exposed for tests and the benchmark). `tokens` come from
    // NameNormalizer::tokens, so they only contain letters and digits.
    static QString fullNameQuery(const QStringList &tokens);
    static QString prefixQuery(const QStringList &tokens);
    static QString phoneticQuery(const QStringList &tokens);
    // The SQL of the identifier lookups (dossier, CIN, phone, IDCS), for a test of their plans.
    static QStringList identifierStatements();

private:
    struct Candidate
    {
        qint64 localNo;
        SearchHit::Match match;
        int score;
    };
    void identifierMatches(const QString &text, int limit, QList<Candidate> &out) const;
    void wholeIdentifierMatches(const QString &text, int limit, QList<Candidate> &out) const;
    void ftsMatches(const QString &query, SearchHit::Match match, int score, int limit,
                    QList<Candidate> &out) const;
    void addLocalNos(const QString &sql, const QVariantList &params, int score,
                     QList<Candidate> &out) const;

    QSqlDatabase m_db;
};

} // namespace jisr
