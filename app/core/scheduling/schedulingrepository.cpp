#include "scheduling/schedulingrepository.h"

#include "platform/db/sqlquery.h"
#include "platform/write/writecontext.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace jisr {

namespace {

// Statuses that hold practitioners, rooms and the beneficiary.
// Walk-ins wait in a queue: they hold neither their practitioner's time nor the person's.
const QString Holding = u"a.status NOT IN ('cancelled', 'rescheduled') AND a.kind <> 'walk_in' "
                        "AND a.deleted = 0"_s;

QDate dateOf(const QVariant &v)
{
    return v.isNull() ? QDate() : QDate::fromString(v.toString(), Qt::ISODate);
}

} // namespace

void SchedulingRepository::insert(const QString &table, const QString &id,
                                  const QVariantMap &fields, const WriteContext &w)
{
    // Column names come from the code's field maps, never from input.
    QStringList columns{u"id"_s};
    QVariantList values{id};
    for (auto it = fields.cbegin(); it != fields.cend(); ++it) {
        columns << it.key();
        values << it.value();
    }
    columns << u"hlc"_s << u"workstation_id"_s << u"user_id"_s;
    values << w.hlc() << w.workstationId() << w.actor().userId;
    QStringList marks(columns.size(), u"?"_s);
    execQuery(m_db,
              u"INSERT INTO "_s + table + u" ("_s + columns.join(u", "_s) + u") VALUES ("_s +
                  marks.join(u", "_s) + u')',
              values);
}

void SchedulingRepository::update(const QString &table, const QString &id,
                                  const QVariantMap &fields, const WriteContext &w)
{
    QStringList sets;
    QVariantList values;
    for (auto it = fields.cbegin(); it != fields.cend(); ++it) {
        sets << it.key() + u" = ?"_s;
        values << it.value();
    }
    sets << u"hlc = ?"_s << u"workstation_id = ?"_s << u"user_id = ?"_s;
    values << w.hlc() << w.workstationId() << w.actor().userId << id;
    execQuery(m_db, u"UPDATE "_s + table + u" SET "_s + sets.join(u", "_s) + u" WHERE id = ?"_s,
              values);
}

void SchedulingRepository::markDeleted(const QString &table, const QString &id,
                                       const WriteContext &w)
{
    execQuery(m_db,
              u"UPDATE "_s + table +
                  u" SET deleted = 1, hlc = ?, workstation_id = ?, user_id = ? WHERE id = ?"_s,
              {w.hlc(), w.workstationId(), w.actor().userId, id});
}

qint64 SchedulingRepository::hlcOf(const QString &table, const QString &id)
{
    const auto rows = selectRows(m_db, u"SELECT hlc FROM "_s + table + u" WHERE id = ?"_s, {id});
    return rows.isEmpty() ? 0 : rows.first().first().toLongLong();
}

QList<Practitioner> SchedulingRepository::practitioners(bool activeOnly)
{
    QList<Practitioner> out;
    const QList<QVariantList> rows =
        selectRows(m_db,
                   u"SELECT id, name_fr, name_ar, profession, specialty, "
                   "coalesce(user_account_id, ''), active, hlc FROM practitioners "
                   "WHERE deleted = 0 AND (active = 1 OR ? = 0) "
                   "ORDER BY name_fr, id"_s,
                   {activeOnly ? 1 : 0});
    for (const QVariantList &r : rows)
        out << Practitioner{r.at(0).toString(),   r.at(1).toString(),  r.at(2).toString(),
                            r.at(3).toString(),   r.at(4).toString(),  r.at(5).toString(),
                            r.at(6).toInt() == 1, r.at(7).toLongLong()};
    return out;
}

std::optional<Practitioner> SchedulingRepository::practitioner(const QString &id)
{
    for (const Practitioner &p : practitioners())
        if (p.id == id)
            return p;
    return std::nullopt;
}

