#include "print/appointmentprintsource.h"

#include "cards/cardservice.h"
#include "cases/casefilerepository.h"
#include "platform/db/database.h"
#include "platform/errors/coreerror.h"
#include "platform/settings/workstationsettings.h"
#include "scheduling/appointmentservice.h"
#include "scheduling/schedulingsetupservice.h"
#include "workspace/workspace.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace jisr {

AppointmentPrintSource::AppointmentPrintSource(Workspace &ws) : m_ws(ws) {}

PrintedCentre AppointmentPrintSource::centre() const
{
    const WorkstationSettings &s = m_ws.settings();
    return {s.centreName(), s.value(u"centre_name_ar"_s), s.value(u"centre_address"_s),
            s.value(u"centre_phone"_s)};
}

void AppointmentPrintSource::loadReferenceData(const Actor &actor)
{
    for (const Practitioner &p : m_ws.scheduling().practitioners(actor))
        m_practitioners.insert(p.id, p);
    for (const Room &r : m_ws.scheduling().rooms(actor))
        m_rooms.insert(r.id, r);
    for (const Service &s : m_ws.scheduling().services(actor))
        m_services.insert(s.id, s);
}

AppointmentPrintData AppointmentPrintSource::dataOf(const Appointment &a)
{
    AppointmentPrintData d;
    d.appointment = a;
    // The appointment was readable by this actor: its beneficiary's names come with it.
    const std::optional<CaseFile> c =
        CaseFileRepository(m_ws.database().connection()).findById(a.caseId);
    if (c) {
        d.nameAr = c->fullNameAr();
        d.nameLat = c->fullNameLat();
        d.dossierNo = c->dossierNo;
    }
    const Service s = m_services.value(a.serviceId);
    d.serviceFr = s.nameFr;
    d.serviceAr = s.nameAr.isEmpty() ? s.nameFr : s.nameAr;
    for (const QString &id : a.practitionerIds())
        d.practitioners << m_practitioners.value(id, Practitioner{id, id, id, {}, {}, {}});
    d.room = m_rooms.value(a.roomId()).name;
    d.centre = centre();
    return d;
}

AppointmentPrintData AppointmentPrintSource::slip(const Actor &actor, const QString &appointmentId)
{
    const Appointment a = m_ws.appointments().get(actor, appointmentId);
    if (!holdsTime(a.status))
        throw CoreError(ErrorKind::BadInput,
                        tr("This appointment was cancelled or moved: it has no slip to print."));
    loadReferenceData(actor);
    AppointmentPrintData d = dataOf(a);
    // Only the slip says what to bring; the day list would ask once per row for nothing.
    const QList<Card> cards = m_ws.cards().forCase(actor, a.caseId);
    d.hasCard = std::any_of(cards.cbegin(), cards.cend(), [&](const Card &c) {
        return (c.state == u"printed"_s || c.state == u"delivered"_s) && !c.isExpired(a.start.date);
    });
    return d;
}

DayListData AppointmentPrintSource::dayList(const Actor &actor, const QDate &day,
                                            const QString &practitionerId)
{
    DayListData list{day, centre(), {}};
    const QList<Appointment> appointments = m_ws.appointments().day(actor, day, practitionerId);
    loadReferenceData(actor);
    if (!practitionerId.isEmpty() && !m_practitioners.contains(practitionerId))
        throw CoreError(ErrorKind::NotFound, tr("No practitioner has this id."));
    QList<Practitioner> order = m_practitioners.values();
    std::sort(order.begin(), order.end(), [](const Practitioner &a, const Practitioner &b) {
        return a.nameFr.localeAwareCompare(b.nameFr) < 0;
    });
    // A doctor or a social worker prints their own day: the other practitioners of their joint
    // visits are named in it, without sections of their own.
    const std::optional<Practitioner> own = actor.can(Capability::ViewSchedules)
                                                ? std::nullopt
                                                : m_ws.scheduling().practitionerOf(actor);
    for (const Practitioner &p : order) {
        if ((!practitionerId.isEmpty() && p.id != practitionerId) || (own && own->id != p.id))
            continue;
        DayListSection section{p, {}};
        for (const Appointment &a : appointments)
            if (holdsTime(a.status) && a.practitionerIds().contains(p.id))
                section.rows << dataOf(a);
        std::sort(section.rows.begin(), section.rows.end(), [](const auto &x, const auto &y) {
            return x.appointment.start < y.appointment.start;
        });
        // One practitioner asked for: their sheet even when the day is empty.
        if (!section.rows.isEmpty() || !practitionerId.isEmpty())
            list.sections << section;
    }
    return list;
}

} // namespace jisr
