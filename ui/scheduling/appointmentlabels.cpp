#include "scheduling/appointmentlabels.h"

#include "common/applanguage.h"

using namespace Qt::StringLiterals;

namespace jisr {

QString AppointmentLabels::status(AppointmentStatus status)
{
    switch (status) {
    case AppointmentStatus::Scheduled:
        return tr("Expected");
    case AppointmentStatus::Arrived:
        return tr("Waiting");
    case AppointmentStatus::InConsultation:
        return tr("In consultation");
    case AppointmentStatus::Done:
        return tr("Done");
    case AppointmentStatus::Cancelled:
        return tr("Cancelled");
    case AppointmentStatus::NoShow:
        return tr("Did not come");
    case AppointmentStatus::Rescheduled:
        return tr("Rescheduled");
    }
    return {};
}

QLocale AppointmentLabels::locale()
{
    return AppLanguage::instance().isArabic() ? QLocale(QLocale::Arabic, QLocale::Morocco)
                                              : QLocale(QLocale::French, QLocale::France);
}

QString AppointmentLabels::longDate(const QDate &date)
{
    return locale().toString(date, u"dddd d MMMM yyyy"_s);
}

QString AppointmentLabels::span(const LocalTime &start, const LocalTime &end)
{
    // In words in Arabic ("من 09:00 إلى 09:45"): read from the right, the start comes first
    // whatever the bidi algorithm does with two times and a dash.
    //: A span of time: "09:00 – 09:45" in French, "من 09:00 إلى 09:45" in Arabic.
    return tr("%1 – %2").arg(LocalTime::clock(start.minute), LocalTime::clock(end.minute));
}

QString AppointmentLabels::duration(qint64 seconds)
{
    const qint64 minutes = std::max<qint64>(seconds, 0) / 60;
    if (minutes < 60)
        return tr("%1 min").arg(minutes);
    return tr("%1 h %2").arg(minutes / 60).arg(minutes % 60, 2, 10, QChar(u'0'));
}

QString AppointmentLabels::weekday(int weekday)
{
    return locale().dayName(weekday, QLocale::LongFormat);
}

} // namespace jisr
