#pragma once

#include "platform/access/accesscontrol.h"
#include "scheduling/schedulingtypes.h"

#include <QCoreApplication>
#include <QObject>

namespace jisr {

struct PlatformServices;
struct RowChange;

// The reference data of appointments, managed by administrators: practitioners (linked to an
// account or not), rooms, working hours (seasonal ones too), absences, closing days, services.
// Reading it needs only a login (the booking screens show it).
class SchedulingSetupService : public QObject
{
    Q_OBJECT

public:
    explicit SchedulingSetupService(PlatformServices &platform, QObject *parent = nullptr);

    // Profession codes of the list; a centre may use others ([a-z_]).
    static QStringList knownProfessions();

    Practitioner addPractitioner(const Actor &actor, Practitioner p, const QString &login = {});
    // Names, profession, specialty and linked account (an empty login unlinks it).
    Practitioner updatePractitioner(const Actor &actor, Practitioner p, const QString &login = {});
    // Refused while the practitioner has appointments to come (reschedule them first).
    void setPractitionerActive(const Actor &actor, const QString &id, bool active);
    WorkingPeriod addWorkingPeriod(const Actor &actor, WorkingPeriod period);
    // A period entered by mistake; booked appointments keep their time.
    void removeWorkingPeriod(const Actor &actor, const QString &periodId);
    // Refused when it overlaps another absence or appointments to come of the practitioner.
    DateRange addAbsence(const Actor &actor, DateRange absence);
    Room addRoom(const Actor &actor, Room room);
    // Refused when appointments are booked on those days (reschedule them first).
    DateRange addClosing(const Actor &actor, DateRange closing);
    Service addService(const Actor &actor, Service service);

    QList<Practitioner> practitioners(const Actor &actor) const;
    QList<Room> rooms(const Actor &actor) const;
    QList<Service> services(const Actor &actor) const;
    QList<WorkingPeriod> workingHours(const Actor &actor, const QString &practitionerId) const;
    QList<DateRange> absences(const Actor &actor, const QString &practitionerId) const;
    QList<DateRange> closings(const Actor &actor) const;
    // The practitioner whose account this is, if any ("my day").
    std::optional<Practitioner> practitionerOf(const Actor &actor) const;

signals:
    void referenceDataChanged();

private:
    void requireLogin(const Actor &actor) const;
    // Checks and tidies a practitioner's fields; the account id of the login.
    void validatePractitioner(Practitioner &p, const QString &login) const;
    PlatformServices &m_platform;
};

} // namespace jisr
