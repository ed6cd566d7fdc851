// What the front desk reads: the day's appointments each role may see, with the person's names
// in both scripts, read for the whole day at once.
#include "scheduling/frontdeskservice.h"
#include "schedulingtest.h"

using namespace jisr;

using FrontDeskServiceTest = SchedulingTest;

TEST_F(FrontDeskServiceTest, EachLineNamesThePersonInBothScriptsInTimeOrder)
{
    book(u"pmr"_s, u"2026-04-06T10:00"_s, otherCaseId);
    book(u"physio"_s, u"2026-04-06T09:00"_s);
    const QList<FrontDeskEntry> day =
        FrontDeskService(ws().platform(), ws().appointments()).day(reception, QDate(2026, 4, 6));
    ASSERT_EQ(day.size(), 2);
    EXPECT_EQ(day.at(0).appointment.start.toString(), u"2026-04-06T09:00"_s);
    EXPECT_EQ(day.at(1).nameLat, u"Souad Bennani"_s);
    EXPECT_EQ(day.at(1).nameAr, u"سعاد بناني"_s);
    EXPECT_FALSE(day.at(0).nameAr.isEmpty());
    EXPECT_FALSE(day.at(0).appointment.dossierNo.isEmpty());
}

TEST_F(FrontDeskServiceTest, APractitionerReadsTheirOwnDayOnly)
{
    book(u"pmr"_s, u"2026-04-06T10:00"_s, otherCaseId, {pmr});
    book(u"physio"_s, u"2026-04-06T09:00"_s);
    FrontDeskService desk(ws().platform(), ws().appointments());
    ASSERT_EQ(desk.day(doctor, QDate(2026, 4, 6)).size(), 1);
    EXPECT_EQ(desk.day(doctor, QDate(2026, 4, 6)).first().nameLat, u"Souad Bennani"_s);
    EXPECT_TRUE(desk.day(social, QDate(2026, 4, 6)).isEmpty());
}
