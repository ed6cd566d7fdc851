// Booking and the status flow through the real services: all parts or none, no double booking,
// every change audited and in the change log, the permissions of each role.
#include "platform/audit/auditlog.h"
#include "schedulingtest.h"

using namespace jisr;

using AppointmentTest = SchedulingTest;

TEST_F(AppointmentTest, AJointBookingWritesEveryPartTheChangeLogAndOneAuditEntry)
{
    const Appointment a = book(u"joint_initial"_s, u"2026-04-06T09:00"_s);
    EXPECT_EQ(a.kind, u"joint"_s);
    EXPECT_EQ(a.status, AppointmentStatus::Scheduled);
    EXPECT_EQ(a.practitionerIds(), (QStringList{pmr, sw}));
    EXPECT_EQ(a.roomId(), accessibleRoom);
    EXPECT_EQ(scalar(u"SELECT count(*) FROM appointment_parts WHERE appointment_id = '"_s + a.id +
                     u"'"_s),
              3);
    EXPECT_EQ(scalar(u"SELECT count(*) FROM change_log WHERE table_name IN ('appointments', "
                     "'appointment_parts')"_s),
              4);
    EXPECT_EQ(scalar(u"SELECT count(*) FROM audit_log WHERE action = 'appointment_booked' "
                     "AND case_id = '"_s +
                     caseId + u"'"_s),
              1);
    // Both columns of the day show it.
    EXPECT_EQ(ws().appointments().day(reception, QDate(2026, 4, 6), pmr).size(), 1);
    EXPECT_EQ(ws().appointments().day(reception, QDate(2026, 4, 6), sw).size(), 1);
    EXPECT_EQ(ws().appointments().day(reception, QDate(2026, 4, 6), physio).size(), 0);
}

TEST_F(AppointmentTest, ATakenTimeIsRefusedWithFreshOptionsAndNothingHalfBooked)
{
    book(u"joint_initial"_s, u"2026-04-06T09:00"_s, otherCaseId);
    const qint64 parts = scalar(u"SELECT count(*) FROM appointment_parts"_s);
    const qint64 changes = scalar(u"SELECT count(*) FROM change_log"_s);
    try {
        book(u"joint_initial"_s, u"2026-04-06T09:30"_s);
        ADD_FAILURE() << "the doctor, the social worker and the room are taken";
    } catch (const SlotUnavailableError &e) {
        EXPECT_EQ(e.kind(), ErrorKind::Conflict);
        EXPECT_NE(e.message().indexOf(u"cannot be booked"_s), -1) << e.message().toStdString();
        EXPECT_NE(e.message().indexOf(u"room"_s), -1) << e.message().toStdString();
        ASSERT_FALSE(e.alternatives().isEmpty());
        EXPECT_EQ(at(e.alternatives().first()), u"2026-04-06T09:45"_s);
    }
    EXPECT_EQ(scalar(u"SELECT count(*) FROM appointment_parts"_s), parts);
    EXPECT_EQ(scalar(u"SELECT count(*) FROM change_log"_s), changes);
    EXPECT_EQ(scalar(u"SELECT count(*) FROM appointments"_s), 1);
}

TEST_F(AppointmentTest, TheRoomAloneIsEnoughToRefuse)
{
    service(u"pmr_room"_s, 30, {u"doctor:pmr"_s}, RoomNeed::Accessible);
    book(u"pmr_room"_s, u"2026-04-06T14:00"_s, otherCaseId, {pmr2});
    // The other PMR doctor is free at 14:00, the only accessible room is not.
    const QString why = refusal(u"pmr_room"_s, u"2026-04-06T14:00"_s);
    EXPECT_NE(why.indexOf(u"room"_s), -1) << why.toStdString();
    const auto next = freeSlots(u"pmr_room"_s, QDate(2026, 4, 6), 1);
    EXPECT_EQ(at(next.first()), u"2026-04-06T09:00"_s);
    EXPECT_EQ(next.first().roomId(), accessibleRoom);
}

TEST_F(AppointmentTest, BookingOutsideHoursOnAnArchivedOrDeceasedFileOrInThePastIsRefused)
{
    EXPECT_NE(refusal(u"joint_initial"_s, u"2026-04-06T12:30"_s).indexOf(u"working hours"_s), -1);
    EXPECT_NE(refusal(u"joint_initial"_s, u"2026-04-11T10:00"_s).indexOf(u"works that day"_s), -1)
        << "a Saturday";
    for (const QString &status : {u"archived"_s, u"deceased"_s}) {
        CaseFile c = ws().cases().open(admin, otherCaseId);
        c.status = status;
        ws().cases().update(admin, c);
        EXPECT_NE(refusal(u"joint_initial"_s, u"2026-04-06T09:00"_s, otherCaseId)
                      .indexOf(status == u"archived"_s ? u"archived"_s : u"deceased"_s),
                  -1);
    }
    setNow(QDate(2026, 4, 6), 11, 0);
    EXPECT_NE(refusal(u"joint_initial"_s, u"2026-04-06T09:00"_s).indexOf(u"past"_s), -1);
    EXPECT_NE(refusal(u"joint_initial"_s, u"2026-02-31T09:00"_s).indexOf(u"valid"_s), -1);
    EXPECT_EQ(scalar(u"SELECT count(*) FROM appointments"_s), 0);
}

