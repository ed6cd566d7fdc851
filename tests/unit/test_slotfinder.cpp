// The joint slot finder through the real AppointmentService on a real centre: joint needs,
// sequences, seasonal hours, the Ramadan change of UTC offset, holidays, closings, absences and
// the beneficiary's own bookings.
#include "schedulingtest.h"

using namespace jisr;

using SlotFinderTest = SchedulingTest;

TEST_F(SlotFinderTest, AJointVisitStartsWhenTheDoctorTheSocialWorkerAndARoomAreAllFree)
{
    const auto options = freeSlots(u"joint_initial"_s, QDate(2026, 4, 6));
    ASSERT_EQ(options.size(), 5);
    EXPECT_EQ(at(options.first()), u"2026-04-06T09:00"_s);
    EXPECT_EQ(options.first().end.toString(), u"2026-04-06T09:45"_s);
    EXPECT_EQ(options.first().practitionerIds(), (QStringList{pmr, sw}));
    EXPECT_EQ(options.first().roomId(), accessibleRoom) << "the service needs an accessible room";
    for (qsizetype i = 1; i < options.size(); ++i)
        EXPECT_LT(options.at(i - 1).start, options.at(i).start) << "earliest first";
    // The last start fits the morning: 11:15 + 45 min = 12:00; then the afternoon.
    const auto many = freeSlots(u"joint_initial"_s, QDate(2026, 4, 6), 11);
    EXPECT_EQ(at(many.at(9)), u"2026-04-06T11:15"_s);
    EXPECT_EQ(at(many.at(10)), u"2026-04-06T14:00"_s);
}

TEST_F(SlotFinderTest, EachPractitionersBookingsAndTheRoomsPushTheJointVisitLater)
{
    book(u"pmr"_s, u"2026-04-06T09:00"_s, otherCaseId, {pmr}); // the doctor until 09:45
    EXPECT_EQ(at(freeSlots(u"joint_initial"_s, QDate(2026, 4, 6)).first()), u"2026-04-06T09:45"_s);
    // The accessible room is taken 09:45-10:30 by another joint visit (pmr2 cannot: mornings
    // off), so the next one waits for it.
    book(u"joint_initial"_s, u"2026-04-06T09:45"_s, otherCaseId);
    const auto options = freeSlots(u"joint_initial"_s, QDate(2026, 4, 6));
    EXPECT_EQ(at(options.first()), u"2026-04-06T10:30"_s);
}

TEST_F(SlotFinderTest, TheBeneficiarysOwnBookingsAreAvoided)
{
    book(u"physio"_s, u"2026-04-06T09:00"_s); // the same person, with the physiotherapist
    const auto options = freeSlots(u"joint_initial"_s, QDate(2026, 4, 6));
    EXPECT_EQ(at(options.first()), u"2026-04-06T09:30"_s);
    // Someone else is not held up by it.
    EXPECT_EQ(at(freeSlots(u"joint_initial"_s, QDate(2026, 4, 6), 1, otherCaseId).first()),
              u"2026-04-06T09:00"_s);
    EXPECT_NE(refusal(u"joint_initial"_s, u"2026-04-06T09:15"_s).indexOf(u"beneficiary"_s), -1);
}

TEST_F(SlotFinderTest, ASequenceKeepsItsOrderAndItsLongestGap)
{
    // The physiotherapist only from 10:30 on that Tuesday.
    book(u"physio"_s, u"2026-04-07T09:00"_s, otherCaseId);
    book(u"physio"_s, u"2026-04-07T09:30"_s, otherCaseId);
    book(u"physio"_s, u"2026-04-07T10:00"_s, otherCaseId);
    const auto options = freeSlots(u"pmr_then_physio"_s, QDate(2026, 4, 7));
    ASSERT_FALSE(options.isEmpty());
    // 09:00-09:30 then 10:30 would leave 60 min; 09:30-10:00 then 10:30 leaves 30: allowed.
    EXPECT_EQ(at(options.first()), u"2026-04-07T09:30"_s);
    ASSERT_EQ(options.first().parts.size(), 2);
    EXPECT_EQ(options.first().parts.at(0).resourceId, pmr);
    EXPECT_EQ(options.first().parts.at(1).resourceId, physio);
    EXPECT_EQ(options.first().parts.at(1).start.toString(), u"2026-04-07T10:30"_s);
    EXPECT_EQ(options.first().end.toString(), u"2026-04-07T11:00"_s);
    // Booked, both parts are held: the doctor's 09:30 and the physiotherapist's 10:30.
    const Appointment a = book(u"pmr_then_physio"_s, u"2026-04-07T09:30"_s);
    EXPECT_EQ(a.kind, u"sequence"_s);
    EXPECT_EQ(a.parts.size(), 2);
    EXPECT_EQ(at(freeSlots(u"physio"_s, QDate(2026, 4, 7), 1, otherCaseId).first()),
              u"2026-04-07T11:00"_s);
}

