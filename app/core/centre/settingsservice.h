#pragma once

#include "platform/access/accesscontrol.h"

#include <QCoreApplication>

namespace jisr {

class AuditLog;
class WorkstationSettings;

// Centre settings that users change from the application; administrators only, audited.
class SettingsService
{
    Q_DECLARE_TR_FUNCTIONS(SettingsService)

public:
    static constexpr int DefaultIdleLockMinutes = 5;

    SettingsService(WorkstationSettings &settings, AuditLog &audit);

    // Minutes of inactivity before the screen locks and hides personal data.
    int idleLockMinutes() const;
    void setIdleLockMinutes(const Actor &actor, int minutes);

private:
    WorkstationSettings &m_settings;
    AuditLog &m_audit;
};

} // namespace jisr
