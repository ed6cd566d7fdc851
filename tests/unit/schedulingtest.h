#pragma once

// A centre with appointments set up, shared by the scheduling suites: a PMR doctor (the
// "medecin" account), a second PMR doctor (afternoons only), a social worker (the "social"
// account), a physiotherapist, an accessible and an ordinary room, weekday hours 09:00-12:00 and
// 14:00-17:00, a joint service and a sequence, and the clock on Monday 6 April 2026, 08:00 in
// Casablanca.
#include "cases/casefileservice.h"
#include "jisrtest.h"
#include "platform/errors/validationerror.h"
#include "scheduling/appointmentservice.h"
#include "scheduling/schedulingsetupservice.h"

#include <QTimeZone>

using namespace Qt::StringLiterals;

class SchedulingTest : public WorkspaceTest
{
protected:
    static constexpr int Monday = 1;

    void SetUp() override
    {
        setNow(QDate(2026, 4, 6), 8, 0);
        admin = actorWith(jisr::Role::Administrator);
        reception = actorWith(jisr::Role::Reception);
        doctor = actorWith(jisr::Role::Doctor);
        social = actorWith(jisr::Role::SocialWorker);
        pmr = practitioner(u"Dr Youssef Alaoui"_s, u"doctor"_s, u"pmr"_s, doctor.login);
        pmr2 = practitioner(u"Dr Amina Idrissi"_s, u"doctor"_s, u"pmr"_s);
        sw = practitioner(u"Nadia Tazi"_s, u"social_worker"_s, {}, social.login);
        physio = practitioner(u"Karim Fassi"_s, u"physiotherapist"_s);
        for (const QString &id : {pmr, sw, physio})
            weekdays(id, 9 * 60, 12 * 60), weekdays(id, 14 * 60, 17 * 60);
        weekdays(pmr2, 14 * 60, 17 * 60);
        accessibleRoom = room(u"Salle 1 (RDC)"_s, true);
        plainRoom = room(u"Salle 2 (étage)"_s, false);
        service(u"joint_initial"_s, 45, {u"doctor:pmr"_s, u"social_worker"_s},
                jisr::RoomNeed::Accessible);
        service(u"pmr_then_physio"_s, 30, {u"doctor:pmr"_s, u"physiotherapist"_s},
                jisr::RoomNeed::None, true, 30);
        service(u"physio"_s, 30, {u"physiotherapist"_s}, jisr::RoomNeed::None);
        service(u"pmr"_s, 45, {u"doctor:pmr"_s}, jisr::RoomNeed::None);
        caseId = ws().cases().create(reception, sampleCase()).id;
        otherCaseId =
            ws().cases()
                .create(reception, sampleCase(u"بناني"_s, u"سعاد"_s, u"Bennani"_s, u"Souad"_s))
                .id;
    }

    void setNow(const QDate &day, int hour, int minute)
    {
        clock().set(QDateTime(day, QTime(hour, minute), QTimeZone("Africa/Casablanca")));
    }

    QString practitioner(const QString &name, const QString &profession,
                         const QString &specialty = {}, const QString &login = {})
    {
        jisr::Practitioner p;
        p.nameFr = name;
        p.nameAr = name;
        p.profession = profession;
        p.specialty = specialty;
        return ws().scheduling().addPractitioner(admin, p, login).id;
    }

    void weekdays(const QString &id, int from, int to, QDate validFrom = {}, QDate validTo = {})
    {
        for (int d = 1; d <= 5; ++d)
            period(id, d, from, to, validFrom, validTo);
    }

    void period(const QString &id, int weekday, int from, int to, QDate validFrom = {},
                QDate validTo = {})
    {
        jisr::WorkingPeriod w;
        w.practitionerId = id;
        w.weekday = weekday;
        w.startMinute = from;
        w.endMinute = to;
        w.validFrom = validFrom;
        w.validTo = validTo;
        ws().scheduling().addWorkingPeriod(admin, w);
    }

    QString room(const QString &name, bool accessible)
    {
        jisr::Room r;
        r.name = name;
        r.accessible = accessible;
        return ws().scheduling().addRoom(admin, r).id;
    }

    void service(const QString &code, int minutes, const QStringList &needs, jisr::RoomNeed room,
                 bool sequence = false, int gap = 0)
    {
        jisr::Service s;
        s.code = code;
        s.nameFr = code;
        s.nameAr = code;
        s.minutes = minutes;
        for (const QString &n : needs)
            s.needs << jisr::ServiceNeed::fromCode(n);
        s.roomNeed = room;
        s.sequence = sequence;
        s.maxGapMinutes = gap;
        ws().scheduling().addService(admin, s);
    }

    QList<jisr::SlotOption> freeSlots(const QString &serviceCode, const QDate &from, int limit = 5,
                                      const QString &forCase = {})
    {
        jisr::SlotQuery q;
        q.caseId = forCase.isEmpty() ? caseId : forCase;
        q.from = from;
        q.to = from.addDays(30);
        q.limit = limit;
        return ws().appointments().findSlots(reception, q, serviceCode);
    }

    jisr::Appointment book(const QString &serviceCode, const QString &at,
                           const QString &forCase = {}, const QStringList &practitioners = {})
    {
        return ws().appointments().book(reception, {forCase.isEmpty() ? caseId : forCase,
                                                    serviceCode,
                                                    jisr::LocalTime::fromString(at),
                                                    practitioners,
                                                    {}});
    }

    // The error message of a booking refused, or "booked".
    QString refusal(const QString &serviceCode, const QString &at, const QString &forCase = {})
    {
        try {
            book(serviceCode, at, forCase);
            return u"booked"_s;
        } catch (const jisr::CoreError &e) {
            return e.message();
        }
    }

    static QString at(const jisr::SlotOption &o) { return o.start.toString(); }

    jisr::Actor admin, reception, doctor, social;
    QString pmr, pmr2, sw, physio, accessibleRoom, plainRoom, caseId, otherCaseId;
};
