#pragma once

#include "platform/access/accesscontrol.h"
#include "platform/write/rowchange.h"
#include "platform/write/writeintent.h"

#include <QDateTime>
#include <QVariantMap>

namespace jisr {

class Database;

// Handed to the body of a write (WritePath::write): the time stamp every row of this write
// carries, and the way to record what changed. The change-log rows are computed here from the
// old and new field maps, so no domain builds change-log JSON by hand.
class WriteContext
{
public:
    WriteContext(Database &db, const Actor &actor, const WriteIntent &intent, qint64 hlc,
                 QDateTime now, QString workstationId);

    const Actor &actor() const { return m_actor; }
    qint64 hlc() const { return m_hlc; }
    QDateTime now() const { return m_now; } // UTC
    const QString &workstationId() const { return m_workstationId; }

    // A new row: every field goes to the change log.
    void inserted(const QString &table, const QString &rowId, const QVariantMap &fields);
    // A changed row: only the fields whose value differs, with the version it was based on.
    // Returns the names of the changed fields (empty: nothing to record).
    QStringList updated(const QString &table, const QString &rowId, qint64 baseHlc,
                        const QVariantMap &before, const QVariantMap &after);
    // A deleted row (a tombstone for sync).
    void deleted(const QString &table, const QString &rowId, qint64 baseHlc);

    // The write turned out to change nothing: it is rolled back, not audited, not announced.
    void nothingChanged() { m_nothingChanged = true; }
    void setAuditDetails(const QString &details) { m_auditDetails = details; }
    // For a write of a subject known only inside the body (a new case file's id).
    void setSubject(const QString &subjectId) { m_subjectId = subjectId; }

    bool isNothingChanged() const { return m_nothingChanged; }
    QString auditDetails() const;
    QString subjectId() const { return m_subjectId; }
    const RowChanges &changes() const { return m_changes; }

private:
    void append(const QString &table, const QString &rowId, ChangeRecord::Operation op,
                const QVariantMap &fields, qint64 baseHlc);

    Database &m_db;
    const Actor &m_actor;
    const WriteIntent &m_intent;
    qint64 m_hlc;
    QDateTime m_now;
    QString m_workstationId;
    QString m_subjectId;
    QString m_auditDetails;
    RowChanges m_changes;
    bool m_nothingChanged = false;
};

} // namespace jisr
