// AppointmentService: recurring series (weekly physiotherapy × 10), in their own file.
#include "platform/db/database.h"
#include "platform/errors/validationerror.h"
#include "platform/platformservices.h"
#include "platform/write/writepath.h"
#include "scheduling/appointmentservice.h"
#include "scheduling/jointslotfinder.h"
#include "scheduling/schedulingrepository.h"

#include <QUuid>

using namespace Qt::StringLiterals;

namespace jisr {

SeriesBooking AppointmentService::bookSeries(const Actor &actor, const BookingRequest &request,
                                             int count, int everyDays)
{
    m_platform.writes.require(actor, Capability::BookAppointments);
    if (count < 2 || count > 52)
        throw ValidationError(tr("A series has 2 to 52 occurrences."), {});
    if (everyDays < 1 || everyDays > 31)
        throw ValidationError(tr("Occurrences are 1 to 31 days apart."), {});
    if (!request.at.isValid() || request.at < localNow())
        throw ValidationError(tr("The new time is not valid or already past."), {});
    const Service service = serviceFor(request.serviceCode);
    const QString caseId = resolveCase(request.caseRef);
    return m_platform.writes.write(
        actor, {{}, AuditAction::AppointmentBooked, caseId}, [&](WriteContext &w) {
            SeriesBooking out;
            const QString seriesId = QUuid::createUuid().toString(QUuid::WithoutBraces);
            for (int i = 0; i < count; ++i) {
                const LocalTime wanted{request.at.date.addDays(qint64(i) * everyDays),
                                       request.at.minute};
                SlotQuery q;
                q.caseId = caseId;
                q.service = service;
                q.practitionerIds = request.practitionerIds;
                q.roomId = request.roomId;
                // Each finder sees the occurrences already written in this transaction.
                SchedulingRepository repo(m_platform.database.connection());
                QString why;
                std::optional<SlotOption> option = JointSlotFinder(repo).at(q, wanted, &why);
                if (!option) {
                    SlotQuery later = q;
                    later.from = wanted.date;
                    later.to = wanted.date.addDays(everyDays - 1);
                    later.limit = 1;
                    later.notBefore = wanted;
                    const QList<SlotOption> found = JointSlotFinder(repo).find(later);
                    if (found.isEmpty())
                        throw SlotUnavailableError(
                            tr("Occurrence %1 (%2) cannot be booked, nor moved before the next "
                               "one: %3")
                                .arg(i + 1)
                                .arg(wanted.toString(), why),
                            {});
                    option = found.first();
                    out.moved << tr("%1 moved to %2: %3")
                                     .arg(wanted.toString(), option->start.toString(), why);
                }
                out.occurrences << writeBooking(w, caseId, service, *option, {}, seriesId);
            }
            w.setAuditDetails(u"series %1"_s.arg(count));
            return out;
        });
}

int AppointmentService::cancelSeries(const Actor &actor, const QString &fromId,
                                     const QString &reason, bool byThePerson)
{
    m_platform.writes.require(actor, Capability::BookAppointments);
    const Appointment first = get(actor, fromId);
    if (first.seriesId.isEmpty())
        throw CoreError(ErrorKind::BadInput, tr("This appointment is not part of a series."));
    // One transaction: the occurrences are all cancelled, or none is.
    return m_platform.writes.write(actor, {{}, {}, first.caseId}, [&](WriteContext &w) {
        const QStringList ids = SchedulingRepository(m_platform.database.connection())
                                    .seriesFrom(first.seriesId, first.start);
        for (const QString &id : ids)
            cancel(actor, id, reason, byThePerson);
        if (ids.isEmpty())
            w.nothingChanged();
        return int(ids.size());
    });
}

} // namespace jisr