TEST_F(AppointmentTest, TheStatusFlowFromCheckInToDone)
{
    const Appointment a = book(u"joint_initial"_s, u"2026-04-07T09:00"_s);
    EXPECT_THROW(ws().appointments().checkIn(reception, a.id), CoreError) << "not today";
    setNow(QDate(2026, 4, 7), 8, 50);
    EXPECT_THROW(ws().appointments().start(doctor, a.id), CoreError) << "not arrived yet";
    EXPECT_EQ(ws().appointments().checkIn(reception, a.id).status, AppointmentStatus::Arrived);
    EXPECT_THROW(ws().appointments().checkIn(reception, a.id), CoreError) << "twice";
    // Another doctor's consultation is not this doctor's to mark.
    const Appointment mine = ws().appointments().start(doctor, a.id);
    EXPECT_EQ(mine.status, AppointmentStatus::InConsultation);
    EXPECT_FALSE(mine.startedAt.isEmpty());
    EXPECT_EQ(ws().appointments().finish(social, a.id).status, AppointmentStatus::Done);
    EXPECT_THROW(ws().appointments().cancel(reception, a.id, u"Trop tard"_s), CoreError);
    EXPECT_EQ(scalar(u"SELECT count(*) FROM audit_log WHERE action = 'appointment_changed'"_s), 3);
    EXPECT_EQ(scalar(u"SELECT count(*) FROM change_log WHERE table_name = 'appointments' AND "
                     "operation = 'update'"_s),
              3);
}

TEST_F(AppointmentTest, OnlyThePractitionersOfTheVisitMarkIt)
{
    const Appointment a = book(u"physio"_s, u"2026-04-06T09:00"_s);
    ws().appointments().checkIn(reception, a.id);
    try {
        ws().appointments().start(doctor, a.id);
        ADD_FAILURE() << "the doctor is not in this visit";
    } catch (const CoreError &e) {
        EXPECT_EQ(e.kind(), ErrorKind::PermissionDenied);
    }
    EXPECT_THROW(ws().appointments().start(reception, a.id), CoreError);
    EXPECT_EQ(scalar(u"SELECT count(*) FROM audit_log WHERE action = 'permission_denied'"_s), 2);
}

TEST_F(AppointmentTest, CancellingNeedsAReasonAndFreesTheTime)
{
    const Appointment a = book(u"joint_initial"_s, u"2026-04-06T09:00"_s);
    EXPECT_THROW(ws().appointments().cancel(reception, a.id, u"  "_s), ValidationError);
    const Appointment c = ws().appointments().cancel(reception, a.id, u"Transport"_s, true);
    EXPECT_EQ(c.status, AppointmentStatus::Cancelled);
    EXPECT_EQ(c.cancelledBy, u"person"_s);
    EXPECT_EQ(at(freeSlots(u"joint_initial"_s, QDate(2026, 4, 6), 1, otherCaseId).first()),
              u"2026-04-06T09:00"_s);
    EXPECT_NO_THROW(book(u"joint_initial"_s, u"2026-04-06T09:00"_s, otherCaseId));
}

TEST_F(AppointmentTest, NoShowsAreSetOnceTheDayIsOverAndOnlyAnAdministratorUndoesThem)
{
    const Appointment a = book(u"joint_initial"_s, u"2026-04-06T09:00"_s);
    const Appointment b = book(u"physio"_s, u"2026-04-06T10:00"_s, otherCaseId);
    const Appointment later = book(u"physio"_s, u"2026-04-08T10:00"_s, otherCaseId);
    setNow(QDate(2026, 4, 6), 23, 50);
    EXPECT_THROW(ws().appointments().markNoShow(reception, a.id), CoreError) << "still today";
    EXPECT_EQ(ws().appointments().markNoShows(reception), 0);
    // Just after midnight in Casablanca (23:05 UTC the day before, in summer time).
    setNow(QDate(2026, 4, 7), 0, 5);
    EXPECT_EQ(clock().nowUtc().date(), QDate(2026, 4, 6));
    EXPECT_EQ(ws().appointments().markNoShows(reception), 2);
    EXPECT_EQ(ws().appointments().get(reception, a.id).status, AppointmentStatus::NoShow);
    EXPECT_EQ(ws().appointments().get(reception, b.id).status, AppointmentStatus::NoShow);
    EXPECT_EQ(ws().appointments().get(reception, later.id).status, AppointmentStatus::Scheduled);
    EXPECT_THROW(ws().appointments().undoNoShow(reception, a.id), CoreError);
    EXPECT_EQ(ws().appointments().undoNoShow(admin, a.id).status, AppointmentStatus::Scheduled);
}

