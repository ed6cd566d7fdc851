#pragma once

#include "scheduling/schedulingtypes.h"

#include <QList>
#include <QString>

namespace jisr {

// The centre as printed at the top of a slip or a list.
struct PrintedCentre
{
    QString nameFr;
    QString nameAr; // empty: the French name is printed in its place
    QString address;
    QString phone;
};

// One appointment as printed: everything the slip and the day list show, nothing they must
// look up. Made by AppointmentPrintSource.
struct AppointmentPrintData
{
    Appointment appointment;
    QString nameAr; // the beneficiary, in each script
    QString nameLat;
    QString dossierNo;
    QString serviceFr;
    QString serviceAr;
    QList<Practitioner> practitioners; // in the appointment's order
    QString room;
    bool hasCard = false; // a disability card printed or delivered, to bring along
    PrintedCentre centre;
};

// One practitioner's day, or every practitioner's, one section each.
struct DayListSection
{
    Practitioner practitioner;
    QList<AppointmentPrintData> rows; // in time order
};

struct DayListData
{
    QDate day;
    PrintedCentre centre;
    QList<DayListSection> sections;
};

} // namespace jisr
