#include "cases/casefilerepository.h"

#include "platform/db/sqlquery.h"
#include "search/casesearchindex.h"

#include <QDateTime>
#include <QSqlRecord>

using namespace Qt::StringLiterals;

namespace jisr {

namespace {

// Empty identifiers are stored as NULL so the partial UNIQUE indexes allow many files without.
QVariant nullIfEmpty(const QString &s)
{
    return s.isEmpty() ? QVariant() : QVariant(s);
}

QVariantMap rowParams(const CaseFile &c)
{
    QVariantMap p = c.toFieldMap();
    p[u"cin"_s] = nullIfEmpty(c.cin);
    p[u"idcs"_s] = nullIfEmpty(c.idcs);
    p[u"hlc"_s] = c.hlc;
    p[u"workstation_id"_s] = c.workstationId;
    p[u"user_id"_s] = nullIfEmpty(c.userId);
    return p;
}

} // namespace

CaseFileRepository::CaseFileRepository(QSqlDatabase db) : m_db(std::move(db)) {}

std::optional<CaseFile> CaseFileRepository::findBy(const QString &column,
                                                   const QString &value) const
{
    // `column` is one of our own constants, never user input.
    QSqlQuery q = execQuery(
        m_db, u"SELECT * FROM case_files WHERE "_s + column + u" = ? AND deleted = 0"_s, {value});
    if (!q.next())
        return std::nullopt;
    QVariantMap m;
    const QSqlRecord rec = q.record();
    for (int i = 0; i < rec.count(); ++i)
        m.insert(rec.fieldName(i), q.value(i));
    CaseFile c = CaseFile::fromFieldMap(m);
    c.createdAt = m.value(u"created_at"_s).toString();
    c.hlc = m.value(u"hlc"_s).toLongLong();
    c.workstationId = m.value(u"workstation_id"_s).toString();
    c.userId = m.value(u"user_id"_s).toString();
    return c;
}

std::optional<CaseFile> CaseFileRepository::findById(const QString &id) const
{
    return findBy(u"id"_s, id);
}

std::optional<CaseFile> CaseFileRepository::findByDossier(const QString &dossierNo) const
{
    return findBy(u"dossier_no"_s, dossierNo);
}

std::optional<QString> CaseFileRepository::idByCin(const QString &cin) const
{
    QSqlQuery q = execQuery(m_db, u"SELECT id FROM case_files WHERE cin = ?"_s, {cin});
    return q.next() ? std::optional(q.value(0).toString()) : std::nullopt;
}

std::optional<QString> CaseFileRepository::idByIdcs(const QString &idcs) const
{
    QSqlQuery q = execQuery(m_db, u"SELECT id FROM case_files WHERE idcs = ?"_s, {idcs});
    return q.next() ? std::optional(q.value(0).toString()) : std::nullopt;
}

qint64 CaseFileRepository::localNoOf(const QString &id) const
{
    QSqlQuery q = execQuery(m_db, u"SELECT local_no FROM case_files WHERE id = ?"_s, {id});
    return q.next() ? q.value(0).toLongLong() : 0;
}

qint64 CaseFileRepository::count() const
{
    QSqlQuery q = execQuery(m_db, u"SELECT count(*) FROM case_files WHERE deleted = 0"_s);
    return q.next() ? q.value(0).toLongLong() : 0;
}

QString CaseFileRepository::summaryColumns()
{
    return u"id, local_no, dossier_no, given_name_ar, family_name_ar, given_name_lat, "
           "family_name_lat, sex, birth_date, birth_year, birth_year_only, cin, phone, status"_s;
}

CaseSummary CaseFileRepository::summaryFrom(const QSqlQuery &q, int i)
{
    CaseSummary s;
    s.id = q.value(i).toString();
    s.localNo = q.value(i + 1).toLongLong();
    s.dossierNo = q.value(i + 2).toString();
    s.nameAr = QString(q.value(i + 3).toString() + u' ' + q.value(i + 4).toString()).trimmed();
    s.nameLat = QString(q.value(i + 5).toString() + u' ' + q.value(i + 6).toString()).trimmed();
    s.sex = q.value(i + 7).toString();
    s.birthDate = QDate::fromString(q.value(i + 8).toString(), Qt::ISODate);
    s.birthYear = q.value(i + 9).toInt();
    s.birthYearOnly = q.value(i + 10).toInt() != 0;
    s.cin = q.value(i + 11).toString();
    s.phone = q.value(i + 12).toString();
    s.status = q.value(i + 13).toString();
    return s;
}

QList<CaseSummary> CaseFileRepository::page(qint64 beforeLocalNo, int limit) const
{
    QSqlQuery q =
        execQuery(m_db,
                  u"SELECT "_s + summaryColumns() +
                      u" FROM case_files WHERE deleted = 0 AND local_no < ? "
                      "ORDER BY local_no DESC LIMIT ?"_s,
                  {beforeLocalNo > 0 ? beforeLocalNo : std::numeric_limits<qint64>::max(), limit});
    QList<CaseSummary> out;
    while (q.next())
        out << summaryFrom(q);
    return out;
}

QList<CaseSummary> CaseFileRepository::summariesByLocalNo(const QList<qint64> &localNos) const
{
    QList<CaseSummary> out;
    out.reserve(localNos.size());
    QSqlQuery q(m_db);
    q.prepare(u"SELECT "_s + summaryColumns() +
              u" FROM case_files WHERE local_no = ? AND deleted = 0"_s);
    for (qint64 no : localNos) {
        q.addBindValue(no);
        if (q.exec() && q.next())
            out << summaryFrom(q);
    }
    return out;
}

qint64 CaseFileRepository::insert(const CaseFile &c)
{
    // A bare max() is answered from the index; wrapped in an expression it would scan it.
    const QList<QVariantList> last = selectRows(m_db, u"SELECT max(local_no) FROM case_files"_s);
    const qint64 localNo = (last.isEmpty() ? 0 : last.first().first().toLongLong()) + 1;
    QVariantMap p = rowParams(c);
    p[u"local_no"_s] = localNo;
    p[u"created_at"_s] = c.createdAt;
    QStringList columns = p.keys();
    QStringList placeholders;
    for (const QString &col : columns)
        placeholders << u':' + col;
    execNamedQuery(m_db,
                   u"INSERT INTO case_files ("_s + columns.join(u", "_s) + u") VALUES ("_s +
                       placeholders.join(u", "_s) + u')',
                   p);
    CaseSearchIndex::insert(m_db, localNo, c);
    return localNo;
}

void CaseFileRepository::update(const CaseFile &c)
{
    QVariantMap p = rowParams(c);
    p.remove(u"dossier_no"_s); // a dossier number never changes
    QStringList sets;
    for (auto it = p.cbegin(); it != p.cend(); ++it)
        if (it.key() != u"id"_s)
            sets << it.key() + u" = :"_s + it.key();
    execNamedQuery(m_db, u"UPDATE case_files SET "_s + sets.join(u", "_s) + u" WHERE id = :id"_s,
                   p);
    CaseSearchIndex::upsert(m_db, localNoOf(c.id), c);
}

QByteArray CaseFileRepository::photo(const QString &caseId) const
{
    QSqlQuery q = execQuery(m_db, u"SELECT jpeg FROM case_photos WHERE case_id = ?"_s, {caseId});
    return q.next() ? q.value(0).toByteArray() : QByteArray();
}

void CaseFileRepository::setPhoto(const QString &caseId, const QByteArray &jpeg, qint64 hlc,
                                  const QString &workstationId, const QString &userId)
{
    execQuery(m_db,
              u"INSERT INTO case_photos (case_id, jpeg, hlc, workstation_id, user_id) "
              "VALUES (?, ?, ?, ?, ?) ON CONFLICT (case_id) DO UPDATE SET jpeg = excluded.jpeg, "
              "hlc = excluded.hlc, workstation_id = excluded.workstation_id, "
              "user_id = excluded.user_id"_s,
              {caseId, jpeg, hlc, workstationId, nullIfEmpty(userId)});
}

} // namespace jisr
