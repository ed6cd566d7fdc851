#include "duplicatefinder.h"

#include "casesearchindex.h"
#include "namenormalizer.h"
#include "phonetickey.h"
#include "sqlquery.h"

namespace jisr {

namespace {

constexpr int MaxSimilar = 3;

QString allOf(const QString &column, const QStringList &terms)
{
    QStringList quoted;
    for (const QString &t : terms)
        quoted << u'"' + t + u'"';
    return column + u" : ("_qs + quoted.join(u' ') + u')';
}

QStringList keys(const QStringList &tokens)
{
    QStringList out;
    for (const QString &t : tokens)
        if (const QString k = PhoneticKey::of(t); !k.isEmpty())
            out << k;
    return out;
}

} // namespace

DuplicateFinder::DuplicateFinder(QSqlDatabase db) : m_db(std::move(db)) {}

ValidationIssues DuplicateFinder::find(const CaseFile &c) const
{
    ValidationIssues out;
    if (!c.cin.isEmpty())
        sameIdentifier(c, u"cin"_qs, c.cin, out);
    if (!c.idcs.isEmpty())
        sameIdentifier(c, u"idcs"_qs, c.idcs, out);
    similarNames(c, out);
    return out;
}

void DuplicateFinder::sameIdentifier(const CaseFile &c, const QString &column, const QString &value,
                                     ValidationIssues &out) const
{
    // `column` is one of our two constants, never user input.
    QSqlQuery q = execQuery(m_db,
                            u"SELECT id, dossier_no FROM case_files WHERE "_qs + column +
                                u" = ? AND id <> ? AND deleted = 0"_qs,
                            {value, c.id});
    if (!q.next())
        return;
    const QString dossier = q.value(1).toString();
    const QString message = column == u"cin"_qs
                                ? tr("This CIN is already recorded in case file %1.").arg(dossier)
                                : tr("This IDCS is already recorded in case file %1.").arg(dossier);
    out.append({column, ValidationIssue::Severity::Error, message, q.value(0).toString()});
}

QString DuplicateFinder::similarNameQuery(const CaseFile &c)
{
    const QStringList arabic = NameNormalizer::tokens(c.givenNameAr + u' ' + c.familyNameAr);
    const QStringList latin = NameNormalizer::tokens(c.givenNameLat + u' ' + c.familyNameLat);
    QStringList alternatives;
    // Arabic is compared letter by letter (محمد is not محمود), and by sound only with files that
    // have no Arabic name; Latin spellings are compared by their keys, which also reach files
    // that have the name in Arabic only (see CaseSearchIndex).
    if (arabic.size() >= 2) {
        alternatives << allOf(u"names"_qs, arabic);
        QStringList prefixed;
        for (const QString &k : keys(arabic))
            prefixed << CaseSearchIndex::arabicQueryNamespace() + k;
        if (prefixed.size() >= 2)
            alternatives << allOf(u"phonetic"_qs, prefixed);
    }
    if (const QStringList latinKeys = keys(latin); latinKeys.size() >= 2)
        alternatives << allOf(u"phonetic"_qs, latinKeys);
    for (QString &a : alternatives)
        a = u'(' + a + u')';
    return alternatives.join(u" OR "_qs);
}

void DuplicateFinder::similarNames(const CaseFile &c, ValidationIssues &out) const
{
    const QString query = similarNameQuery(c);
    if (query.isEmpty() || c.birthYear <= 0)
        return;
    QSqlQuery q = execQuery(m_db,
                            u"SELECT f.id, f.dossier_no FROM case_search s "
                            "JOIN case_files f ON f.local_no = s.rowid "
                            "WHERE case_search MATCH ? AND f.id <> ? AND f.deleted = 0 "
                            "AND f.birth_year BETWEEN ? AND ? LIMIT ?"_qs,
                            {query, c.id, c.birthYear - 1, c.birthYear + 1, MaxSimilar});
    const QString field = c.familyNameAr.isEmpty() ? u"family_name_lat"_qs : u"family_name_ar"_qs;
    while (q.next())
        out.append({field, ValidationIssue::Severity::Warning,
                    tr("A case file with a similar name and birth year already exists (%1). "
                       "Check that it is not the same person before saving.")
                        .arg(q.value(1).toString()),
                    q.value(0).toString()});
}

} // namespace jisr
