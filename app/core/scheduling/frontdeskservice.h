#pragma once

#include "platform/access/accesscontrol.h"
#include "scheduling/schedulingtypes.h"

#include <QCoreApplication>

namespace jisr {

class AppointmentService;
struct PlatformServices;

// One line of the front desk: an appointment of the day and the person it is for, named in
// both scripts so that the screen shows the interface language's.
struct FrontDeskEntry
{
    Appointment appointment;
    QString nameAr; // given + family, Arabic
    QString nameLat;
};

// What the front desk reads: the day's appointments the actor may see (AppointmentService::day
// decides), each with the person's names, in one query for all of them rather than one per row.
// A list, like the search results: it is not recorded as opening each file.
class FrontDeskService
{
    Q_DECLARE_TR_FUNCTIONS(FrontDeskService)

public:
    FrontDeskService(PlatformServices &platform, AppointmentService &appointments);

    QList<FrontDeskEntry> day(const Actor &actor, const QDate &date) const;

private:
    PlatformServices &m_platform;
    AppointmentService &m_appointments;
};

} // namespace jisr
