#include "casesearchindex.h"

#include "namenormalizer.h"
#include "phonetickey.h"
#include "sqlquery.h"

namespace jisr {

namespace {

QStringList tokensOf(const QString &family, const QString &given)
{
    return NameNormalizer::tokens(given + u' ' + family);
}

QStringList keysOf(const QStringList &tokens, const QString &prefix = {})
{
    QStringList keys;
    for (const QString &t : tokens) {
        const QString k = PhoneticKey::of(t);
        if (!k.isEmpty() && !keys.contains(prefix + k))
            keys << prefix + k;
    }
    return keys;
}

} // namespace

QString CaseSearchIndex::namesOf(const CaseFile &c)
{
    return (tokensOf(c.familyNameAr, c.givenNameAr) + tokensOf(c.familyNameLat, c.givenNameLat))
        .join(u' ');
}

QString CaseSearchIndex::phoneticOf(const CaseFile &c)
{
    const QStringList arabic = tokensOf(c.familyNameAr, c.givenNameAr);
    const QStringList latin = tokensOf(c.familyNameLat, c.givenNameLat);
    QStringList keys = keysOf(latin.isEmpty() ? arabic : latin);
    if (arabic.isEmpty())
        keys += keysOf(latin, arabicQueryNamespace());
    return keys.join(u' ');
}

void CaseSearchIndex::upsert(const QSqlDatabase &db, qint64 localNo, const CaseFile &c)
{
    remove(db, localNo);
    insert(db, localNo, c);
}

void CaseSearchIndex::insert(const QSqlDatabase &db, qint64 localNo, const CaseFile &c)
{
    execQuery(db, u"INSERT INTO case_search (rowid, names, phonetic) VALUES (?, ?, ?)"_qs,
              {localNo, namesOf(c), phoneticOf(c)});
}

void CaseSearchIndex::remove(const QSqlDatabase &db, qint64 localNo)
{
    execQuery(db, u"DELETE FROM case_search WHERE rowid = ?"_qs, {localNo});
}

} // namespace jisr
