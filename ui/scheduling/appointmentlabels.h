#pragma once

#include "scheduling/schedulingtypes.h"

#include <QCoreApplication>
#include <QLocale>

namespace jisr {

// The words and formats of the appointment screens, in the interface language: statuses, dates
// written out ("lundi 6 avril 2026", "الاثنين 6 أبريل 2026"), spans of time and waiting times.
// Times and numbers stay left to right inside Arabic.
class AppointmentLabels
{
    Q_DECLARE_TR_FUNCTIONS(AppointmentLabels)

public:
    static QString status(AppointmentStatus status);
    static QString longDate(const QDate &date);
    static QString span(const LocalTime &start, const LocalTime &end);
    // "12 min", "1 h 05"; a negative duration (a clock set back) reads as 0.
    static QString duration(qint64 seconds);
    static QString weekday(int weekday); // 1 = Monday
    // Moroccan Arabic (Latin digits, as on the centre's papers) or French.
    static QLocale locale();
};

} // namespace jisr
