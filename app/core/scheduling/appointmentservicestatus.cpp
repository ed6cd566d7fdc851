// AppointmentService: the status flow of an appointment (its own file to keep each short).
#include "platform/db/database.h"
#include "platform/errors/validationerror.h"
#include "platform/platformservices.h"
#include "platform/time/clock.h"
#include "platform/write/writepath.h"
#include "scheduling/appointmentservice.h"
#include "scheduling/schedulingrepository.h"

using namespace Qt::StringLiterals;

namespace jisr {

namespace {

QString statusLabel(AppointmentStatus s)
{
    switch (s) {
    case AppointmentStatus::Scheduled:
        return AppointmentService::tr("scheduled");
    case AppointmentStatus::Arrived:
        return AppointmentService::tr("arrived");
    case AppointmentStatus::InConsultation:
        return AppointmentService::tr("in consultation");
    case AppointmentStatus::Done:
        return AppointmentService::tr("done");
    case AppointmentStatus::Cancelled:
        return AppointmentService::tr("cancelled");
    case AppointmentStatus::NoShow:
        return AppointmentService::tr("no-show");
    case AppointmentStatus::Rescheduled:
        return AppointmentService::tr("rescheduled");
    }
    return {};
}

void requireStatus(const Appointment &a, std::initializer_list<AppointmentStatus> allowed)
{
    for (AppointmentStatus s : allowed)
        if (a.status == s)
            return;
    throw CoreError(ErrorKind::Conflict,
                    AppointmentService::tr("This appointment is %1: that step does not apply.")
                        .arg(statusLabel(a.status)));
}

} // namespace

Appointment
AppointmentService::transition(const Actor &actor, const QString &id, Capability cap,
                               const std::function<void(Appointment &)> &change,
                               const std::function<void(WriteContext &, Appointment &)> &also)
{
    m_platform.writes.require(actor, cap);
    const Appointment before = get(actor, id);
    return m_platform.writes.write(
        actor, {{}, AuditAction::AppointmentChanged, before.caseId}, [&](WriteContext &w) {
            SchedulingRepository repo(m_platform.database.connection());
            const std::optional<Appointment> current = repo.appointment(id);
            if (!current)
                throw CoreError(ErrorKind::NotFound, tr("No appointment has this id."));
            Appointment after = *current;
            change(after);
            const QVariantMap fields = after.toFieldMap();
            const QStringList changed =
                w.updated(u"appointments"_s, id, current->hlc, current->toFieldMap(), fields);
            QVariantMap values;
            for (const QString &f : changed)
                values.insert(f, fields.value(f));
            repo.update(u"appointments"_s, id, values, w);
            if (also)
                also(w, after);
            w.setAuditDetails(appointmentStatusCode(after.status));
            after.hlc = w.hlc();
            return after;
        });
}

Appointment AppointmentService::checkIn(const Actor &actor, const QString &id)
{
    return transition(actor, id, Capability::CheckIn, [this](Appointment &a) {
        requireStatus(a, {AppointmentStatus::Scheduled});
        if (a.start.date != m_platform.clock.today())
            throw CoreError(ErrorKind::Conflict,
                            tr("This appointment is not today: the person cannot be checked "
                               "in for it."));
        a.status = AppointmentStatus::Arrived;
        a.arrivedAt = m_platform.clock.nowUtc().toString(Qt::ISODate);
    });
}

namespace {

// A consultation is marked by one of its own practitioners.
void requireOwnConsultation(const PlatformServices &platform, const Actor &actor,
                            const Appointment &a)
{
    for (const Practitioner &p :
         SchedulingRepository(platform.database.connection()).practitioners())
        if (!actor.userId.isEmpty() && p.userAccountId == actor.userId &&
            a.practitionerIds().contains(p.id))
            return;
    platform.writes.deny(actor, Capability::MarkConsultations, a.caseId);
}

// The acting user's practitioner record, which takes a walk-in for nobody in particular.
QString ownPractitioner(const PlatformServices &platform, const Actor &actor, const Appointment &a)
{
    for (const Practitioner &p :
         SchedulingRepository(platform.database.connection()).practitioners(true))
        if (!actor.userId.isEmpty() && p.userAccountId == actor.userId)
            return p.id;
    platform.writes.deny(actor, Capability::MarkConsultations, a.caseId);
    return {};
}

} // namespace

// The practitioner who starts a walk-in for nobody in particular becomes its practitioner, in
// the same write: two practitioners pressing at once are served one after the other.
Appointment AppointmentService::takeWalkIn(const Actor &actor, const QString &id,
                                           const QString &practitionerId)
{
    return transition(
        actor, id, Capability::MarkConsultations,
        [&](Appointment &a) {
            requireStatus(a, {AppointmentStatus::Arrived});
            if (!a.practitionerIds().isEmpty())
                throw CoreError(ErrorKind::Conflict,
                                tr("Another practitioner has just taken this person."));
            a.status = AppointmentStatus::InConsultation;
            a.startedAt = m_platform.clock.nowUtc().toString(Qt::ISODate);
        },
        [&](WriteContext &w, Appointment &a) {
            AppointmentPart part;
            part.resourceId = practitionerId;
            part.start = a.start;
            part.end = a.end;
            writePart(w, a, part);
        });
}

Appointment AppointmentService::start(const Actor &actor, const QString &id)
{
    // Checked before the write: a refusal is audited in its own transaction, which the
    // write's rollback would take with it.
    m_platform.writes.require(actor, Capability::MarkConsultations);
    const Appointment before = get(actor, id);
    if (before.kind == u"walk_in"_s && before.practitionerIds().isEmpty())
        return takeWalkIn(actor, id, ownPractitioner(m_platform, actor, before));
    requireOwnConsultation(m_platform, actor, before);
    return transition(actor, id, Capability::MarkConsultations, [&](Appointment &a) {
        requireStatus(a, {AppointmentStatus::Arrived});
        a.status = AppointmentStatus::InConsultation;
        a.startedAt = m_platform.clock.nowUtc().toString(Qt::ISODate);
    });
}

Appointment AppointmentService::finish(const Actor &actor, const QString &id)
{
    // Checked before the write: a refusal is audited in its own transaction, which the
    // write's rollback would take with it.
    m_platform.writes.require(actor, Capability::MarkConsultations);
    requireOwnConsultation(m_platform, actor, get(actor, id));
    return transition(actor, id, Capability::MarkConsultations, [&](Appointment &a) {
        requireStatus(a, {AppointmentStatus::InConsultation});
        a.status = AppointmentStatus::Done;
        a.doneAt = m_platform.clock.nowUtc().toString(Qt::ISODate);
    });
}

Appointment AppointmentService::cancel(const Actor &actor, const QString &id, const QString &reason,
                                       bool byThePerson)
{
    const QString why = reason.simplified();
    if (why.isEmpty())
        throw ValidationError(tr("Say why the appointment is cancelled."),
                              {ValidationIssue{u"reason"_s,
                                               ValidationIssue::Severity::Error,
                                               tr("Say why the appointment is cancelled."),
                                               {}}});
    return transition(actor, id, Capability::BookAppointments, [&](Appointment &a) {
        requireStatus(a, {AppointmentStatus::Scheduled, AppointmentStatus::Arrived});
        a.status = AppointmentStatus::Cancelled;
        a.cancelReason = why;
        a.cancelledBy = byThePerson ? u"person"_s : u"centre"_s;
    });
}

Appointment AppointmentService::markNoShow(const Actor &actor, const QString &id)
{
    return transition(actor, id, Capability::CheckIn, [this](Appointment &a) {
        requireStatus(a, {AppointmentStatus::Scheduled});
        if (a.start.date >= m_platform.clock.today())
            throw CoreError(ErrorKind::Conflict,
                            tr("A no-show is recorded once the appointment's day is over."));
        a.status = AppointmentStatus::NoShow;
    });
}

int AppointmentService::markNoShows(const Actor &actor)
{
    m_platform.writes.require(actor, Capability::CheckIn);
    const QStringList ids = SchedulingRepository(m_platform.database.connection())
                                .scheduledBefore(m_platform.clock.today());
    for (const QString &id : ids)
        markNoShow(actor, id);
    return int(ids.size());
}

Appointment AppointmentService::undoNoShow(const Actor &actor, const QString &id)
{
    return transition(actor, id, Capability::ManageScheduling, [](Appointment &a) {
        requireStatus(a, {AppointmentStatus::NoShow});
        a.status = AppointmentStatus::Scheduled;
    });
}

} // namespace jisr
