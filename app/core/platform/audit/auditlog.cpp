#include "platform/audit/auditlog.h"

#include "cases/identifiers.h"
#include "platform/db/database.h"
#include "platform/db/sqlquery.h"
#include "platform/db/sqltransaction.h"
#include "platform/settings/workstationsettings.h"
#include "platform/time/clock.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <optional>

using namespace Qt::StringLiterals;

namespace jisr {

namespace {

const QString genesisHash = QString(64, u'0');

// The first ten columns of an entry, in the order of the table.
AuditEntry entryFrom(const QSqlQuery &q)
{
    AuditEntry e;
    e.seq = q.value(0).toLongLong();
    e.at = QDateTime::fromString(q.value(1).toString(), Qt::ISODateWithMs);
    e.at.setTimeSpec(Qt::UTC);
    e.userId = q.value(2).toString();
    e.login = q.value(3).toString();
    e.workstationId = q.value(4).toString();
    e.action = q.value(5).toString();
    e.caseId = q.value(6).toString();
    e.details = q.value(7).toString();
    e.prevHash = q.value(8).toString();
    e.hash = q.value(9).toString();
    return e;
}

} // namespace

AuditLog::AuditLog(Database &db, const WorkstationSettings &settings, const Clock &clock)
    : m_db(db), m_settings(settings), m_clock(clock)
{
}

QString AuditLog::computeHash(const AuditEntry &e)
{
    // Length-prefixed fields, so that moving text from one field to the next changes the hash.
    QByteArray data;
    const QStringList fields{QString::number(e.seq),
                             e.at.toUTC().toString(Qt::ISODateWithMs),
                             e.userId,
                             e.login,
                             e.workstationId,
                             e.action,
                             e.caseId,
                             e.details,
                             e.prevHash};
    for (const QString &f : fields) {
        const QByteArray utf8 = f.toUtf8();
        data += QByteArray::number(utf8.size()) + ':' + utf8 + ';';
    }
    return QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex());
}

void AuditLog::record(const Actor &actor, AuditAction action, const QString &caseId,
                      const QString &details)
{
    AuditEntry e;
    e.userId = actor.userId;
    e.login = actor.login;
    e.action = auditActionCode(action);
    e.caseId = caseId;
    e.details = details;
    append(e);
}

void AuditLog::recordAnonymous(const QString &login, AuditAction action, const QString &details)
{
    AuditEntry e;
    e.login = login.left(64);
    e.action = auditActionCode(action);
    e.details = details;
    append(e);
}

void AuditLog::append(AuditEntry e)
{
    // The next number and the previous hash are read and the entry written under the write
    // lock: two programs appending at once must not both take the same place in the chain.
    // Inside a write, its transaction already holds the lock.
    std::optional<SqlTransaction> tx;
    if (m_db.transactionDepth() == 0)
        tx.emplace(m_db);
    const QSqlDatabase db = m_db.connection();
    const QList<QVariantList> last =
        selectRows(db, u"SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1"_s);
    e.seq = last.isEmpty() ? 1 : last.first().at(0).toLongLong() + 1;
    e.prevHash = last.isEmpty() ? genesisHash : last.first().at(1).toString();
    e.at = m_clock.nowUtc();
    e.workstationId = m_settings.workstationId();
    e.hash = computeHash(e);
    execQuery(db,
              u"INSERT INTO audit_log (seq, at, user_id, login, workstation_id, action, case_id, "
              "details, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
              {e.seq, e.at.toString(Qt::ISODateWithMs), e.userId, e.login, e.workstationId,
               e.action, e.caseId, e.details, e.prevHash, e.hash});
    if (tx)
        tx->commit();
}

QString AuditLog::entriesQuery(const AuditFilter &f, QVariantList &params)
{
    QString sql = u"SELECT a.seq, a.at, a.user_id, a.login, a.workstation_id, a.action, "
                  "a.case_id, a.details, a.prev_hash, a.hash, coalesce(f.dossier_no, '') "
                  "FROM audit_log a LEFT JOIN case_files f ON f.id = a.case_id WHERE 1 = 1"_s;
    if (!f.userId.isEmpty()) {
        sql += u" AND a.user_id = ?"_s;
        params << f.userId;
    }
    // The index by case is partial (WHERE case_id <> ''): SQLite uses it only for a query that
    // repeats the condition, and would otherwise read the whole log for each dossier.
    if (!f.caseId.isEmpty()) {
        sql += u" AND a.case_id = ? AND a.case_id <> ''"_s;
        params << f.caseId;
    }
    if (!f.dossierNo.isEmpty()) {
        sql += u" AND a.case_id = (SELECT id FROM case_files WHERE dossier_no = ?) "
               "AND a.case_id <> ''"_s;
        params << Identifiers::foldDigitsAndControls(f.dossierNo).trimmed().toUpper();
    }
    if (!f.actions.isEmpty()) {
        QStringList marks;
        for (const QString &a : f.actions) {
            marks << u"?"_s;
            params << a;
        }
        sql += u" AND a.action IN ("_s + marks.join(u',') + u')';
        // The emergency index is partial on this literal action (schema v4): say it in the
        // query's own words so that SQLite may use it. A constant of ours, not user input.
        if (f.actions == QStringList{auditActionCode(AuditAction::EmergencyAccess)})
            sql += u" AND a.action = 'emergency_access'"_s;
    }
    if (f.from.isValid()) {
        sql += u" AND a.at >= ?"_s;
        params << f.from.toUTC().toString(Qt::ISODateWithMs);
    }
    if (f.to.isValid()) {
        sql += u" AND a.at < ?"_s;
        params << f.to.toUTC().toString(Qt::ISODateWithMs);
    }
    sql += u" ORDER BY a.seq DESC LIMIT ?"_s;
    params << f.limit;
    return sql;
}

QList<AuditEntry> AuditLog::entries(const AuditFilter &f) const
{
    QVariantList params;
    const QString sql = entriesQuery(f, params);
    QSqlQuery q = execQuery(m_db.connection(), sql, params);
    QList<AuditEntry> out;
    while (q.next()) {
        AuditEntry e = entryFrom(q);
        e.dossierNo = q.value(10).toString();
        out << e;
    }
    return out;
}

AuditVerification AuditLog::verify() const
{
    AuditVerification v;
    QSqlQuery q = execQuery(m_db.connection(),
                            u"SELECT seq, at, user_id, login, workstation_id, action, "
                            "case_id, details, prev_hash, hash FROM audit_log ORDER BY seq"_s);
    QString expectedPrev = genesisHash;
    qint64 expectedSeq = 1;
    while (q.next()) {
        const AuditEntry e = entryFrom(q);
        ++v.entries;
        // A gap in the sequence names the first removed entry itself; otherwise the first entry
        // whose link or content no longer matches.
        QString reason;
        qint64 badSeq = e.seq;
        if (e.seq != expectedSeq) {
            badSeq = expectedSeq;
            reason = QCoreApplication::translate("jisr::AuditLog", "entries %1 to %2 were removed")
                         .arg(expectedSeq)
                         .arg(e.seq - 1);
        } else if (e.prevHash != expectedPrev) {
            reason = QCoreApplication::translate("jisr::AuditLog",
                                                 "the entry before it was altered or removed");
        } else if (computeHash(e) != e.hash) {
            reason = QCoreApplication::translate("jisr::AuditLog", "this entry was altered");
        }
        if (!reason.isEmpty()) {
            v.ok = false;
            v.firstBadSeq = badSeq;
            v.reason = reason;
            return v;
        }
        expectedPrev = e.hash;
        expectedSeq = e.seq + 1;
    }
    return v;
}

} // namespace jisr