QList<Room> SchedulingRepository::rooms(bool activeOnly)
{
    QList<Room> out;
    const QList<QVariantList> rows =
        selectRows(m_db,
                   u"SELECT id, name, accessible, active, hlc FROM rooms "
                   "WHERE deleted = 0 AND (active = 1 OR ? = 0) ORDER BY name, id"_s,
                   {activeOnly ? 1 : 0});
    for (const QVariantList &r : rows)
        out << Room{r.at(0).toString(), r.at(1).toString(), r.at(2).toInt() == 1,
                    r.at(3).toInt() == 1, r.at(4).toLongLong()};
    return out;
}

std::optional<Room> SchedulingRepository::room(const QString &id)
{
    for (const Room &r : rooms())
        if (r.id == id)
            return r;
    return std::nullopt;
}

QList<WorkingPeriod> SchedulingRepository::workingHours(const QString &practitionerId)
{
    QList<WorkingPeriod> out;
    const QList<QVariantList> rows =
        selectRows(m_db,
                   u"SELECT id, practitioner_id, weekday, start_time, end_time, "
                   "valid_from, valid_to FROM working_hours WHERE deleted = 0 "
                   "AND (? = '' OR practitioner_id = ?) ORDER BY weekday, start_time"_s,
                   {practitionerId, practitionerId});
    for (const QVariantList &r : rows)
        out << WorkingPeriod{r.at(0).toString(),
                             r.at(1).toString(),
                             r.at(2).toInt(),
                             LocalTime::parseClock(r.at(3).toString()),
                             LocalTime::parseClock(r.at(4).toString()),
                             dateOf(r.at(5)),
                             dateOf(r.at(6))};
    return out;
}

QList<DateRange> SchedulingRepository::absences(const QString &practitionerId)
{
    QList<DateRange> out;
    const QList<QVariantList> rows =
        selectRows(m_db,
                   u"SELECT id, practitioner_id, from_date, to_date, reason "
                   "FROM absences WHERE deleted = 0 "
                   "AND (? = '' OR practitioner_id = ?) ORDER BY from_date"_s,
                   {practitionerId, practitionerId});
    for (const QVariantList &r : rows)
        out << DateRange{r.at(0).toString(), r.at(1).toString(), dateOf(r.at(2)), dateOf(r.at(3)),
                         r.at(4).toString()};
    return out;
}

QList<DateRange> SchedulingRepository::closings()
{
    QList<DateRange> out;
    const QList<QVariantList> rows =
        selectRows(m_db, u"SELECT id, from_date, to_date, reason FROM closing_days "
                         "WHERE deleted = 0 ORDER BY from_date"_s);
    for (const QVariantList &r : rows)
        out << DateRange{
            r.at(0).toString(), {}, dateOf(r.at(1)), dateOf(r.at(2)), r.at(3).toString()};
    return out;
}

QList<Service> SchedulingRepository::services()
{
    QList<Service> out;
    const QList<QVariantList> rows =
        selectRows(m_db, u"SELECT id, code, name_fr, name_ar, minutes, needs, room_need, "
                         "sequence, max_gap_minutes, hlc FROM services WHERE deleted = 0 "
                         "ORDER BY code"_s);
    for (const QVariantList &r : rows) {
        Service s;
        s.id = r.at(0).toString();
        s.code = r.at(1).toString();
        s.nameFr = r.at(2).toString();
        s.nameAr = r.at(3).toString();
        s.minutes = r.at(4).toInt();
        const QJsonArray needs = QJsonDocument::fromJson(r.at(5).toString().toUtf8()).array();
        for (const QJsonValue &n : needs)
            s.needs << ServiceNeed::fromCode(n.toString());
        s.roomNeed = roomNeedFromCode(r.at(6).toString()).value_or(RoomNeed::None);
        s.sequence = r.at(7).toInt() == 1;
        s.maxGapMinutes = r.at(8).toInt();
        s.hlc = r.at(9).toLongLong();
        out << s;
    }
    return out;
}

