// A person without an appointment joins today's queue: arrived at once, through the write path,
// for reception only, never twice, and without taking anybody's booked time.
#include "schedulingtest.h"

using namespace jisr;

using WalkInTest = SchedulingTest;

namespace {

QString message(const std::function<void()> &f)
{
    try {
        f();
    } catch (const CoreError &e) {
        return e.message();
    }
    return u"accepted"_s;
}

} // namespace

TEST_F(WalkInTest, AWalkInIsArrivedAtOnceAuditedAndInTheChangeLog)
{
    setNow(QDate(2026, 4, 6), 10, 7);
    const qint64 changes = scalar(u"SELECT count(*) FROM change_log"_s);
    const Appointment a = ws().appointments().walkIn(reception, {caseId, u"pmr"_s, pmr});
    EXPECT_EQ(a.kind, u"walk_in"_s);
    EXPECT_EQ(a.status, AppointmentStatus::Arrived);
    EXPECT_EQ(a.start.toString(), u"2026-04-06T10:07"_s);
    EXPECT_EQ(a.end.toString(), u"2026-04-06T10:52"_s) << "the service's 45 minutes";
    EXPECT_FALSE(a.arrivedAt.isEmpty());
    EXPECT_EQ(a.practitionerIds(), QStringList{pmr});
    EXPECT_EQ(scalar(u"SELECT count(*) FROM appointments WHERE kind = 'walk_in' AND "
                     "status = 'arrived'"_s),
              1);
    EXPECT_EQ(scalar(u"SELECT count(*) FROM change_log"_s), changes + 2) << "row and part";
    EXPECT_EQ(scalar(u"SELECT count(*) FROM audit_log WHERE action = 'appointment_booked' "
                     "AND details = 'walk_in'"_s),
              1);
    // In the doctor's own day, who starts and finishes it.
    EXPECT_EQ(ws().appointments().day(doctor, QDate(2026, 4, 6)).size(), 1);
    EXPECT_EQ(ws().appointments().start(doctor, a.id).status, AppointmentStatus::InConsultation);
    EXPECT_EQ(ws().appointments().finish(doctor, a.id).status, AppointmentStatus::Done);
}

TEST_F(WalkInTest, AWalkInForNobodyInParticularIsTakenByThePractitionerWhoStartsIt)
{
    setNow(QDate(2026, 4, 6), 9, 30);
    const Appointment a = ws().appointments().walkIn(reception, {caseId, {}, {}});
    EXPECT_TRUE(a.practitionerIds().isEmpty());
    EXPECT_EQ(a.end.toString(), u"2026-04-06T09:45"_s) << "a quarter of an hour by default";
    // Every practitioner sees it in their day until one takes it.
    EXPECT_EQ(ws().appointments().day(social, QDate(2026, 4, 6)).size(), 1);
    const Appointment taken = ws().appointments().start(social, a.id);
    EXPECT_EQ(taken.status, AppointmentStatus::InConsultation);
    EXPECT_EQ(taken.practitionerIds(), QStringList{sw});
    EXPECT_EQ(ws().appointments().get(reception, a.id).practitionerIds(), QStringList{sw});
    EXPECT_TRUE(ws().appointments().day(doctor, QDate(2026, 4, 6)).isEmpty());
    EXPECT_NE(
        message([&] { ws().appointments().finish(doctor, a.id); }).indexOf(u"does not allow"_s),
        -1);
    EXPECT_EQ(ws().appointments().finish(social, a.id).status, AppointmentStatus::Done);
}

TEST_F(WalkInTest, OnlyReceptionQueuesAWalkInAndARefusalIsAudited)
{
    setNow(QDate(2026, 4, 6), 9, 30);
    for (const Actor &who : {doctor, social, admin})
        EXPECT_THROW(ws().appointments().walkIn(who, {caseId, {}, {}}), CoreError);
    EXPECT_EQ(scalar(u"SELECT count(*) FROM appointments"_s), 0);
    EXPECT_EQ(scalar(u"SELECT count(*) FROM audit_log WHERE action = 'permission_denied'"_s), 3);
}

TEST_F(WalkInTest, ThePersonJoinsTheQueueOnceAndIsCheckedInForTheirOwnAppointment)
{
    setNow(QDate(2026, 4, 6), 9, 0);
    book(u"pmr"_s, u"2026-04-06T11:00"_s, otherCaseId);
    EXPECT_NE(message([&] {
                  ws().appointments().walkIn(reception, {otherCaseId, {}, {}});
              }).indexOf(u"appointment today at 11:00"_s),
              -1);
    ws().appointments().walkIn(reception, {caseId, {}, {}});
    EXPECT_NE(message([&] {
                  ws().appointments().walkIn(reception, {caseId, {}, {}});
              }).indexOf(u"already in the waiting room"_s),
              -1);
    EXPECT_EQ(scalar(u"SELECT count(*) FROM appointments WHERE kind = 'walk_in'"_s), 1);
}

TEST_F(WalkInTest, BadInputIsRefusedWithItsReasonAndNothingWritten)
{
    setNow(QDate(2026, 4, 6), 9, 0);
    EXPECT_NE(message([&] {
                  ws().appointments().walkIn(reception, {u"RAB-0000-XXX-0000"_s, {}, {}});
              }).indexOf(u"No case file"_s),
              -1);
    EXPECT_NE(message([&] {
                  ws().appointments().walkIn(reception, {caseId, u"nothing"_s, {}});
              }).indexOf(u"No service"_s),
              -1);
    EXPECT_NE(message([&] {
                  ws().appointments().walkIn(reception, {caseId, {}, u"nobody"_s});
              }).indexOf(u"No practitioner"_s),
              -1);
    CaseFile c = ws().cases().open(admin, otherCaseId);
    c.status = u"deceased"_s;
    ws().cases().update(admin, c);
    EXPECT_NE(message([&] {
                  ws().appointments().walkIn(reception, {otherCaseId, {}, {}});
              }).indexOf(u"deceased"_s),
              -1);
    setNow(QDate(2026, 4, 6), 23, 59);
    EXPECT_NE(message([&] {
                  ws().appointments().walkIn(reception, {caseId, {}, {}});
              }).indexOf(u"day is over"_s),
              -1);
    EXPECT_EQ(scalar(u"SELECT count(*) FROM appointments"_s), 0);
}

TEST_F(WalkInTest, AWalkInHoldsNobodysTimeSoBookingsGoOn)
{
    setNow(QDate(2026, 4, 6), 9, 0);
    ws().appointments().walkIn(reception, {otherCaseId, u"pmr"_s, pmr});
    // The doctor's 09:00 is still offered and can be booked for someone else.
    EXPECT_EQ(at(freeSlots(u"pmr"_s, QDate(2026, 4, 6), 1).first()), u"2026-04-06T09:00"_s);
    EXPECT_EQ(book(u"pmr"_s, u"2026-04-06T09:00"_s, {}, {pmr}).status,
              AppointmentStatus::Scheduled);
    // Cancelled when the person leaves without being seen.
    Appointment w;
    for (const Appointment &a : ws().appointments().day(reception, QDate(2026, 4, 6)))
        if (a.kind == u"walk_in"_s)
            w = a;
    EXPECT_EQ(ws().appointments().cancel(reception, w.id, u"Left"_s).status,
              AppointmentStatus::Cancelled);
}
