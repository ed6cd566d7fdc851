#pragma once

#include "scheduling/schedulecalendar.h"
#include "scheduling/schedulingtypes.h"

#include <QCoreApplication>

namespace jisr {

// Finds the first times when everyone a service needs is free together (joint), or one after
// the other with bounded gaps (sequence): inside their working hours (seasonal ones included),
// outside absences and closing days, clear of the bookings of every practitioner, of the room
// and of the beneficiary. Starts are on a 15-minute grid of the centre's wall clock.
class JointSlotFinder
{
    Q_DECLARE_TR_FUNCTIONS(JointSlotFinder)

public:
    static constexpr int GridMinutes = 15;
    static constexpr int SequenceStepMinutes = 5;
    static constexpr int MorningEnds = 13 * 60;

    explicit JointSlotFinder(SchedulingRepository &repo) : m_calendar(repo) {}

    // Throws CoreError(BadInput) when a need has no active practitioner at all, or the room
    // need no room: asking again would never help.
    QList<SlotOption> find(const SlotQuery &query);
    // The option starting exactly at `at`, or nothing; `whyNot` then says why, translated.
    std::optional<SlotOption> at(const SlotQuery &query, const LocalTime &start, QString *whyNot);

private:
    struct DayPlan;
    void requireResources(const SlotQuery &query) const;
    bool prepareDay(const SlotQuery &query, const QDate &day, DayPlan &plan, QString *whyNot);
    std::optional<SlotOption> tryStart(const SlotQuery &query, DayPlan &plan, int start,
                                       QString *whyNot);
    bool assign(const SlotQuery &query, DayPlan &plan, int need, int start,
                QList<AppointmentPart> &parts, QStringList &used, QString *whyNot);
    bool practitionerFree(const DayPlan &plan, const QString &id, int start, int end) const;

    ScheduleCalendar m_calendar;
};

} // namespace jisr