std::optional<Service> SchedulingRepository::serviceByCode(const QString &code)
{
    for (const Service &s : services())
        if (s.code == code)
            return s;
    return std::nullopt;
}

std::optional<Service> SchedulingRepository::service(const QString &id)
{
    for (const Service &s : services())
        if (s.id == id)
            return s;
    return std::nullopt;
}

namespace {

const QString AppointmentColumns =
    u"a.id, a.case_id, coalesce(a.service_id, ''), a.kind, a.status, a.start_at, a.end_at, "
    "a.cancel_reason, a.cancelled_by, coalesce(a.rescheduled_from, ''), "
    "coalesce(a.arrived_at, ''), coalesce(a.started_at, ''), coalesce(a.done_at, ''), "
    "a.created_at, a.hlc, coalesce(a.series_id, ''), "
    "coalesce((SELECT c.dossier_no FROM case_files c WHERE c.id = a.case_id), '')"_s;

} // namespace

Appointment SchedulingRepository::appointmentFrom(const QSqlQuery &q)
{
    Appointment a;
    a.id = q.value(0).toString();
    a.caseId = q.value(1).toString();
    a.serviceId = q.value(2).toString();
    a.kind = q.value(3).toString();
    a.status =
        appointmentStatusFromCode(q.value(4).toString()).value_or(AppointmentStatus::Scheduled);
    a.start = LocalTime::fromString(q.value(5).toString());
    a.end = LocalTime::fromString(q.value(6).toString());
    a.cancelReason = q.value(7).toString();
    a.cancelledBy = q.value(8).toString();
    a.rescheduledFrom = q.value(9).toString();
    a.arrivedAt = q.value(10).toString();
    a.startedAt = q.value(11).toString();
    a.doneAt = q.value(12).toString();
    a.createdAt = q.value(13).toString();
    a.hlc = q.value(14).toLongLong();
    a.seriesId = q.value(15).toString();
    a.dossierNo = q.value(16).toString();
    return a;
}

QList<AppointmentPart> SchedulingRepository::partsOf(const QString &appointmentId)
{
    QList<AppointmentPart> out;
    QSqlQuery q = execQuery(m_db,
                            u"SELECT id, resource_kind, resource_id, position, start_at, "
                            "end_at FROM appointment_parts WHERE appointment_id = ? "
                            "AND deleted = 0 ORDER BY position, resource_kind"_s,
                            {appointmentId});
    while (q.next())
        out << AppointmentPart{q.value(0).toString(),
                               q.value(1).toString() == u"room"_s
                                   ? AppointmentPart::Kind::Room
                                   : AppointmentPart::Kind::Practitioner,
                               q.value(2).toString(),
                               q.value(3).toInt(),
                               LocalTime::fromString(q.value(4).toString()),
                               LocalTime::fromString(q.value(5).toString())};
    return out;
}

std::optional<Appointment> SchedulingRepository::appointment(const QString &id)
{
    QSqlQuery q = execQuery(m_db,
                            u"SELECT "_s + AppointmentColumns +
                                u" FROM appointments a WHERE a.id = ? AND a.deleted = 0"_s,
                            {id});
    if (!q.next())
        return std::nullopt;
    Appointment a = appointmentFrom(q);
    a.parts = partsOf(a.id);
    return a;
}

QList<Appointment> SchedulingRepository::day(const QDate &d)
{
    QList<Appointment> out;
    QSqlQuery q = execQuery(m_db,
                            u"SELECT "_s + AppointmentColumns +
                                u" FROM appointments a WHERE a.day = ? AND a.deleted = 0 "
                                "ORDER BY a.start_at, a.id"_s,
                            {d.toString(Qt::ISODate)});
    while (q.next())
        out << appointmentFrom(q);
    for (Appointment &a : out)
        a.parts = partsOf(a.id);
    return out;
}

