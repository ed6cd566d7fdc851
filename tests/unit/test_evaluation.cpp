// The path from an application to the committee's decision: its state machine, its checklist
// and who may do what, through the real service with the real accounts of each role.
#include "cases/casefileservice.h"
#include "evaluation/evaluationservice.h"
#include "evaluationpath.h"
#include "jisrtest.h"
#include "platform/errors/validationerror.h"

using namespace Qt::StringLiterals;
using namespace jisr;

class EvaluationTest : public WorkspaceTest
{
protected:
    EvaluationTest()
        : admin(actorWith(Role::Administrator)), reception(actorWith(Role::Reception)),
          doctor(actorWith(Role::Doctor)), social(actorWith(Role::SocialWorker))
    {
        caseId = ws().cases().create(admin, sampleCase()).id;
    }

    EvaluationService &evaluations() { return ws().evaluations(); }
    EvaluationService::Decision eligible()
    {
        EvaluationService::Decision d;
        d.eligible = true;
        d.degree = u"moderate"_s;
        d.types = {u"motor"_s, u"speech"_s};
        d.reference = u"CPH-2026-12"_s;
        d.date = clock().today();
        return d;
    }
    qint64 denials()
    {
        return scalar(u"SELECT count(*) FROM audit_log WHERE action = 'permission_denied'"_s);
    }

    Actor admin, reception, doctor, social;
    QString caseId;
};

TEST_F(EvaluationTest, AnApplicationGoesThroughBothPartsToTheDecision)
{
    EvaluationPath::completeFile(*m_centre, caseId);
    const QString id = EvaluationPath::evaluated(*m_centre, caseId);
    EXPECT_EQ(evaluations().get(admin, id).state, u"open"_s);
    EXPECT_EQ(evaluations().submit(reception, id).state, u"submitted"_s);
    const Evaluation decided = evaluations().decide(admin, id, eligible());
    EXPECT_EQ(decided.state, u"decided"_s);
    ASSERT_TRUE(decided.eligible.has_value());
    EXPECT_TRUE(*decided.eligible);
    // Seven years by default, the last day included.
    EXPECT_EQ(decided.validFrom, clock().today());
    EXPECT_EQ(decided.validUntil, clock().today().addYears(7).addDays(-1));
    // The decision is visible to every role, read back from the database.
    const Evaluation seen = evaluations().get(doctor, id);
    EXPECT_EQ(seen.types, (QStringList{u"motor"_s, u"speech"_s}));
    EXPECT_EQ(seen.decisionRef, u"CPH-2026-12"_s);
    EXPECT_EQ(scalar(u"SELECT count(*) FROM audit_log WHERE action = 'evaluation_decided'"_s), 1);
    EXPECT_GE(scalar(u"SELECT count(*) FROM change_log WHERE table_name = 'evaluations'"_s), 3);
}

TEST_F(EvaluationTest, AnIncompleteChecklistCannotGoToTheCommittee)
{
    const QString id = EvaluationPath::evaluated(*m_centre, caseId);
    const QList<ChecklistItem> list = evaluations().checklist(reception, id);
    ASSERT_FALSE(list.isEmpty());
    for (const ChecklistItem &item : list)
        EXPECT_FALSE(item.present) << item.code.toStdString();
    try {
        evaluations().submit(reception, id);
        ADD_FAILURE() << "submitted with no documents";
    } catch (const ValidationError &e) {
        EXPECT_FALSE(e.message().isEmpty());
        QStringList fields;
        for (const ValidationIssue &i : e.issues())
            fields << i.field;
        EXPECT_TRUE(fields.contains(u"cin_copy"_s));
        EXPECT_TRUE(fields.contains(u"photo"_s));
    }
    EXPECT_EQ(evaluations().get(admin, id).state, u"open"_s) << "nothing half-done";
    EvaluationPath::completeFile(*m_centre, caseId);
    for (const ChecklistItem &item : evaluations().checklist(reception, id))
        EXPECT_TRUE(item.present) << item.code.toStdString();
    EXPECT_NO_THROW(evaluations().submit(reception, id));
}

