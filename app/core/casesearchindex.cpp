#include "casesearchindex.h"

#include "sqlquery.h"

// PLACEHOLDER: being replaced by the search work (NameNormalizer + PhoneticKey).
namespace jisr {

void CaseSearchIndex::upsert(const QSqlDatabase &db, qint64 localNo, const CaseFile &c)
{
    remove(db, localNo);
    execQuery(db, u"INSERT INTO case_search (rowid, names, phonetic) VALUES (?, ?, '')"_qs,
              {localNo, (c.fullNameAr() + u' ' + c.fullNameLat()).toLower()});
}

void CaseSearchIndex::remove(const QSqlDatabase &db, qint64 localNo)
{
    execQuery(db, u"DELETE FROM case_search WHERE rowid = ?"_qs, {localNo});
}

} // namespace jisr
