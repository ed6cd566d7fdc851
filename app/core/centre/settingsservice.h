#pragma once

#include "centre/centreidentity.h"
#include "platform/access/accesscontrol.h"

#include <QCoreApplication>
#include <QPointF>

namespace jisr {

struct PlatformServices;

// Centre settings that users change from the application; administrators only, audited.
class SettingsService
{
    Q_DECLARE_TR_FUNCTIONS(SettingsService)

public:
    static constexpr int DefaultIdleLockMinutes = 5;

    explicit SettingsService(PlatformServices &platform);

    // Card printing calibration: how far, in millimetres, the card must move on this printer so
    // that it prints where it should (a printer that feeds off centre). Zero when never set.
    QPointF cardPrinterOffset(const QString &printerName) const;
    // Administrators who print cards; at most 10 mm either way.
    void setCardPrinterOffset(const Actor &actor, const QString &printerName, QPointF offsetMm);

    // Minutes of inactivity before the screen locks and hides personal data.
    int idleLockMinutes() const;
    void setIdleLockMinutes(const Actor &actor, int minutes);

    // The centre's names, address and phone, changed after set-up when the centre is renamed or
    // moves. Throws CoreError(Validation) for an empty French name or an over-long text.
    CentreIdentity centreIdentity() const;
    void setCentreIdentity(const Actor &actor, const CentreIdentity &identity);

private:
    PlatformServices &m_platform;
};

} // namespace jisr