TEST_F(EvaluationTest, AMinorsApplicationNeedsTheGuardianshipJudgement)
{
    CaseFile child = sampleCase(u"الفاسي"_s, u"ياسين"_s, u"Fassi"_s, u"Yassine"_s);
    child.birthDate = clock().today().addYears(-9);
    child.birthYear = child.birthDate.year();
    child.cin.clear();
    child.guardianName = u"Fatima Fassi"_s;
    child.guardianRelation = u"parent"_s;
    const QString childId = ws().cases().create(admin, child, true).id;
    EvaluationPath::completeFile(*m_centre, childId);
    const QString id = EvaluationPath::evaluated(*m_centre, childId);
    EXPECT_THROW(evaluations().submit(reception, id), ValidationError);
    bool asked = false;
    for (const ChecklistItem &item : evaluations().checklist(reception, id))
        asked = asked || (item.code == u"guardianship_order"_s && !item.present);
    EXPECT_TRUE(asked);
}

TEST_F(EvaluationTest, EachRoleWritesOnlyItsOwnPart)
{
    const QString id = evaluations().open(social, caseId, u"first"_s).id;
    MedicalAssessment m;
    m.impairments = {{u"vision"_s, 4}};
    SocialAssessment s;
    s.participation = {{u"learning"_s, {2, 1}}};
    const qint64 before = denials();
    for (const Actor &a : {admin, reception, social})
        EXPECT_THROW(evaluations().recordMedical(a, id, m), CoreError);
    for (const Actor &a : {admin, reception, doctor})
        EXPECT_THROW(evaluations().recordSocial(a, id, s), CoreError);
    // Reading too: the social worker does not see the medical part, nor the doctor the social.
    EXPECT_THROW(evaluations().medical(social, id), CoreError);
    EXPECT_THROW(evaluations().social(doctor, id), CoreError);
    EXPECT_EQ(denials(), before + 8) << "every refusal is recorded";
    EXPECT_NO_THROW(evaluations().recordMedical(doctor, id, m));
    EXPECT_NO_THROW(evaluations().recordSocial(social, id, s));
    EXPECT_EQ(evaluations().medical(doctor, id)->impairments.value(u"vision"_s), 4);
    EXPECT_EQ(evaluations().social(social, id)->participation.value(u"learning"_s).capacity, 1);
}

// The screens show each part only to its role; the core is what guarantees it: the desk and the
// administrator (who decides) read neither part, and the file's history of changes, which every
// role reads, holds nothing of them.
TEST_F(EvaluationTest, NoOtherRoleReadsTheMedicalOrTheSocialPart)
{
    const QString id = EvaluationPath::evaluated(*m_centre, caseId);
    const qint64 before = denials();
    for (const Actor &a : {admin, reception}) {
        EXPECT_THROW(evaluations().medical(a, id), CoreError);
        EXPECT_THROW(evaluations().social(a, id), CoreError);
    }
    EXPECT_EQ(denials(), before + 4);
    for (const Actor &a : {admin, reception, doctor, social})
        for (const CaseHistoryEntry &e : ws().cases().history(a, caseId))
            for (const CaseHistoryEntry::Change &c : e.changes) {
                EXPECT_FALSE(c.after.contains(u"Paraplégie"_s)) << qPrintable(c.field);
                EXPECT_FALSE(c.after.contains(u"Vit avec ses parents"_s)) << qPrintable(c.field);
            }
    // What every role reads of the evaluation is the application and the decision.
    const QVariantMap visible = evaluations().get(reception, id).toFieldMap();
    for (auto it = visible.cbegin(); it != visible.cend(); ++it)
        EXPECT_FALSE(it.value().toString().contains(u"Paraplégie"_s)) << qPrintable(it.key());
}

TEST_F(EvaluationTest, OnlyAnAdministratorDecides)
{
    const QString id = EvaluationPath::evaluated(*m_centre, caseId);
    EvaluationPath::completeFile(*m_centre, caseId);
    evaluations().submit(reception, id);
    for (const Actor &a : {doctor, reception, social}) {
        try {
            evaluations().decide(a, id, eligible());
            ADD_FAILURE() << a.login.toStdString() << " decided";
        } catch (const CoreError &e) {
            EXPECT_EQ(e.kind(), ErrorKind::PermissionDenied);
        }
    }
    EXPECT_EQ(evaluations().get(admin, id).state, u"submitted"_s);
    // Nor does anyone but reception, social workers and administrators open an application.
    EXPECT_THROW(evaluations().open(doctor, caseId, u"first"_s), CoreError);
}

