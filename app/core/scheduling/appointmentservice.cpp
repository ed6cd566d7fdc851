#include "scheduling/appointmentservice.h"

#include "platform/db/database.h"
#include "platform/db/sqlquery.h"
#include "platform/errors/validationerror.h"
#include "platform/platformservices.h"
#include "platform/time/clock.h"
#include "platform/write/writepath.h"
#include "scheduling/jointslotfinder.h"
#include "scheduling/schedulingrepository.h"

#include <QUuid>

using namespace Qt::StringLiterals;

namespace jisr {

namespace {

QString newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QString kindOf(const Service &s)
{
    if (s.sequence)
        return u"sequence"_s;
    return s.needs.size() == 1 && s.roomNeed == RoomNeed::None ? u"single"_s : u"joint"_s;
}

QVariantMap partFields(const QString &appointmentId, const AppointmentPart &p)
{
    return {
        {u"appointment_id"_s, appointmentId},
        {u"resource_kind"_s, p.kind == AppointmentPart::Kind::Room ? u"room"_s : u"practitioner"_s},
        {u"resource_id"_s, p.resourceId},
        {u"position"_s, p.position},
        {u"day"_s, p.start.date.toString(Qt::ISODate)},
        {u"start_at"_s, p.start.toString()},
        {u"end_at"_s, p.end.toString()}};
}

} // namespace

AppointmentService::AppointmentService(PlatformServices &platform, QObject *parent)
    : QObject(parent), m_platform(platform)
{
    connect(&m_platform.writes, &WritePath::committed, this, [this](const RowChanges &changes) {
        for (const RowChange &c : changes)
            if (c.table == u"appointments"_s) {
                emit appointmentsChanged();
                return;
            }
    });
}

LocalTime AppointmentService::localNow() const
{
    const QDateTime now = m_platform.clock.now();
    return {now.date(), now.time().hour() * 60 + now.time().minute()};
}

QDateTime AppointmentService::instantOf(const LocalTime &t) const
{
    return QDateTime(t.date, QTime(t.minute / 60, t.minute % 60), m_platform.clock.timeZone());
}

QString AppointmentService::resolveCase(const QString &caseRef) const
{
    const auto rows = selectRows(m_platform.database.connection(),
                                 u"SELECT id, status FROM case_files WHERE deleted = 0 AND "
                                 "(id = ? OR dossier_no = ?)"_s,
                                 {caseRef.trimmed(), caseRef.trimmed().toUpper()});
    if (rows.isEmpty())
        throw CoreError(ErrorKind::NotFound, tr("No case file has this number."));
    const QString status = rows.first().at(1).toString();
    if (status == u"deceased"_s)
        throw CoreError(ErrorKind::BadInput,
                        tr("This person is recorded as deceased: no appointment can be booked."));
    if (status != u"active"_s)
        throw CoreError(ErrorKind::BadInput, tr("This case file is archived: reopen it before "
                                                "booking an appointment."));
    return rows.first().at(0).toString();
}

Service AppointmentService::serviceFor(const QString &code) const
{
    const auto s =
        SchedulingRepository(m_platform.database.connection()).serviceByCode(code.trimmed());
    if (!s)
        throw CoreError(ErrorKind::NotFound, tr("No service has this code."));
    return *s;
}

QList<SlotOption> AppointmentService::findSlots(const Actor &actor, SlotQuery query,
                                                const QString &serviceCode)
{
    m_platform.writes.require(actor, Capability::BookAppointments);
    if (!serviceCode.isEmpty())
        query.service = serviceFor(serviceCode);
    if (!query.caseId.isEmpty())
        query.caseId = resolveCase(query.caseId);
    if (!query.from.isValid())
        throw ValidationError(tr("The first day to search is not a valid date."), {});
    if (!query.to.isValid())
        query.to = query.from.addDays(30);
    if (query.to < query.from)
        throw ValidationError(tr("The end of the search comes before its start."), {});
    if (query.from.daysTo(query.to) > 366)
        throw ValidationError(tr("Search at most a year at a time."), {});
    query.limit = std::clamp(query.limit, 1, 100);
    const LocalTime now = localNow();
    if (!query.notBefore.isValid() || query.notBefore < now)
        query.notBefore = now;
    SchedulingRepository repo(m_platform.database.connection());
    return JointSlotFinder(repo).find(query);
}

SlotOption AppointmentService::requireFree(const SlotQuery &query, const LocalTime &at)
{
    SchedulingRepository repo(m_platform.database.connection());
    QString why;
    if (auto option = JointSlotFinder(repo).at(query, at, &why))
        return *option;
    SlotQuery next = query;
    next.from = at.date;
    next.to = at.date.addDays(30);
    next.limit = 5;
    // From the time asked for on: what reception proposes next to the person.
    next.notBefore = std::max(localNow(), at);
    throw SlotUnavailableError(tr("This time cannot be booked: %1").arg(why),
                               JointSlotFinder(repo).find(next));
}

Appointment AppointmentService::writeBooking(WriteContext &w, const QString &caseId,
                                             const Service &service, const SlotOption &option,
                                             const QString &rescheduledFrom,
                                             const QString &seriesId)
{
    SchedulingRepository repo(m_platform.database.connection());
    Appointment a;
    a.id = newId();
    a.caseId = caseId;
    a.serviceId = service.id;
    a.kind = kindOf(service);
    a.start = option.start;
    a.end = option.end;
    a.rescheduledFrom = rescheduledFrom;
    a.seriesId = seriesId;
    a.createdAt = w.now().toString(Qt::ISODate);
    a.hlc = w.hlc();
    repo.insert(u"appointments"_s, a.id, a.toFieldMap(), w);
    w.inserted(u"appointments"_s, a.id, a.toFieldMap());
    for (const AppointmentPart &p : option.parts)
        writePart(w, a, p);
    return a;
}

void AppointmentService::writePart(WriteContext &w, Appointment &a, AppointmentPart part)
{
    part.id = newId();
    SchedulingRepository(m_platform.database.connection())
        .insert(u"appointment_parts"_s, part.id, partFields(a.id, part), w);
    w.inserted(u"appointment_parts"_s, part.id, partFields(a.id, part));
    a.parts << part;
}

Appointment AppointmentService::book(const Actor &actor, const BookingRequest &request)
{
    m_platform.writes.require(actor, Capability::BookAppointments);
    if (!request.at.isValid())
        throw ValidationError(tr("The appointment's date and time are not valid "
                                 "(YYYY-MM-DDTHH:MM)."),
                              {});
    if (request.at < localNow())
        throw ValidationError(tr("This time is already past."), {});
    const Service service = serviceFor(request.serviceCode);
    const QString caseId = resolveCase(request.caseRef);
    return m_platform.writes.write(
        actor, {{}, AuditAction::AppointmentBooked, caseId}, [&](WriteContext &w) {
            // Checked again inside the write lock: what the screen showed may be gone.
            SlotQuery q;
            q.caseId = caseId;
            q.service = service;
            q.practitionerIds = request.practitionerIds;
            q.roomId = request.roomId;
            return writeBooking(w, caseId, service, requireFree(q, request.at), {});
        });
}

Appointment AppointmentService::reschedule(const Actor &actor, const QString &id,
                                           const LocalTime &at, const QStringList &practitionerIds,
                                           const QString &roomId)
{
    m_platform.writes.require(actor, Capability::BookAppointments);
    if (!at.isValid() || at < localNow())
        throw ValidationError(tr("The new time is not valid or already past."), {});
    const Appointment old = get(actor, id);
    return m_platform.writes.write(
        actor, {{}, AuditAction::AppointmentChanged, old.caseId}, [&](WriteContext &w) {
            SchedulingRepository repo(m_platform.database.connection());
            const std::optional<Appointment> current = repo.appointment(id);
            if (!current || current->status != AppointmentStatus::Scheduled)
                throw CoreError(ErrorKind::Conflict,
                                tr("Only an appointment still to come can be rescheduled."));
            const std::optional<Service> service = repo.service(current->serviceId);
            if (!service)
                throw CoreError(ErrorKind::NotFound, tr("No service has this code."));
            SlotQuery q;
            q.caseId = current->caseId;
            q.service = *service;
            q.practitionerIds = practitionerIds;
            q.roomId = roomId;
            q.ignoreAppointmentId = id;
            const Appointment made =
                writeBooking(w, current->caseId, *service, requireFree(q, at), id);
            Appointment moved = *current;
            moved.status = AppointmentStatus::Rescheduled;
            w.updated(u"appointments"_s, id, current->hlc, current->toFieldMap(),
                      moved.toFieldMap());
            repo.update(u"appointments"_s, id, {{u"status"_s, u"rescheduled"_s}}, w);
            return made;
        });
}

Appointment AppointmentService::get(const Actor &actor, const QString &id) const
{
    m_platform.writes.require(actor, Capability::ReadIdentity);
    const auto a = SchedulingRepository(m_platform.database.connection()).appointment(id);
    if (!a)
        throw CoreError(ErrorKind::NotFound, tr("No appointment has this id."));
    return *a;
}

QList<Appointment> AppointmentService::day(const Actor &actor, const QDate &date,
                                           const QString &practitionerId) const
{
    SchedulingRepository repo(m_platform.database.connection());
    QString only = practitionerId;
    if (!actor.can(Capability::ViewSchedules)) {
        // Doctors and social workers see their own day, and only theirs.
        QString own;
        for (const Practitioner &p : repo.practitioners())
            if (!actor.userId.isEmpty() && p.userAccountId == actor.userId)
                own = p.id;
        if (own.isEmpty() || (!practitionerId.isEmpty() && practitionerId != own))
            m_platform.writes.deny(actor, Capability::ViewSchedules);
        m_platform.writes.require(actor, Capability::ReadIdentity);
        only = own;
    }
    // A walk-in for nobody in particular is in every practitioner's own day, until one takes it.
    const bool ownDay = !actor.can(Capability::ViewSchedules);
    QList<Appointment> out;
    for (const Appointment &a : repo.day(date))
        if (only.isEmpty() || a.practitionerIds().contains(only) ||
            (ownDay && a.kind == u"walk_in"_s && a.practitionerIds().isEmpty()))
            out << a;
    return out;
}

} // namespace jisr
