#pragma once

#include "platform/access/accesscontrol.h"
#include "print/appointmentprintdata.h"

#include <QCoreApplication>
#include <QHash>

namespace jisr {

class Workspace;

// Gathers what an appointment slip or a day list prints, through the core's services, so the
// same permissions apply as on screen (a doctor prints their own day only). Throws CoreError.
class AppointmentPrintSource
{
    Q_DECLARE_TR_FUNCTIONS(AppointmentPrintSource)

public:
    explicit AppointmentPrintSource(Workspace &ws);

    AppointmentPrintData slip(const Actor &actor, const QString &appointmentId);
    // Empty `practitionerId`: a section for each practitioner with appointments that day.
    // Cancelled and rescheduled appointments are left out: they hold no time.
    DayListData dayList(const Actor &actor, const QDate &day, const QString &practitionerId = {});

    PrintedCentre centre() const;

private:
    AppointmentPrintData dataOf(const Appointment &a);
    void loadReferenceData(const Actor &actor);

    Workspace &m_ws;
    QHash<QString, Practitioner> m_practitioners;
    QHash<QString, Room> m_rooms;
    QHash<QString, Service> m_services;
};

} // namespace jisr
