#include "search/duplicatefinder.h"

#include "platform/db/sqlquery.h"
#include "search/casesearchindex.h"
#include "search/namenormalizer.h"
#include "search/phonetickey.h"

using namespace Qt::StringLiterals;

namespace jisr {

namespace {

constexpr int MaxSimilar = 3;

} // namespace

DuplicateFinder::DuplicateFinder(QSqlDatabase db) : m_db(std::move(db)) {}

ValidationIssues DuplicateFinder::find(const CaseFile &c) const
{
    ValidationIssues out;
    if (!c.cin.isEmpty())
        sameIdentifier(c, u"cin"_s, c.cin, out);
    if (!c.idcs.isEmpty())
        sameIdentifier(c, u"idcs"_s, c.idcs, out);
    similarNames(c, out);
    return out;
}

void DuplicateFinder::sameIdentifier(const CaseFile &c, const QString &column, const QString &value,
                                     ValidationIssues &out) const
{
    // `column` is one of our two constants, never user input.
    const QList<QVariantList> rows = selectRows(m_db,
                                                u"SELECT id, dossier_no FROM case_files WHERE "_s +
                                                    column + u" = ? AND id <> ? AND deleted = 0"_s,
                                                {value, c.id});
    if (rows.isEmpty())
        return;
    const QString dossier = rows.first().at(1).toString();
    const QString message = column == u"cin"_s
                                ? tr("This CIN is already recorded in case file %1.").arg(dossier)
                                : tr("This IDCS is already recorded in case file %1.").arg(dossier);
    out.append({column, ValidationIssue::Severity::Error, message, rows.first().at(0).toString()});
}

void DuplicateFinder::similarNames(const CaseFile &c, ValidationIssues &out) const
{
    const QStringList keys = CaseSearchIndex::lookupNameKeys(c);
    if (keys.isEmpty() || c.birthYear <= 0)
        return;
    QStringList marks;
    QVariantList params;
    for (const QString &k : keys) {
        marks << u"?"_s;
        params << k;
    }
    params << c.birthYear - 1 << c.birthYear + 1 << c.id << MaxSimilar;
    // Indexed on (name_key, birth_year): a common name never costs a scan of its namesakes.
    const QList<QVariantList> rows =
        selectRows(m_db,
                   u"SELECT DISTINCT f.id, f.dossier_no FROM case_name_keys k "
                   "JOIN case_files f ON f.local_no = k.local_no "
                   "WHERE k.name_key IN ("_s +
                       marks.join(u',') +
                       u") AND k.birth_year BETWEEN ? AND ? AND f.id <> ? "
                       "AND f.deleted = 0 LIMIT ?"_s,
                   params);
    const QString field = c.familyNameAr.isEmpty() ? u"family_name_lat"_s : u"family_name_ar"_s;
    for (const QVariantList &row : rows)
        out.append({field, ValidationIssue::Severity::Warning,
                    tr("A case file with a similar name and birth year already exists (%1). "
                       "Check that it is not the same person before saving.")
                        .arg(row.at(1).toString()),
                    row.at(0).toString()});
}

} // namespace jisr
