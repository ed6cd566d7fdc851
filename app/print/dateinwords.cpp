#include "print/dateinwords.h"

#include <QtGlobal>
#include <array>

using namespace Qt::StringLiterals;

namespace jisr {

namespace {

const std::array<const char *, 7> Weekdays = {
    QT_TRANSLATE_NOOP("jisr::PrintTexts", "Monday"),
    QT_TRANSLATE_NOOP("jisr::PrintTexts", "Tuesday"),
    QT_TRANSLATE_NOOP("jisr::PrintTexts", "Wednesday"),
    QT_TRANSLATE_NOOP("jisr::PrintTexts", "Thursday"),
    QT_TRANSLATE_NOOP("jisr::PrintTexts", "Friday"),
    QT_TRANSLATE_NOOP("jisr::PrintTexts", "Saturday"),
    QT_TRANSLATE_NOOP("jisr::PrintTexts", "Sunday"),
};

const std::array<const char *, 12> Months = {
    QT_TRANSLATE_NOOP("jisr::PrintTexts", "January"),
    QT_TRANSLATE_NOOP("jisr::PrintTexts", "February"),
    QT_TRANSLATE_NOOP("jisr::PrintTexts", "March"),
    QT_TRANSLATE_NOOP("jisr::PrintTexts", "April"),
    QT_TRANSLATE_NOOP("jisr::PrintTexts", "May"),
    QT_TRANSLATE_NOOP("jisr::PrintTexts", "June"),
    QT_TRANSLATE_NOOP("jisr::PrintTexts", "July"),
    QT_TRANSLATE_NOOP("jisr::PrintTexts", "August"),
    QT_TRANSLATE_NOOP("jisr::PrintTexts", "September"),
    QT_TRANSLATE_NOOP("jisr::PrintTexts", "October"),
    QT_TRANSLATE_NOOP("jisr::PrintTexts", "November"),
    QT_TRANSLATE_NOOP("jisr::PrintTexts", "December"),
};

// The hour is given both ways, on 24 (%1) and on 12 (%3), with the minutes on two digits (%2) or
// as a number (%4): French writes
// "14 h 30", Moroccan Arabic "2 و30 دقيقة بعد الزوال". Each translation takes what it needs.
const char *timePattern(int hour, int minutes)
{
    if (hour < 12)
        return minutes == 0 ? QT_TRANSLATE_NOOP("jisr::PrintTexts", "%1:00 (%3 in the morning)")
                            : QT_TRANSLATE_NOOP("jisr::PrintTexts", "%1:%2 (%3:%2 in the morning)");
    if (hour < 18)
        return minutes == 0
                   ? QT_TRANSLATE_NOOP("jisr::PrintTexts", "%1:00 (%3 in the afternoon)")
                   : QT_TRANSLATE_NOOP("jisr::PrintTexts", "%1:%2 (%3:%2 in the afternoon)");
    return minutes == 0 ? QT_TRANSLATE_NOOP("jisr::PrintTexts", "%1:00 (%3 in the evening)")
                        : QT_TRANSLATE_NOOP("jisr::PrintTexts", "%1:%2 (%3:%2 in the evening)");
}

QString capitalize(QString text)
{
    if (!text.isEmpty())
        text[0] = text.at(0).toUpper();
    return text;
}

} // namespace

QString DateInWords::weekday(int dayOfWeek, const QString &language)
{
    return dayOfWeek >= 1 && dayOfWeek <= 7 ? PrintTexts::in(language, Weekdays.at(dayOfWeek - 1))
                                            : QString();
}

QString DateInWords::month(int month, const QString &language)
{
    return month >= 1 && month <= 12 ? PrintTexts::in(language, Months.at(month - 1)) : QString();
}

QString DateInWords::date(const QDate &d, const QString &language, bool capitalized)
{
    if (!d.isValid())
        return {};
    // "1er avril" in French: the first of the month has its own form.
    const QString day =
        d.day() == 1
            ? PrintTexts::in(language, QT_TRANSLATE_NOOP("jisr::PrintTexts", "1 (first day)"))
            : QString::number(d.day());
    const QString text = PrintTexts::fill(
        PrintTexts::in(language, QT_TRANSLATE_NOOP("jisr::PrintTexts", "%1 %2 %3 %4 (weekday, day, "
                                                                       "month, year)")),
        {weekday(d.dayOfWeek(), language), day, month(d.month(), language),
         QString::number(d.year())});
    return capitalized ? capitalize(text) : text;
}

QString DateInWords::time(int minute, const QString &language)
{
    const int hour = minute / 60, minutes = minute % 60;
    const int twelve = hour % 12 == 0 ? 12 : hour % 12;
    return PrintTexts::fill(PrintTexts::in(language, timePattern(hour, minutes)),
                            {QString::number(hour), u"%1"_s.arg(minutes, 2, 10, QChar(u'0')),
                             QString::number(twelve), QString::number(minutes)});
}

QString DateInWords::dateTime(const QDate &d, int minute, const QString &language, bool capitalized)
{
    return PrintTexts::fill(
        PrintTexts::in(language, QT_TRANSLATE_NOOP("jisr::PrintTexts", "%1 at %2 (date, time)")),
        {date(d, language, capitalized), time(minute, language)});
}

BilingualText DateInWords::bothDateTime(const QDate &d, int minute)
{
    return {dateTime(d, minute, u"ar"_s), dateTime(d, minute, u"fr"_s)};
}

} // namespace jisr
