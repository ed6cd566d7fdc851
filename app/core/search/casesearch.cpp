#include "search/casesearch.h"

#include "cases/casefilerepository.h"
#include "cases/identifiers.h"
#include "platform/db/sqlquery.h"
#include "search/casesearchindex.h"
#include "search/namenormalizer.h"
#include "search/phonetickey.h"

#include <QRegularExpression>
#include <QSet>

using namespace Qt::StringLiterals;

namespace jisr {

namespace {

constexpr int IdentifierScore = 4000;
constexpr int FullNameScore = 3000;
constexpr int PrefixScore = 2000;
constexpr int PhoneticScore = 1000;

QString quoted(const QString &token)
{
    // Tokens hold only letters and digits; quoting keeps FTS5 keywords (AND, NEAR...) literal.
    return u'"' + token + u'"';
}

// The upper bound of a prefix range over an index: every string starting with `prefix` sorts
// between `prefix` and this.
QString prefixEnd(const QString &prefix)
{
    return prefix + QChar(0xFFFF);
}

// The identifier lookups. Each must be answered from an index: on a million files a scan costs
// a quarter of a second per keystroke. The phone indexes are partial (WHERE phone <> ''), so a
// query repeats that condition: SQLite uses a partial index only when the query implies it.
const QString DossierSql = u"SELECT local_no FROM case_files WHERE dossier_no >= ? AND "
                           "dossier_no < ? AND deleted = 0 ORDER BY dossier_no LIMIT ?"_s;
// Exact first, then files whose CIN starts with what was typed so far.
const QString CinSql = u"SELECT local_no FROM case_files WHERE cin >= ? AND cin < ? AND "
                       "deleted = 0 ORDER BY cin <> ?, cin LIMIT ?"_s;
const QString PhoneSql =
    u"SELECT local_no FROM case_files WHERE ((phone = ? AND phone <> '') OR (phone2 = ? AND "
    "phone2 <> '') OR (guardian_phone = ? AND guardian_phone <> '')) AND deleted = 0 LIMIT ?"_s;
const QString IdcsSql = u"SELECT local_no FROM case_files WHERE idcs = ? AND deleted = 0"_s;
// A dossier number by its end (CaseSearchIndex::dossierKey), from the keys' index.
const QString DossierSuffixSql =
    u"SELECT k.local_no FROM case_name_keys k JOIN case_files f ON f.local_no = k.local_no "
    "WHERE k.name_key = ? AND f.deleted = 0 LIMIT ?"_s;
const QString PhonePrefixSql = u"SELECT local_no FROM case_files WHERE phone >= ? AND phone < ? "
                               "AND phone <> '' AND deleted = 0 LIMIT ?"_s;

} // namespace

QStringList CaseSearch::identifierStatements()
{
    return {DossierSql, DossierSuffixSql, CinSql, PhoneSql, IdcsSql, PhonePrefixSql};
}

CaseSearch::CaseSearch(QSqlDatabase db) : m_db(std::move(db)) {}

QString CaseSearch::fullNameQuery(const QStringList &tokens)
{
    QStringList terms;
    for (const QString &t : tokens)
        terms << quoted(t);
    return u"names : ("_s + terms.join(u' ') + u')';
}

QString CaseSearch::prefixQuery(const QStringList &tokens)
{
    QStringList terms;
    for (const QString &t : tokens)
        terms << quoted(t) + u'*';
    return u"names : ("_s + terms.join(u' ') + u')';
}

QString CaseSearch::phoneticQuery(const QStringList &tokens)
{
    QStringList groups;
    for (int i = 0; i < tokens.size(); ++i) {
        const QString &t = tokens.at(i);
        QString key = PhoneticKey::of(t);
        QString group = u"names : "_s + quoted(t) + u'*';
        if (!key.isEmpty()) {
            if (NameNormalizer::isArabic(t))
                key.prepend(CaseSearchIndex::arabicQueryNamespace());
            // The word being typed matches keys that start like it, once it says enough.
            const bool typing = i == tokens.size() - 1 && key.size() >= 3;
            group += u" OR phonetic : "_s + quoted(key) + (typing ? u"*"_s : QString());
        }
        groups << u'(' + group + u')';
    }
    return groups.join(u" AND "_s);
}

void CaseSearch::addLocalNos(const QString &sql, const QVariantList &params, int score,
                             QList<Candidate> &out) const
{
    QSqlQuery q = execQuery(m_db, sql, params);
    int rank = 0;
    while (q.next())
        out.append({q.value(0).toLongLong(), SearchHit::Match::Identifier, score - rank++});
}

void CaseSearch::identifierMatches(const QString &text, int limit, QList<Candidate> &out) const
{
    QList<Candidate> bySuffix;
    // After the whole number (or its beginning) and the other identifiers, the files whose
    // number ends as typed: numbers are read aloud by their end.
    const QString suffixKey =
        CaseSearchIndex::dossierKey(Identifiers::foldDigitsAndControls(text).trimmed());
    if (!suffixKey.isEmpty())
        addLocalNos(DossierSuffixSql, {suffixKey, limit}, IdentifierScore - 200, bySuffix);
    wholeIdentifierMatches(text, limit, out);
    out += bySuffix;
}

void CaseSearch::wholeIdentifierMatches(const QString &text, int limit, QList<Candidate> &out) const
{
    const QString folded = Identifiers::foldDigitsAndControls(text).trimmed().toUpper();
    static const QRegularExpression dossier(u"^[A-Z]{3}-[0-9A-Z-]*$"_s);
    if (dossier.match(folded).hasMatch()) {
        addLocalNos(DossierSql, {folded, prefixEnd(folded), limit}, IdentifierScore, out);
        return;
    }
    const QString compact = Identifiers::normalizeCin(text);
    static const QRegularExpression cin(u"^[A-Z]{1,2}[0-9]{2,}$"_s);
    if (cin.match(compact).hasMatch()) {
        addLocalNos(CinSql, {compact, prefixEnd(compact), compact, limit}, IdentifierScore, out);
        return;
    }
    static const QRegularExpression digits(u"^\\+?[0-9]{4,}$"_s);
    if (!digits.match(compact).hasMatch())
        return;
    const QString phone = Identifiers::normalizePhone(compact);
    if (Identifiers::isValidPhone(phone))
        addLocalNos(PhoneSql, {phone, phone, phone, limit}, IdentifierScore, out);
    if (Identifiers::isValidIdcs(compact))
        addLocalNos(IdcsSql, {compact}, IdentifierScore, out);
    if (out.isEmpty() && compact.startsWith(u'0'))
        addLocalNos(PhonePrefixSql, {compact, prefixEnd(compact), limit}, IdentifierScore - 100,
                    out);
}

void CaseSearch::ftsMatches(const QString &query, SearchHit::Match match, int score, int limit,
                            QList<Candidate> &out) const
{
    QSqlQuery q = execQuery(m_db,
                            u"SELECT rowid FROM case_search WHERE case_search MATCH ? "
                            "ORDER BY rowid DESC LIMIT ?"_s,
                            {query, limit});
    int rank = 0;
    while (q.next())
        out.append({q.value(0).toLongLong(), match, score - rank++});
}

QList<SearchHit> CaseSearch::search(const QString &text, int limit) const
{
    QList<Candidate> candidates;
    identifierMatches(text, limit, candidates);
    const QStringList tokens = NameNormalizer::tokens(text);
    const bool onlyDigits =
        !tokens.isEmpty() && std::all_of(tokens.cbegin(), tokens.cend(),
                                         [](const QString &t) { return t.front().isDigit(); });
    if (!tokens.isEmpty() && !onlyDigits && candidates.size() < limit) {
        ftsMatches(fullNameQuery(tokens), SearchHit::Match::FullName, FullNameScore, limit,
                   candidates);
        if (candidates.size() < limit)
            ftsMatches(prefixQuery(tokens), SearchHit::Match::Partial, PrefixScore, limit,
                       candidates);
        // The typed words with one space taken out: "Mohamed Amine" finds "Mohamedamine".
        for (const QStringList &variant : NameNormalizer::joinedVariants(text)) {
            if (candidates.size() >= limit)
                break;
            ftsMatches(fullNameQuery(variant), SearchHit::Match::Partial, PrefixScore - 100, limit,
                       candidates);
        }
        if (candidates.size() < limit)
            ftsMatches(phoneticQuery(tokens), SearchHit::Match::Partial, PhoneticScore, limit,
                       candidates);
    }

    // Keep each file once, at its best tier, in order.
    QSet<qint64> seen;
    QList<qint64> localNos;
    QHash<qint64, Candidate> best;
    for (const Candidate &c : candidates) {
        if (seen.contains(c.localNo))
            continue;
        seen.insert(c.localNo);
        localNos << c.localNo;
        best.insert(c.localNo, c);
        if (localNos.size() == limit)
            break;
    }
    QList<SearchHit> hits;
    for (const CaseSummary &s : CaseFileRepository(m_db).summariesByLocalNo(localNos)) {
        const Candidate &c = best.value(s.localNo);
        hits.append({s, c.match, c.score});
    }
    return hits;
}

} // namespace jisr