TEST_F(AppointmentTest, ARescheduleIsLinkedToTheOriginalAndFreesItsTime)
{
    const Appointment a = book(u"joint_initial"_s, u"2026-04-06T09:00"_s);
    // Moving by 15 minutes overlaps its own old time: that is not a conflict.
    const Appointment moved = ws().appointments().reschedule(
        reception, a.id, LocalTime::fromString(u"2026-04-06T09:15"_s));
    EXPECT_EQ(moved.rescheduledFrom, a.id);
    EXPECT_EQ(moved.start.toString(), u"2026-04-06T09:15"_s);
    EXPECT_EQ(ws().appointments().get(reception, a.id).status, AppointmentStatus::Rescheduled);
    EXPECT_THROW(ws().appointments().reschedule(reception, a.id,
                                                LocalTime::fromString(u"2026-04-07T09:00"_s)),
                 CoreError)
        << "already moved";
    // Onto a holiday: refused, nothing changed.
    EXPECT_THROW(ws().appointments().reschedule(reception, moved.id,
                                                LocalTime::fromString(u"2026-05-01T09:00"_s)),
                 SlotUnavailableError);
    EXPECT_EQ(ws().appointments().get(reception, moved.id).status, AppointmentStatus::Scheduled);
}

TEST_F(AppointmentTest, EachRoleSeesTheDaysItShould)
{
    book(u"joint_initial"_s, u"2026-04-06T09:00"_s);
    book(u"physio"_s, u"2026-04-06T10:00"_s, otherCaseId);
    EXPECT_EQ(ws().appointments().day(reception, QDate(2026, 4, 6)).size(), 2);
    EXPECT_EQ(ws().appointments().day(admin, QDate(2026, 4, 6)).size(), 2);
    // The doctor's and the social worker's own day: the joint visit only.
    EXPECT_EQ(ws().appointments().day(doctor, QDate(2026, 4, 6)).size(), 1);
    EXPECT_EQ(ws().appointments().day(social, QDate(2026, 4, 6)).size(), 1);
    EXPECT_THROW(ws().appointments().day(doctor, QDate(2026, 4, 6), physio), CoreError);
    // Reference data is the administrator's.
    EXPECT_THROW(ws().scheduling().addRoom(reception, {{}, u"Salle 3"_s, true, true, 0}),
                 CoreError);
}

TEST_F(AppointmentTest, ReferenceDataRefusesWhatWouldBreakBookings)
{
    book(u"joint_initial"_s, u"2026-04-08T09:00"_s);
    // A practitioner removed while booked.
    EXPECT_THROW(ws().scheduling().setPractitionerActive(admin, pmr, false), CoreError);
    // An absence over a booking, and overlapping absences.
    EXPECT_THROW(ws().scheduling().addAbsence(admin, {{}, pmr, QDate(2026, 4, 8), {}, {}}),
                 CoreError);
    ws().scheduling().addAbsence(admin, {{}, pmr, QDate(2026, 4, 13), QDate(2026, 4, 17), {}});
    EXPECT_THROW(
        ws().scheduling().addAbsence(admin, {{}, pmr, QDate(2026, 4, 16), QDate(2026, 4, 20), {}}),
        ValidationError);
    EXPECT_THROW(
        ws().scheduling().addAbsence(admin, {{}, pmr, QDate(2026, 4, 30), QDate(2026, 4, 20), {}}),
        ValidationError)
        << "end before start";
    // A closing over a booking; working hours ending before they start.
    EXPECT_THROW(ws().scheduling().addClosing(admin, {{}, {}, QDate(2026, 4, 8), {}, u"Aïd"_s}),
                 CoreError);
    EXPECT_THROW(period(pmr, 1, 12 * 60, 9 * 60), ValidationError);
    EXPECT_THROW(period(pmr, 8, 9 * 60, 10 * 60), ValidationError);
    EXPECT_THROW(period(pmr, 1, 10 * 60, 11 * 60), ValidationError) << "overlaps 09:00-12:00";
    EXPECT_THROW(service(u"bad code"_s, 30, {u"doctor"_s}, RoomNeed::None), ValidationError);
    EXPECT_THROW(service(u"empty"_s, 30, {}, RoomNeed::None), ValidationError);
    EXPECT_THROW(service(u"joint_initial"_s, 30, {u"doctor"_s}, RoomNeed::None), ValidationError);
    EXPECT_EQ(scalar(u"SELECT count(*) FROM absences"_s), 1);
    EXPECT_EQ(scalar(u"SELECT count(*) FROM closing_days"_s), 0);
}
