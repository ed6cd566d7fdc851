#include "centre/settingsservice.h"

#include "platform/errors/coreerror.h"
#include "platform/platformservices.h"
#include "platform/settings/workstationsettings.h"
#include "platform/write/writepath.h"

using namespace Qt::StringLiterals;

namespace jisr {

SettingsService::SettingsService(PlatformServices &platform) : m_platform(platform) {}

int SettingsService::idleLockMinutes() const
{
    bool ok = false;
    const int minutes = m_platform.settings.value(u"idle_lock_minutes"_s).toInt(&ok);
    return ok && minutes > 0 ? minutes : DefaultIdleLockMinutes;
}

void SettingsService::setIdleLockMinutes(const Actor &actor, int minutes)
{
    m_platform.writes.require(actor, Capability::ManageSettings);
    if (minutes < 1 || minutes > 60)
        throw CoreError(ErrorKind::Validation,
                        tr("The screen locks after 1 to 60 minutes of inactivity."));
    const QString value = QString::number(minutes);
    const WriteIntent intent{{}, AuditAction::SettingsChanged, {}, u"idle_lock_minutes="_s + value};
    m_platform.writes.write(actor, intent, [&](WriteContext &) {
        m_platform.settings.setValue(u"idle_lock_minutes"_s, value);
    });
}

} // namespace jisr
