#include "scheduling/schedulecalendar.h"

#include "scheduling/nationalholidays.h"

namespace jisr {

ScheduleCalendar::ScheduleCalendar(SchedulingRepository &repo)
    : m_repo(repo), m_practitioners(repo.practitioners(true)), m_rooms(repo.rooms(true)),
      m_closings(repo.closings())
{
    for (const WorkingPeriod &p : repo.workingHours())
        m_hours[p.practitionerId] << p;
    for (const DateRange &a : repo.absences())
        m_absences[a.practitionerId] << a;
}

QString ScheduleCalendar::closedBecause(const QDate &day) const
{
    const QString holiday = NationalHolidays::nameOf(day);
    if (!holiday.isEmpty())
        return holiday;
    for (const DateRange &c : m_closings)
        if (c.contains(day))
            return c.reason.isEmpty() ? tr("closing day") : c.reason;
    return {};
}

const DateRange *ScheduleCalendar::absence(const QString &practitionerId, const QDate &day) const
{
    const auto it = m_absences.constFind(practitionerId);
    if (it == m_absences.cend())
        return nullptr;
    for (const DateRange &a : *it)
        if (a.contains(day))
            return &a;
    return nullptr;
}

QList<ScheduleCalendar::Interval> ScheduleCalendar::workingPeriods(const QString &practitionerId,
                                                                   const QDate &day) const
{
    const QList<WorkingPeriod> periods = m_hours.value(practitionerId);
    bool seasonal = false;
    for (const WorkingPeriod &p : periods)
        if (p.isSeasonal() && p.inSeason(day))
            seasonal = true;
    QList<Interval> out;
    for (const WorkingPeriod &p : periods)
        if (p.weekday == day.dayOfWeek() && p.isSeasonal() == seasonal && p.inSeason(day))
            out.append({p.startMinute, p.endMinute});
    std::sort(out.begin(), out.end());
    return out;
}

void ScheduleCalendar::loadDay(const QDate &day, const QStringList &resourceIds,
                               const QString &ignoreId)
{
    m_day = day;
    QStringList wanted = resourceIds;
    wanted.sort();
    if (wanted == m_readFor && m_readFrom.isValid() && day >= m_readFrom && day <= m_readTo)
        return;
    m_busy.clear();
    m_readFor = wanted;
    m_readFrom = day;
    m_readTo = day.addDays(m_nextRead - 1);
    m_nextRead = std::min(m_nextRead * 2, MaxDaysPerRead);
    for (const SchedulingRepository::Busy &b : m_repo.busyResources(m_readFrom, m_readTo, wanted))
        if (b.appointmentId != ignoreId)
            m_busy[b.ownerId].append({b.start.key(), b.end.key()});
}

bool ScheduleCalendar::resourceFree(const QString &resourceId, int start, int end) const
{
    const auto it = m_busy.constFind(resourceId);
    if (it == m_busy.cend())
        return true;
    const qint64 from = LocalTime{m_day, start}.key(), to = LocalTime{m_day, end}.key();
    for (const auto &[s, e] : *it)
        if (s < to && from < e)
            return false;
    return true;
}

void ScheduleCalendar::loadBeneficiary(const QString &caseId, const QDate &from, const QDate &to,
                                       const QString &ignoreId)
{
    m_beneficiaryBusy.clear();
    for (const SchedulingRepository::Busy &b : m_repo.busyBeneficiary(caseId, from, to))
        if (b.appointmentId != ignoreId)
            m_beneficiaryBusy.append({b.start, b.end});
}

bool ScheduleCalendar::beneficiaryFree(const LocalTime &start, const LocalTime &end) const
{
    for (const auto &[s, e] : m_beneficiaryBusy)
        if (s < end && start < e)
            return false;
    return true;
}

} // namespace jisr