TEST_F(SlotFinderTest, SeasonalHoursReplaceTheUsualOnesInsideTheirDates)
{
    // Ramadan 2027 hours for everyone: 09:00-15:00 without a break, Monday to Friday.
    for (const QString &id : {pmr, sw})
        weekdays(id, 9 * 60, 15 * 60, QDate(2027, 2, 8), QDate(2027, 3, 9));
    setNow(QDate(2027, 2, 1), 8, 0);
    // Before Ramadan: the usual break from 12:00 to 14:00.
    auto before = freeSlots(u"joint_initial"_s, QDate(2027, 2, 5), 11);
    EXPECT_EQ(at(before.at(10)), u"2027-02-05T14:00"_s);
    // During: continuous until 15:00, and nothing after.
    auto during = freeSlots(u"joint_initial"_s, QDate(2027, 2, 10), 30);
    QStringList starts;
    for (const SlotOption &o : during)
        if (o.start.date == QDate(2027, 2, 10))
            starts << at(o).mid(11);
    EXPECT_TRUE(starts.contains(u"12:00"_s));
    EXPECT_EQ(starts.last(), u"14:15"_s);
}

TEST_F(SlotFinderTest, AppointmentsStayAtTheirLocalTimeAcrossTheRamadanOffsetChange)
{
    // 15 Feb 2026 to 22 Mar 2026, Morocco is on UTC+0; otherwise UTC+1.
    setNow(QDate(2026, 3, 2), 8, 30); // in Ramadan: 08:30 local is 08:30 UTC
    EXPECT_EQ(clock().nowUtc().time(), QTime(8, 30));
    EXPECT_EQ(at(freeSlots(u"joint_initial"_s, QDate(2026, 3, 2)).first()), u"2026-03-02T09:00"_s);
    // Booked during Ramadan for a day after the change: still 10:00 on that day.
    const Appointment a = book(u"joint_initial"_s, u"2026-03-23T10:00"_s);
    EXPECT_EQ(ws().appointments().get(reception, a.id).start.toString(), u"2026-03-23T10:00"_s);
    EXPECT_EQ(ws().appointments().instantOf(a.start).toUTC().time(), QTime(9, 0));
    EXPECT_EQ(ws().appointments().instantOf({QDate(2026, 3, 20), 600}).toUTC().time(),
              QTime(10, 0));
    // After the change, 08:30 UTC is already 09:30 in Casablanca: nothing before it today.
    clock().set(QDateTime(QDate(2026, 3, 23), QTime(8, 30), QTimeZone::utc()));
    EXPECT_EQ(at(freeSlots(u"physio"_s, QDate(2026, 3, 23), 1, otherCaseId).first()),
              u"2026-03-23T09:30"_s);
    EXPECT_NE(refusal(u"physio"_s, u"2026-03-23T09:15"_s, otherCaseId), u"booked"_s);
}

