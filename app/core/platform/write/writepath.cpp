#include "platform/write/writepath.h"

#include "platform/audit/auditlog.h"
#include "platform/errors/coreerror.h"
#include "platform/settings/workstationsettings.h"
#include "platform/time/clock.h"
#include "platform/time/hybridlogicalclock.h"

namespace jisr {

WritePath::WritePath(Database &db, WorkstationSettings &settings, Clock &clock,
                     HybridLogicalClock &hlc, AuditLog &audit, QObject *parent)
    : QObject(parent), m_db(db), m_settings(settings), m_clock(clock), m_hlc(hlc), m_audit(audit)
{
}

void WritePath::require(const Actor &actor, Capability cap, const QString &subjectId) const
{
    if (!actor.can(cap))
        deny(actor, cap, subjectId);
}

void WritePath::deny(const Actor &actor, Capability cap, const QString &subjectId) const
{
    // Recorded in its own transaction, before the write's: it must survive the refusal.
    m_audit.record(actor, AuditAction::PermissionDenied, subjectId, capabilityCode(cap));
    throw CoreError(
        ErrorKind::PermissionDenied,
        QCoreApplication::translate("jisr::WritePath", "Your role does not allow this action (%1).")
            .arg(capabilityCode(cap)));
}

WriteContext WritePath::begin(const Actor &actor, const WriteIntent &intent)
{
    // Stamped once the write lock is held, so that stamps follow the order of commits.
    return WriteContext(m_db, actor, intent, m_hlc.now(), m_clock.nowUtc(),
                        m_settings.workstationId());
}

void WritePath::finish(WriteContext &context, const WriteIntent &intent, SqlTransaction &tx)
{
    if (context.isNothingChanged())
        return; // the transaction rolls back as it goes out of scope
    if (intent.action)
        m_audit.record(context.actor(), *intent.action, context.subjectId(),
                       context.auditDetails());
    tx.commit();
    if (!context.changes().isEmpty())
        emit committed(context.changes());
}

} // namespace jisr
