#pragma once

#include "scheduling/schedulingrepository.h"
#include "scheduling/schedulingtypes.h"

#include <QCoreApplication>
#include <QHash>

namespace jisr {

// What the slot finder knows about availability, read once per search: who works when
// (usual and seasonal hours), absences, closing days (entered and fixed national holidays),
// and, a day at a time, the time already held by bookings.
class ScheduleCalendar
{
    Q_DECLARE_TR_FUNCTIONS(ScheduleCalendar)

public:
    using Interval = std::pair<int, int>; // [start, end) in minutes of the day

    explicit ScheduleCalendar(SchedulingRepository &repo);

    const QList<Practitioner> &practitioners() const { return m_practitioners; }
    const QList<Room> &rooms() const { return m_rooms; }

    // Why the centre is closed that day (a holiday's or closing's name), or empty.
    QString closedBecause(const QDate &day) const;
    // The practitioner's absence that day, if any.
    const DateRange *absence(const QString &practitionerId, const QDate &day) const;
    // Working periods that day, ignoring absences and closings.
    QList<Interval> workingPeriods(const QString &practitionerId, const QDate &day) const;

    // Makes `day` the day resourceFree() answers for. Held time is read for the candidate
    // resources (every one the search may use), except that of `ignoreId`, one day first, then
    // 2, 4 and at most 7 days at a time: most searches end within the first days, a long one
    // makes few reads.
    void loadDay(const QDate &day, const QStringList &resourceIds, const QString &ignoreId);
    bool resourceFree(const QString &resourceId, int start, int end) const;

    static constexpr int MaxDaysPerRead = 7;
    // The beneficiary's held time in [from, to], except `ignoreAppointmentId`.
    void loadBeneficiary(const QString &caseId, const QDate &from, const QDate &to,
                         const QString &ignoreId);
    bool beneficiaryFree(const LocalTime &start, const LocalTime &end) const;

private:
    SchedulingRepository &m_repo;
    QList<Practitioner> m_practitioners;
    QList<Room> m_rooms;
    QHash<QString, QList<WorkingPeriod>> m_hours;
    QHash<QString, QList<DateRange>> m_absences;
    QList<DateRange> m_closings;
    // Held time by resource, in LocalTime::key() units, for the days read so far.
    QHash<QString, QList<std::pair<qint64, qint64>>> m_busy;
    QDate m_readFrom, m_readTo, m_day;
    QStringList m_readFor;
    int m_nextRead = 1;
    QList<std::pair<LocalTime, LocalTime>> m_beneficiaryBusy;
};

} // namespace jisr
