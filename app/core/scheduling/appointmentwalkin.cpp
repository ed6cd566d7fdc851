// AppointmentService: a person without an appointment joins today's queue (its own file).
#include "platform/db/database.h"
#include "platform/platformservices.h"
#include "platform/time/clock.h"
#include "platform/write/writepath.h"
#include "scheduling/appointmentservice.h"
#include "scheduling/schedulingrepository.h"

#include <QUuid>

using namespace Qt::StringLiterals;

namespace jisr {

namespace {

// How long a walk-in is expected to take when no service says it.
constexpr int WalkInMinutes = 15;

} // namespace

Appointment AppointmentService::walkIn(const Actor &actor, const WalkInRequest &request)
{
    // A walk-in is a booking and a check-in at once: reception's two capabilities.
    m_platform.writes.require(actor, Capability::BookAppointments);
    m_platform.writes.require(actor, Capability::CheckIn);
    const QString caseId = resolveCase(request.caseRef);
    std::optional<Service> service;
    if (!request.serviceCode.trimmed().isEmpty())
        service = serviceFor(request.serviceCode);
    SchedulingRepository repo(m_platform.database.connection());
    if (!request.practitionerId.isEmpty()) {
        const std::optional<Practitioner> p = repo.practitioner(request.practitionerId);
        if (!p || !p->active)
            throw CoreError(ErrorKind::NotFound, tr("No practitioner in service has this id."));
    }
    const LocalTime now = localNow();
    // A local time ends at 23:59 at the latest (see LocalTime): a walk-in stays on its day.
    const int end = std::min(now.minute + (service ? service->minutes : WalkInMinutes), 1439);
    if (end <= now.minute)
        throw CoreError(ErrorKind::BadInput,
                        tr("The day is over: a walk-in can join tomorrow's queue."));
    return m_platform.writes.write(
        actor, {Capability::CheckIn, AuditAction::AppointmentBooked, caseId, u"walk_in"_s},
        [&](WriteContext &w) {
            // Inside the write lock: another workstation may have queued the person meanwhile.
            requireNotQueued(caseId);
            Appointment a;
            a.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
            a.caseId = caseId;
            a.serviceId = service ? service->id : QString();
            a.kind = u"walk_in"_s;
            a.status = AppointmentStatus::Arrived;
            a.start = now;
            a.end = {now.date, end};
            a.arrivedAt = m_platform.clock.nowUtc().toString(Qt::ISODate);
            a.createdAt = w.now().toString(Qt::ISODate);
            a.hlc = w.hlc();
            repo.insert(u"appointments"_s, a.id, a.toFieldMap(), w);
            w.inserted(u"appointments"_s, a.id, a.toFieldMap());
            if (!request.practitionerId.isEmpty()) {
                AppointmentPart part;
                part.resourceId = request.practitionerId;
                part.start = a.start;
                part.end = a.end;
                writePart(w, a, part);
            }
            return a;
        });
}

// A person is in the queue once: already there, or expected today, they are not added again.
void AppointmentService::requireNotQueued(const QString &caseId)
{
    const QDate today = m_platform.clock.today();
    for (const Appointment &a : SchedulingRepository(m_platform.database.connection()).day(today)) {
        if (a.caseId != caseId)
            continue;
        if (a.status == AppointmentStatus::Arrived || a.status == AppointmentStatus::InConsultation)
            throw CoreError(ErrorKind::Conflict, tr("This person is already in the waiting room."));
        if (a.status == AppointmentStatus::Scheduled)
            throw CoreError(ErrorKind::Conflict,
                            tr("This person has an appointment today at %1: check them in for "
                               "it instead.")
                                .arg(LocalTime::clock(a.start.minute)));
    }
}

} // namespace jisr
