#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QString>

namespace jisr {

// Morocco's fixed national holidays, which fall on the same Gregorian date every year: the
// centre is closed on them without anyone entering them. The religious holidays move with the
// Hijri calendar and are entered each year as closing days.
class NationalHolidays
{
    Q_DECLARE_TR_FUNCTIONS(NationalHolidays)

public:
    // The holiday's translated name, or an empty string when `day` is not one.
    static QString nameOf(const QDate &day);
    static bool isHoliday(const QDate &day) { return !nameOf(day).isEmpty(); }
};

} // namespace jisr