TEST_F(EvaluationTest, TheStateMachineRefusesOutOfOrderSteps)
{
    const QString id = EvaluationPath::evaluated(*m_centre, caseId);
    EXPECT_THROW(evaluations().decide(admin, id, eligible()), CoreError) << "not submitted";
    EXPECT_THROW(evaluations().open(reception, caseId, u"renewal"_s), CoreError)
        << "one application in progress at a time";
    EvaluationPath::completeFile(*m_centre, caseId);
    evaluations().submit(reception, id);
    EXPECT_THROW(evaluations().submit(reception, id), CoreError);
    MedicalAssessment late;
    late.impairments = {{u"mobility"_s, 1}};
    EXPECT_THROW(evaluations().recordMedical(doctor, id, late), CoreError)
        << "parts are frozen once submitted";
    evaluations().decide(admin, id, eligible());
    EXPECT_THROW(evaluations().decide(admin, id, eligible()), CoreError);
    // A re-evaluation is a new evaluation; the old one stays in the history.
    const Evaluation again = evaluations().open(reception, caseId, u"change"_s);
    EXPECT_EQ(again.supersedesId, id);
    const QList<Evaluation> history = evaluations().history(doctor, caseId);
    ASSERT_EQ(history.size(), 2);
    EXPECT_EQ(history.at(1).state, u"decided"_s);
}

TEST_F(EvaluationTest, ARefusalIsKeptWithItsReasons)
{
    EvaluationPath::completeFile(*m_centre, caseId);
    const QString id = EvaluationPath::evaluated(*m_centre, caseId);
    evaluations().submit(reception, id);
    EvaluationService::Decision no;
    no.eligible = false;
    no.reference = u"CPH-2026-13"_s;
    no.date = clock().today();
    EXPECT_THROW(evaluations().decide(admin, id, no), ValidationError) << "reasons required";
    no.reasons = u"Taux d'incapacité insuffisant"_s;
    const Evaluation refused = evaluations().decide(admin, id, no);
    EXPECT_FALSE(*refused.eligible);
    EXPECT_EQ(evaluations().get(reception, id).reasons, u"Taux d'incapacité insuffisant"_s);
    EXPECT_FALSE(refused.validUntil.isValid());
}

TEST_F(EvaluationTest, BadInputIsRefusedWithNothingWritten)
{
    const QString id = evaluations().open(reception, caseId, u"first"_s).id;
    const qint64 rows = scalar(u"SELECT count(*) FROM change_log"_s);
    MedicalAssessment m;
    m.impairments = {{u"mobility"_s, 5}};
    EXPECT_THROW(evaluations().recordMedical(doctor, id, m), ValidationError);
    m.impairments = {{u"telepathy"_s, 2}};
    EXPECT_THROW(evaluations().recordMedical(doctor, id, m), ValidationError);
    m.impairments = {{u"mobility"_s, 2}};
    m.icd10 = u"paralysis"_s;
    EXPECT_THROW(evaluations().recordMedical(doctor, id, m), ValidationError);
    SocialAssessment s;
    s.participation = {{u"learning"_s, {1, 1}}};
    s.environment = {{u"attitudes"_s, u"neutral"_s}};
    EXPECT_THROW(evaluations().recordSocial(social, id, s), ValidationError);
    EXPECT_THROW(evaluations().open(reception, caseId, u"lifetime"_s), ValidationError);
    EXPECT_EQ(scalar(u"SELECT count(*) FROM change_log"_s), rows);
}

TEST_F(EvaluationTest, TheDiagnosisNeverReachesTheAuditLog)
{
    EvaluationPath::evaluated(*m_centre, caseId);
    EXPECT_EQ(scalar(u"SELECT count(*) FROM audit_log WHERE details LIKE '%Paraplégie%'"_s), 0);
    EXPECT_EQ(scalar(u"SELECT count(*) FROM audit_log WHERE action = "
                     "'evaluation_medical_written'"_s),
              1);
}
