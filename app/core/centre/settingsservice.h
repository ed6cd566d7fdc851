#pragma once

#include "platform/access/accesscontrol.h"

#include <QCoreApplication>

namespace jisr {

struct PlatformServices;

// Centre settings that users change from the application; administrators only, audited.
class SettingsService
{
    Q_DECLARE_TR_FUNCTIONS(SettingsService)

public:
    static constexpr int DefaultIdleLockMinutes = 5;

    explicit SettingsService(PlatformServices &platform);

    // Minutes of inactivity before the screen locks and hides personal data.
    int idleLockMinutes() const;
    void setIdleLockMinutes(const Actor &actor, int minutes);

private:
    PlatformServices &m_platform;
};

} // namespace jisr
