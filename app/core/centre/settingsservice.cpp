#include "centre/settingsservice.h"

#include "centre/centresetup.h"
#include "platform/errors/coreerror.h"
#include "platform/platformservices.h"
#include "platform/settings/workstationsettings.h"
#include "platform/write/writepath.h"

using namespace Qt::StringLiterals;

namespace jisr {

SettingsService::SettingsService(PlatformServices &platform) : m_platform(platform) {}

namespace {

QString offsetKey(const QString &printerName)
{
    return u"card_printer_offset:"_s + printerName.simplified().left(200);
}

} // namespace

QPointF SettingsService::cardPrinterOffset(const QString &printerName) const
{
    const QStringList xy = m_platform.settings.value(offsetKey(printerName)).split(u' ');
    if (xy.size() != 2)
        return {};
    return {xy.at(0).toDouble(), xy.at(1).toDouble()};
}

void SettingsService::setCardPrinterOffset(const Actor &actor, const QString &printerName,
                                           QPointF offsetMm)
{
    m_platform.writes.require(actor, Capability::PrintCards);
    if (printerName.simplified().isEmpty())
        throw CoreError(ErrorKind::Validation, tr("Choose the printer to calibrate."));
    if (qAbs(offsetMm.x()) > 10 || qAbs(offsetMm.y()) > 10)
        throw CoreError(ErrorKind::Validation,
                        tr("A printer's offset is at most 10 mm in each direction."));
    const QString value =
        QString::number(offsetMm.x(), 'f', 2) + u' ' + QString::number(offsetMm.y(), 'f', 2);
    const QString key = offsetKey(printerName);
    const WriteIntent intent{{}, AuditAction::SettingsChanged, {}, key + u'=' + value};
    m_platform.writes.write(actor, intent,
                            [&](WriteContext &) { m_platform.settings.setValue(key, value); });
}

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

CentreIdentity SettingsService::centreIdentity() const
{
    const WorkstationSettings &settings = m_platform.settings;
    return {settings.centreName(), settings.value(u"centre_name_ar"_s),
            settings.value(u"centre_address"_s), settings.value(u"centre_phone"_s)};
}

void SettingsService::setCentreIdentity(const Actor &actor, const CentreIdentity &given)
{
    m_platform.writes.require(actor, Capability::ManageSettings);
    // The same cleaning and limits as at set-up, so a renamed centre reads like a new one.
    NewCentre centre;
    centre.provinceCode = m_platform.settings.provinceCode();
    centre.name = given.name;
    centre.nameAr = given.nameAr;
    centre.address = given.address;
    centre.phone = given.phone;
    CentreSetup::validateCentre(centre);
    centre = CentreSetup::normalized(centre);
    // The centre's own details are public, not personal data: the audit may name what changed.
    const WriteIntent intent{{}, AuditAction::SettingsChanged, {}, u"centre_identity"_s};
    m_platform.writes.write(actor, intent, [&](WriteContext &) {
        WorkstationSettings &settings = m_platform.settings;
        settings.setValue(u"centre_name"_s, centre.name);
        settings.setValue(u"centre_name_ar"_s, centre.nameAr);
        settings.setValue(u"centre_address"_s, centre.address);
        settings.setValue(u"centre_phone"_s, centre.phone);
    });
}

} // namespace jisr