QStringList SchedulingRepository::scheduledBefore(const QDate &d)
{
    QStringList out;
    QSqlQuery q = execQuery(m_db,
                            u"SELECT id FROM appointments WHERE status = 'scheduled' "
                            "AND deleted = 0 AND day < ? ORDER BY start_at"_s,
                            {d.toString(Qt::ISODate)});
    while (q.next())
        out << q.value(0).toString();
    return out;
}

QStringList SchedulingRepository::seriesFrom(const QString &seriesId, const LocalTime &from)
{
    QStringList out;
    for (const QVariantList &r :
         selectRows(m_db,
                    u"SELECT id FROM appointments WHERE series_id = ? AND start_at >= ? "
                    "AND status = 'scheduled' AND deleted = 0 ORDER BY start_at"_s,
                    {seriesId, from.toString()}))
        out << r.first().toString();
    return out;
}

int SchedulingRepository::activeAppointmentsOf(const QString &practitionerId, const QDate &from)
{
    return activeAppointmentsOf(practitionerId, from, QDate(9999, 12, 31));
}

int SchedulingRepository::activeAppointmentsOf(const QString &practitionerId, const QDate &from,
                                               const QDate &to)
{
    const auto rows =
        selectRows(m_db,
                   u"SELECT count(DISTINCT a.id) FROM appointment_parts p JOIN appointments a "
                   "ON a.id = p.appointment_id WHERE p.resource_id = ? AND p.deleted = 0 "
                   "AND a.status IN ('scheduled', 'arrived', 'in_consultation') AND a.deleted = 0 "
                   "AND p.day >= ? AND p.day <= ?"_s,
                   {practitionerId, from.toString(Qt::ISODate), to.toString(Qt::ISODate)});
    return rows.isEmpty() ? 0 : rows.first().first().toInt();
}

QList<SchedulingRepository::Busy>
SchedulingRepository::busyResources(const QDate &from, const QDate &to,
                                    const QStringList &resourceIds)
{
    QList<Busy> out;
    if (resourceIds.isEmpty())
        return out;
    const QString first = from.toString(Qt::ISODate), last = to.toString(Qt::ISODate);
    QVariantList params{first, last};
    for (const QString &id : resourceIds)
        params << id;
    params << first << last;
    const QString marks = QStringList(resourceIds.size(), u"?"_s).join(u", "_s);
    // Kept prepared (selectRows): the slot finder asks this for every few days it searches.
    // The few appointments that hold nothing are read once and left out, rather than looking
    // every part's appointment up.
    const QList<QVariantList> rows = selectRows(
        m_db,
        u"SELECT p.resource_id, p.appointment_id, p.start_at, p.end_at "
        "FROM appointment_parts p "
        "WHERE p.day >= ? AND p.day <= ? AND p.deleted = 0 AND p.resource_id IN ("_s +
            marks +
            u") AND p.appointment_id NOT IN (SELECT id FROM appointments WHERE day >= ? AND "
            "day <= ? AND (status IN ('cancelled', 'rescheduled') OR kind = 'walk_in' OR deleted = 1))"_s,
        params);
    out.reserve(rows.size());
    for (const QVariantList &r : rows)
        out << Busy{r.at(0).toString(), r.at(1).toString(),
                    LocalTime::fromString(r.at(2).toString()),
                    LocalTime::fromString(r.at(3).toString())};
    return out;
}

QList<SchedulingRepository::Busy>
SchedulingRepository::busyBeneficiary(const QString &caseId, const QDate &from, const QDate &to)
{
    QList<Busy> out;
    QSqlQuery q = execQuery(m_db,
                            u"SELECT a.case_id, a.id, a.start_at, a.end_at FROM appointments a "
                            "WHERE a.case_id = ? AND a.day >= ? AND a.day <= ? AND "_s +
                                Holding,
                            {caseId, from.toString(Qt::ISODate), to.toString(Qt::ISODate)});
    while (q.next())
        out << Busy{q.value(0).toString(), q.value(1).toString(),
                    LocalTime::fromString(q.value(2).toString()),
                    LocalTime::fromString(q.value(3).toString())};
    return out;
}

} // namespace jisr
