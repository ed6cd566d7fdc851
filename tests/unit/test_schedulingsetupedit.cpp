// What the administrator's set-up screens need of the core beyond adding: correcting a
// practitioner, removing a period entered by mistake, listing a practitioner's absences.
#include "schedulingtest.h"

using namespace jisr;

class SchedulingSetupEdit : public SchedulingTest
{
};

TEST_F(SchedulingSetupEdit, AnAdministratorCorrectsAPractitionerAndUnlinksTheAccount)
{
    Practitioner p = *ws().scheduling().practitionerOf(doctor);
    p.nameFr = u"  Dr Youssef  El Alaoui "_s;
    p.specialty = u"neurology"_s;
    const Practitioner saved = ws().scheduling().updatePractitioner(admin, p, {});
    EXPECT_EQ(saved.nameFr, u"Dr Youssef El Alaoui"_s);
    EXPECT_TRUE(saved.userAccountId.isEmpty());
    EXPECT_FALSE(ws().scheduling().practitionerOf(doctor).has_value());
    const auto all = ws().scheduling().practitioners(admin);
    const auto it = std::ranges::find(all, pmr, &Practitioner::id);
    ASSERT_NE(it, all.end());
    EXPECT_EQ(it->specialty, u"neurology"_s);
    EXPECT_TRUE(it->active);
}

TEST_F(SchedulingSetupEdit, ABadCorrectionIsRefusedAndChangesNothing)
{
    Practitioner p = *ws().scheduling().practitionerOf(doctor);
    p.nameFr.clear();
    p.nameAr.clear();
    EXPECT_THROW(ws().scheduling().updatePractitioner(admin, p, doctor.login), ValidationError);
    p = *ws().scheduling().practitionerOf(doctor);
    p.nameFr = u"Quelqu'un"_s;
    EXPECT_THROW(ws().scheduling().updatePractitioner(reception, p, doctor.login), CoreError);
    EXPECT_EQ(ws().scheduling().practitionerOf(doctor)->nameFr, u"Dr Youssef Alaoui"_s);
}

TEST_F(SchedulingSetupEdit, ARemovedPeriodNoLongerOffersSlots)
{
    const int before = ws().scheduling().workingHours(admin, physio).size();
    const QString monday = ws().scheduling().workingHours(admin, physio).first().id;
    EXPECT_THROW(ws().scheduling().removeWorkingPeriod(reception, monday), CoreError);
    ws().scheduling().removeWorkingPeriod(admin, monday);
    EXPECT_EQ(ws().scheduling().workingHours(admin, physio).size(), before - 1);
    jisr::SlotQuery q;
    q.caseId = caseId;
    q.from = QDate(2026, 4, 6); // a Monday: only the afternoon is left
    q.to = q.from;
    const auto found = ws().appointments().findSlots(reception, q, u"physio"_s);
    ASSERT_FALSE(found.isEmpty());
    EXPECT_GE(found.first().start.minute, 14 * 60);
    EXPECT_THROW(ws().scheduling().removeWorkingPeriod(admin, monday), CoreError);
}

TEST_F(SchedulingSetupEdit, AbsencesAreListedPerPractitioner)
{
    ws().scheduling().addAbsence(admin,
                                 {{}, physio, QDate(2026, 5, 4), QDate(2026, 5, 8), u"Congé"_s});
    ws().scheduling().addAbsence(admin, {{}, sw, QDate(2026, 5, 4), {}, {}});
    const auto absences = ws().scheduling().absences(admin, physio);
    ASSERT_EQ(absences.size(), 1);
    EXPECT_EQ(absences.first().to, QDate(2026, 5, 8));
    EXPECT_EQ(absences.first().reason, u"Congé"_s);
}