TEST_F(SlotFinderTest, NationalHolidaysAndClosingDaysAreSkipped)
{
    setNow(QDate(2026, 4, 30), 8, 0);
    // Friday 1 May is Labour Day, then the weekend: the first option is Monday 4 May.
    EXPECT_EQ(at(freeSlots(u"joint_initial"_s, QDate(2026, 5, 1)).first()), u"2026-05-04T09:00"_s);
    const QString why = refusal(u"joint_initial"_s, u"2026-05-01T10:00"_s);
    EXPECT_NE(why.indexOf(u"closed"_s), -1) << why.toStdString();
    EXPECT_NE(why.indexOf(u"Labour Day"_s), -1) << why.toStdString();
    // Eid al-Adha entered by the administrator for 2026 (27-28 May).
    ws().scheduling().addClosing(
        admin, {{}, {}, QDate(2026, 5, 27), QDate(2026, 5, 28), u"Aïd al-Adha"_s});
    EXPECT_EQ(at(freeSlots(u"joint_initial"_s, QDate(2026, 5, 27)).first()), u"2026-05-29T09:00"_s);
    EXPECT_NE(refusal(u"joint_initial"_s, u"2026-05-28T09:00"_s).indexOf(u"Aïd"_s), -1);
}

TEST_F(SlotFinderTest, AnAbsenceMovesTheVisitAndIsNamedWhenBookingIntoIt)
{
    ws().scheduling().addAbsence(admin,
                                 {{}, sw, QDate(2026, 4, 6), QDate(2026, 4, 7), u"Formation"_s});
    EXPECT_EQ(at(freeSlots(u"joint_initial"_s, QDate(2026, 4, 6)).first()), u"2026-04-08T09:00"_s);
    EXPECT_NE(refusal(u"joint_initial"_s, u"2026-04-07T09:00"_s).indexOf(u"absent"_s), -1);
}

TEST_F(SlotFinderTest, PreferencesNarrowTheOptions)
{
    SlotQuery q;
    q.caseId = caseId;
    q.from = QDate(2026, 4, 6);
    q.to = QDate(2026, 4, 30);
    q.dayPart = SlotQuery::DayPart::Afternoon;
    EXPECT_EQ(at(ws().appointments().findSlots(reception, q, u"joint_initial"_s).first()),
              u"2026-04-06T14:00"_s);
    q.dayPart = SlotQuery::DayPart::Any;
    q.weekday = 3;
    EXPECT_EQ(at(ws().appointments().findSlots(reception, q, u"joint_initial"_s).first()),
              u"2026-04-08T09:00"_s);
    q.weekday = 0;
    q.practitionerIds = {pmr2}; // works afternoons only
    const auto withPmr2 = ws().appointments().findSlots(reception, q, u"joint_initial"_s);
    EXPECT_EQ(at(withPmr2.first()), u"2026-04-06T14:00"_s);
    EXPECT_EQ(withPmr2.first().practitionerIds(), (QStringList{pmr2, sw}));
}

TEST_F(SlotFinderTest, NothingInThePastAndTheRestOfTodayOnly)
{
    setNow(QDate(2026, 4, 6), 10, 7);
    EXPECT_EQ(at(freeSlots(u"joint_initial"_s, QDate(2026, 4, 6)).first()), u"2026-04-06T10:15"_s);
    EXPECT_NE(refusal(u"joint_initial"_s, u"2026-04-06T09:00"_s), u"booked"_s);
}

TEST_F(SlotFinderTest, AServiceNeedingAProfessionNobodyHasSaysSo)
{
    service(u"speech"_s, 30, {u"speech_therapist"_s}, RoomNeed::None);
    try {
        freeSlots(u"speech"_s, QDate(2026, 4, 6));
        ADD_FAILURE() << "no speech therapist";
    } catch (const CoreError &e) {
        EXPECT_EQ(e.kind(), ErrorKind::BadInput);
        EXPECT_NE(e.message().indexOf(u"speech_therapist"_s), -1);
    }
}

TEST_F(SlotFinderTest, BadSearchesAreRefusedClearly)
{
    SlotQuery q;
    q.caseId = caseId;
    q.from = QDate(2026, 4, 10);
    q.to = QDate(2026, 4, 9);
    EXPECT_THROW(ws().appointments().findSlots(reception, q, u"joint_initial"_s), ValidationError);
    q.to = {};
    EXPECT_THROW(ws().appointments().findSlots(reception, q, u"nope"_s), CoreError);
    q.from = QDate(2026, 2, 31);
    EXPECT_FALSE(q.from.isValid());
    EXPECT_THROW(ws().appointments().findSlots(reception, q, u"joint_initial"_s), ValidationError);
}
