// Recurring series (weekly physiotherapy × 10): across a holiday, all or none, cancelled from
// one occurrence on.
#include "schedulingtest.h"

using namespace jisr;

using AppointmentSeriesTest = SchedulingTest;

namespace {

QStringList startsOf(const QList<Appointment> &list)
{
    QStringList out;
    for (const Appointment &a : list)
        out << a.start.toString();
    return out;
}

} // namespace

TEST_F(AppointmentSeriesTest, AWeeklySeriesCrossingAHolidaySaysWhatMoved)
{
    // Fridays at 10:00 from 17 April 2026: the third one is 1 May, Labour Day.
    const SeriesBooking s = ws().appointments().bookSeries(
        reception, {caseId, u"physio"_s, LocalTime::fromString(u"2026-04-17T10:00"_s), {}, {}}, 10);
    ASSERT_EQ(s.occurrences.size(), 10);
    const QStringList starts = startsOf(s.occurrences);
    EXPECT_EQ(starts.at(0), u"2026-04-17T10:00"_s);
    EXPECT_EQ(starts.at(1), u"2026-04-24T10:00"_s);
    EXPECT_EQ(starts.at(2), u"2026-05-04T09:00"_s) << "the first free time after the holiday";
    EXPECT_EQ(starts.at(3), u"2026-05-08T10:00"_s);
    ASSERT_EQ(s.moved.size(), 1);
    EXPECT_TRUE(s.moved.first().startsWith(u"2026-05-01T10:00 moved to 2026-05-04T09:00"_s))
        << s.moved.first().toStdString();
    EXPECT_NE(s.moved.first().indexOf(u"Labour Day"_s), -1);
    QSet<QString> series;
    for (const Appointment &a : s.occurrences)
        series << a.seriesId;
    EXPECT_EQ(series.size(), 1);
    EXPECT_FALSE(series.values().first().isEmpty());
    EXPECT_EQ(scalar(u"SELECT count(*) FROM audit_log WHERE action = 'appointment_booked'"_s), 1);
}

TEST_F(AppointmentSeriesTest, AnOccurrenceThatCannotBePlacedRefusesTheWholeSeries)
{
    // The physiotherapist is away the whole week of the fourth occurrence.
    ws().scheduling().addAbsence(admin,
                                 {{}, physio, QDate(2026, 5, 4), QDate(2026, 5, 10), u"Congé"_s});
    try {
        ws().appointments().bookSeries(
            reception, {caseId, u"physio"_s, LocalTime::fromString(u"2026-04-13T10:00"_s), {}, {}},
            6);
        ADD_FAILURE() << "the fourth occurrence has nowhere to go";
    } catch (const SlotUnavailableError &e) {
        EXPECT_NE(e.message().indexOf(u"Occurrence 4"_s), -1) << e.message().toStdString();
        EXPECT_NE(e.message().indexOf(u"absent"_s), -1) << e.message().toStdString();
    }
    EXPECT_EQ(scalar(u"SELECT count(*) FROM appointments"_s), 0);
    EXPECT_EQ(scalar(u"SELECT count(*) FROM change_log WHERE table_name = 'appointments'"_s), 0);
}

TEST_F(AppointmentSeriesTest, OneOccurrenceOrThisAndTheFollowingOnes)
{
    const SeriesBooking s = ws().appointments().bookSeries(
        reception, {caseId, u"physio"_s, LocalTime::fromString(u"2026-04-07T11:00"_s), {}, {}}, 6);
    // One occurrence moved, one cancelled: the others stay.
    const Appointment moved = ws().appointments().reschedule(
        reception, s.occurrences.at(1).id, LocalTime::fromString(u"2026-04-15T09:00"_s));
    EXPECT_EQ(moved.seriesId, QString()) << "a moved occurrence is linked to the original";
    ws().appointments().cancel(reception, s.occurrences.at(2).id, u"Fièvre"_s);
    // From the fourth on: three cancelled in one go.
    EXPECT_EQ(
        ws().appointments().cancelSeries(reception, s.occurrences.at(3).id, u"Déménagement"_s), 3);
    QStringList statuses;
    for (const Appointment &a : s.occurrences)
        statuses << appointmentStatusCode(ws().appointments().get(reception, a.id).status);
    EXPECT_EQ(statuses, (QStringList{u"scheduled"_s, u"rescheduled"_s, u"cancelled"_s,
                                     u"cancelled"_s, u"cancelled"_s, u"cancelled"_s}));
    EXPECT_THROW(ws().appointments().cancelSeries(reception, moved.id, u"x"_s), CoreError);
    EXPECT_THROW(ws().appointments().bookSeries(
                     reception,
                     {caseId, u"physio"_s, LocalTime::fromString(u"2026-06-01T10:00"_s), {}, {}},
                     1),
                 ValidationError);
}
