#include "centre/settingsservice.h"

#include "platform/audit/auditlog.h"
#include "platform/errors/coreerror.h"
#include "platform/settings/workstationsettings.h"

using namespace Qt::StringLiterals;

namespace jisr {

SettingsService::SettingsService(WorkstationSettings &settings, AuditLog &audit)
    : m_settings(settings), m_audit(audit)
{
}

int SettingsService::idleLockMinutes() const
{
    bool ok = false;
    const int minutes = m_settings.value(u"idle_lock_minutes"_s).toInt(&ok);
    return ok && minutes > 0 ? minutes : DefaultIdleLockMinutes;
}

void SettingsService::setIdleLockMinutes(const Actor &actor, int minutes)
{
    if (!actor.can(Capability::ManageSettings)) {
        m_audit.record(actor, AuditAction::PermissionDenied, {},
                       capabilityCode(Capability::ManageSettings));
        throw CoreError(ErrorKind::PermissionDenied,
                        tr("Your role does not allow this action (%1).")
                            .arg(capabilityCode(Capability::ManageSettings)));
    }
    if (minutes < 1 || minutes > 60)
        throw CoreError(ErrorKind::Validation,
                        tr("The screen locks after 1 to 60 minutes of inactivity."));
    m_settings.setValue(u"idle_lock_minutes"_s, QString::number(minutes));
    m_audit.record(actor, AuditAction::SettingsChanged, {},
                   u"idle_lock_minutes="_s + QString::number(minutes));
}

} // namespace jisr
