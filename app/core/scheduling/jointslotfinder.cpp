#include "scheduling/jointslotfinder.h"

#include "platform/errors/coreerror.h"

#include <QSet>

using namespace Qt::StringLiterals;

namespace jisr {

struct JointSlotFinder::DayPlan
{
    QDate day;
    QList<QStringList> candidates; // per need: practitioner ids, preferred first
    QStringList rooms;
    QHash<QString, QList<ScheduleCalendar::Interval>> hours;
    int earliest = 24 * 60;
    int latest = 0;
};

namespace {

bool matches(const Practitioner &p, const ServiceNeed &need)
{
    return p.profession == need.profession &&
           (need.specialty.isEmpty() || p.specialty == need.specialty);
}

bool roomFits(const Room &r, const SlotQuery &q)
{
    if (!q.roomId.isEmpty())
        return r.id == q.roomId;
    return q.service.roomNeed != RoomNeed::Accessible || r.accessible;
}

int totalMinutes(const Service &s)
{
    return s.sequence ? int(s.needs.size()) * s.minutes : s.minutes;
}

} // namespace

void JointSlotFinder::requireResources(const SlotQuery &q) const
{
    if (q.service.needs.isEmpty())
        throw CoreError(ErrorKind::BadInput, tr("This service needs no practitioner."));
    for (const ServiceNeed &need : q.service.needs) {
        bool found = false;
        for (const Practitioner &p : m_calendar.practitioners())
            found = found || matches(p, need);
        if (!found)
            throw CoreError(ErrorKind::BadInput,
                            tr("No active practitioner has the profession this service needs "
                               "(%1).")
                                .arg(need.toCode()));
    }
    if (q.service.roomNeed != RoomNeed::None || !q.roomId.isEmpty()) {
        bool found = false;
        for (const Room &r : m_calendar.rooms())
            found = found || roomFits(r, q);
        if (!found)
            throw CoreError(ErrorKind::BadInput, tr("No room meets this service's needs."));
    }
}

bool JointSlotFinder::prepareDay(const SlotQuery &q, const QDate &day, DayPlan &plan,
                                 QString *whyNot)
{
    plan = DayPlan{};
    plan.day = day;
    if (const QString closed = m_calendar.closedBecause(day); !closed.isEmpty()) {
        if (whyNot)
            *whyNot = tr("The centre is closed that day (%1).").arg(closed);
        return false;
    }
    QStringList resources;
    bool someoneAbsent = false;
    for (const ServiceNeed &need : q.service.needs) {
        QStringList preferred, others;
        for (const Practitioner &p : m_calendar.practitioners()) {
            if (!matches(p, need))
                continue;
            resources << p.id; // all of them, so the week read serves every day
            if (m_calendar.absence(p.id, day)) {
                someoneAbsent = true;
                continue;
            }
            const auto hours = m_calendar.workingPeriods(p.id, day);
            if (hours.isEmpty())
                continue;
            plan.hours.insert(p.id, hours);
            plan.earliest = std::min(plan.earliest, hours.first().first);
            for (const auto &h : hours)
                plan.latest = std::max(plan.latest, h.second);
            (q.practitionerIds.contains(p.id) ? preferred : others) << p.id;
        }
        // A practitioner named for a need is the only one considered for it.
        plan.candidates << (preferred.isEmpty() ? others : preferred);
        if (plan.candidates.last().isEmpty()) {
            if (whyNot)
                *whyNot =
                    someoneAbsent
                        ? tr("The practitioner needed (%1) is absent that day.").arg(need.toCode())
                        : tr("No practitioner needed (%1) works that day.").arg(need.toCode());
            return false;
        }
    }
    if (q.service.roomNeed != RoomNeed::None || !q.roomId.isEmpty())
        for (const Room &r : m_calendar.rooms())
            if (roomFits(r, q))
                plan.rooms << r.id;
    m_calendar.loadDay(day, resources + plan.rooms, q.ignoreAppointmentId);
    return true;
}

bool JointSlotFinder::practitionerFree(const DayPlan &plan, const QString &id, int start,
                                       int end) const
{
    bool inHours = false;
    for (const auto &h : plan.hours.value(id))
        inHours = inHours || (h.first <= start && end <= h.second);
    return inHours && m_calendar.resourceFree(id, start, end);
}

bool JointSlotFinder::assign(const SlotQuery &q, DayPlan &plan, int need, int start,
                             QList<AppointmentPart> &parts, QStringList &used, QString *whyNot)
{
    if (need == q.service.needs.size())
        return true;
    const int length = q.service.minutes;
    // A sequence's next step may wait up to the gap; a joint visit has every step at once.
    QList<int> starts{start};
    if (q.service.sequence && need > 0)
        for (int s = start + SequenceStepMinutes; s <= start + q.service.maxGapMinutes;
             s += SequenceStepMinutes)
            starts << s;
    for (int s : starts) {
        const int e = s + length;
        QString room;
        if (!plan.rooms.isEmpty() && (q.service.sequence || need == 0)) {
            for (const QString &r : plan.rooms)
                if (m_calendar.resourceFree(r, s, e)) {
                    room = r;
                    break;
                }
            if (room.isEmpty()) {
                if (whyNot)
                    *whyNot = tr("No suitable room is free at that time.");
                continue;
            }
        }
        for (const QString &id : plan.candidates.at(need)) {
            if (used.contains(id) || !practitionerFree(plan, id, s, e))
                continue;
            const qsizetype mark = parts.size();
            parts << AppointmentPart{
                {}, AppointmentPart::Kind::Practitioner, id, need, {plan.day, s}, {plan.day, e}};
            if (!room.isEmpty())
                parts << AppointmentPart{
                    {}, AppointmentPart::Kind::Room, room, need, {plan.day, s}, {plan.day, e}};
            used << id;
            if (assign(q, plan, need + 1, q.service.sequence ? e : start, parts, used, whyNot))
                return true;
            used.removeLast();
            parts.resize(mark);
        }
        if (whyNot && whyNot->isEmpty()) {
            bool working = false;
            for (const QString &id : plan.candidates.at(need))
                for (const auto &h : plan.hours.value(id))
                    working = working || (h.first <= s && e <= h.second);
            const QString code = q.service.needs.at(need).toCode();
            *whyNot =
                working
                    ? tr("The practitioner needed (%1) is already booked at that time.").arg(code)
                    : tr("That time is outside the working hours of the practitioner "
                         "needed (%1).")
                          .arg(code);
        }
    }
    return false;
}

std::optional<SlotOption> JointSlotFinder::tryStart(const SlotQuery &q, DayPlan &plan, int start,
                                                    QString *whyNot)
{
    QList<AppointmentPart> parts;
    QStringList used;
    if (!assign(q, plan, 0, start, parts, used, whyNot))
        return std::nullopt;
    int end = start;
    for (const AppointmentPart &p : parts)
        end = std::max(end, p.end.minute);
    const LocalTime from{plan.day, start}, to{plan.day, end};
    if (!m_calendar.beneficiaryFree(from, to)) {
        if (whyNot)
            *whyNot = tr("The beneficiary already has an appointment at that time.");
        return std::nullopt;
    }
    return SlotOption{from, to, parts};
}

QList<SlotOption> JointSlotFinder::find(const SlotQuery &q)
{
    requireResources(q);
    QList<SlotOption> out;
    m_calendar.loadBeneficiary(q.caseId, q.from, q.to, q.ignoreAppointmentId);
    const int length = totalMinutes(q.service);
    for (QDate day = q.from; day.isValid() && day <= q.to && out.size() < q.limit;
         day = day.addDays(1)) {
        if (q.notBefore.isValid() && day < q.notBefore.date)
            continue;
        if (q.weekday != 0 && day.dayOfWeek() != q.weekday)
            continue;
        DayPlan plan;
        if (!prepareDay(q, day, plan, nullptr))
            continue;
        int first = plan.earliest - plan.earliest % GridMinutes;
        if (q.notBefore.isValid() && day == q.notBefore.date)
            first =
                std::max(first, (q.notBefore.minute + GridMinutes - 1) / GridMinutes * GridMinutes);
        for (int t = first; t + length <= plan.latest + (q.service.sequence ? 24 * 60 : 0) &&
                            t + length <= 24 * 60 && out.size() < q.limit;
             t += GridMinutes) {
            if (q.dayPart == SlotQuery::DayPart::Morning && t >= MorningEnds)
                break;
            if (q.dayPart == SlotQuery::DayPart::Afternoon && t < MorningEnds)
                continue;
            if (auto option = tryStart(q, plan, t, nullptr))
                out << *option;
        }
    }
    return out;
}

std::optional<SlotOption> JointSlotFinder::at(const SlotQuery &q, const LocalTime &start,
                                              QString *whyNot)
{
    requireResources(q);
    m_calendar.loadBeneficiary(q.caseId, start.date, start.date, q.ignoreAppointmentId);
    DayPlan plan;
    if (!prepareDay(q, start.date, plan, whyNot))
        return std::nullopt;
    if (whyNot)
        whyNot->clear();
    auto option = tryStart(q, plan, start.minute, whyNot);
    if (option && whyNot)
        whyNot->clear();
    return option;
}

} // namespace jisr
