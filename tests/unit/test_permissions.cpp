// The whole role x capability matrix, through the core services with real logged-in accounts:
// hiding a widget is not a permission, the core refuses and records the refusal.
#include "accounts/authservice.h"
#include "accounts/userservice.h"
#include "cases/casefileservice.h"
#include "cases/casemediaservice.h"
#include "cases/casenoteservice.h"
#include "centre/settingsservice.h"
#include "demo/demodataloader.h"
#include "evaluation/evaluationservice.h"
#include "jisrtest.h"
#include "platform/audit/auditlog.h"
#include "platform/audit/auditservice.h"
#include "platform/errors/coreerror.h"
#include "scheduling/appointmentservice.h"
#include "scheduling/schedulingsetupservice.h"

#include <QFile>
#include <QImage>
#include <QSet>
#include <functional>

using namespace Qt::StringLiterals;

using namespace jisr;
using C = Capability;

namespace {

// Issue 4's table, written out independently of accesscontrol.cpp so that a drift fails here.
const QMap<Role, QSet<Capability>> Expected = {
    {Role::Reception,
     {C::ReadIdentity, C::EditIdentity, C::ManageDocuments, C::BookAppointments, C::CheckIn,
      C::ViewSchedules, C::OpenEvaluations}},
    {Role::Doctor,
     {C::ReadIdentity, C::ReadMedicalNotes, C::WriteMedicalNotes, C::BookAppointments,
      C::MarkConsultations, C::EvaluateMedical}},
    {Role::SocialWorker,
     {C::ReadIdentity, C::ReadSocialNotes, C::WriteSocialNotes, C::BookAppointments,
      C::ManageDocuments, C::MarkConsultations, C::OpenEvaluations, C::EvaluateSocial}},
    {Role::Administrator,
     {C::ReadIdentity, C::EditIdentity, C::ManageDocuments, C::ApproveCards, C::PrintCards,
      C::ManageUsers, C::ManageSettings, C::ExportData, C::ImportData, C::ViewAudit,
      C::EmergencyMedicalAccess, C::LoadDemoData, C::ViewSchedules, C::ManageScheduling,
      C::OpenEvaluations, C::DecideEvaluations}},
};

} // namespace

class PermissionMatrixTest : public WorkspaceTest
{
protected:
    void SetUp() override
    {
        WorkspaceTest::SetUp();
        UserAccount admin;
        admin.login = u"admin"_s;
        admin.nameFr = u"Admin"_s;
        admin.roles = {Role::Administrator};
        ws().users().createFirstAdministrator(admin, password);
        const Actor adminActor = ws().auth().login(u"admin"_s, password).actor;
        for (Role role : {Role::Reception, Role::Doctor, Role::SocialWorker}) {
            UserAccount a;
            a.login = roleCode(role).replace(u'_', u'-');
            a.nameFr = a.login;
            a.roles = {role};
            ws().users().add(adminActor, a, password);
        }
        caseId = ws().cases().create(adminActor, sampleCase()).id;
        // Appointments: the doctor and the social worker are practitioners, working all day.
        Practitioner p;
        p.nameFr = u"Dr Alaoui"_s;
        p.profession = u"doctor"_s;
        p.specialty = u"pmr"_s;
        const QString doctorId = ws().scheduling().addPractitioner(adminActor, p, u"doctor"_s).id;
        p.nameFr = u"Nadia Tazi"_s;
        p.profession = u"social_worker"_s;
        p.specialty.clear();
        const QString socialId =
            ws().scheduling().addPractitioner(adminActor, p, u"social-worker"_s).id;
        p.nameFr = u"Karim Fassi"_s;
        p.profession = u"physiotherapist"_s;
        physioId = ws().scheduling().addPractitioner(adminActor, p).id;
        for (const QString &id : {doctorId, socialId})
            for (int d = 1; d <= 7; ++d)
                ws().scheduling().addWorkingPeriod(adminActor, {{}, id, d, 0, 24 * 60, {}, {}});
        Service joint;
        joint.code = u"joint"_s;
        joint.nameFr = u"Bilan conjoint"_s;
        joint.minutes = 15;
        joint.needs = {ServiceNeed::fromCode(u"doctor:pmr"_s),
                       ServiceNeed::fromCode(u"social_worker"_s)};
        ws().scheduling().addService(adminActor, joint);
        QFile scan(dataDir() + u"/scan.pdf"_s);
        ASSERT_TRUE(scan.open(QIODevice::WriteOnly));
        scan.write("%PDF-1.4\n%%EOF\n");
    }

    // Each account logs in once (it then chooses its own password) and keeps its session.
    Actor login(Role role)
    {
        if (!m_sessions.contains(role))
            m_sessions.insert(role, firstLogin(role));
        return m_sessions.value(role);
    }
    Actor firstLogin(Role role)
    {
        const QString name =
            role == Role::Administrator ? u"admin"_s : roleCode(role).replace(u'_', u'-');
        const LoginResult r = ws().auth().login(name, password);
        // Accounts made by the administrator first choose their own password, as at the desk.
        return r.mustChangePassword
                   ? ws().users().changeOwnPassword(r.actor, password, password + u"-own"_s)
                   : r.actor;
    }

    // One real core call per capability that has a service today.
    std::function<void(const Actor &)> callFor(Capability cap)
    {
        switch (cap) {
        case C::ReadIdentity:
            return [this](const Actor &a) { ws().cases().open(a, caseId); };
        case C::EditIdentity:
            return [this](const Actor &a) {
                CaseFile c = ws().cases().open(login(Role::Administrator), caseId);
                c.address = u"Hay "_s + a.login;
                ws().cases().update(a, c);
            };
        case C::ReadMedicalNotes:
            return
                [this](const Actor &a) { ws().notes().list(a, caseId, CaseNote::Kind::Medical); };
        case C::WriteMedicalNotes:
            return [this](const Actor &a) {
                ws().notes().add(a, caseId, CaseNote::Kind::Medical, u"clinical"_s, u"Note"_s);
            };
        case C::ReadSocialNotes:
            return [this](const Actor &a) { ws().notes().list(a, caseId, CaseNote::Kind::Social); };
        case C::WriteSocialNotes:
            return [this](const Actor &a) {
                ws().notes().add(a, caseId, CaseNote::Kind::Social, u"family"_s, u"Note"_s);
            };
        case C::ManageDocuments:
            return [this](const Actor &a) {
                ws().media().addDocument(a, caseId, dataDir() + u"/scan.pdf"_s, u"other"_s,
                                         u"Scan"_s, QDate::currentDate());
            };
        case C::ManageUsers:
            return [this](const Actor &a) { ws().users().list(a); };
        case C::ManageSettings:
            return [this](const Actor &a) { ws().centreSettings().setIdleLockMinutes(a, 7); };
        case C::ViewAudit:
            return [this](const Actor &a) { ws().auditQueries().list(a, {}); };
        case C::EmergencyMedicalAccess:
            return [this](const Actor &a) {
                ws().notes().beginEmergencyAccess(a, caseId, u"Patient unconscious at the desk"_s);
            };
        case C::LoadDemoData:
            return [this](const Actor &a) {
                DemoDataLoader::markAsDemoDatabase(ws().settings());
                DemoDataLoader::load(ws(), a, 1, 5);
            };
        case C::BookAppointments:
            return [this](const Actor &a) {
                ws().appointments().findSlots(a, slotQuery(), u"joint"_s);
            };
        case C::CheckIn:
            return [this](const Actor &a) { ws().appointments().markNoShows(a); };
        case C::ViewSchedules:
            return
                [this](const Actor &a) { ws().appointments().day(a, clock().today(), physioId); };
        case C::MarkConsultations:
            return [this](const Actor &a) {
                // A visit of the doctor and the social worker, arrived: its practitioners mark it.
                const Actor desk = actorWith(Role::Reception);
                const SlotOption first =
                    ws().appointments().findSlots(desk, slotQuery(), u"joint"_s).first();
                clock().set(ws().appointments().instantOf(first.start));
                const QString id =
                    ws().appointments().book(desk, {caseId, u"joint"_s, first.start, {}, {}}).id;
                ws().appointments().checkIn(desk, id);
                ws().appointments().start(a, id);
            };
        case C::ManageScheduling:
            return [this](const Actor &a) {
                ws().scheduling().addRoom(a, {{}, u"Salle "_s + a.login, true, true, 0});
            };
        case C::OpenEvaluations:
            return [this](const Actor &a) { ws().evaluations().open(a, freshCase(), u"first"_s); };
        case C::EvaluateMedical:
            return [this](const Actor &a) {
                MedicalAssessment m;
                m.impairments = {{u"hearing"_s, 2}};
                ws().evaluations().recordMedical(a, openEvaluation(), m);
            };
        case C::EvaluateSocial:
            return [this](const Actor &a) {
                SocialAssessment s;
                s.participation = {{u"communication"_s, {2, 1}}};
                ws().evaluations().recordSocial(a, openEvaluation(), s);
            };
        case C::DecideEvaluations:
            return [this](const Actor &a) {
                EvaluationService::Decision d;
                d.eligible = true;
                d.degree = u"mild"_s;
                d.types = {u"hearing"_s};
                d.reference = u"CPH-1"_s;
                d.date = ws().clock().today();
                ws().evaluations().decide(a, submittedEvaluation(), d);
            };
        default:
            return {}; // cards, import/export: their services come with their issues
        }
    }

    SlotQuery slotQuery()
    {
        SlotQuery q;
        q.caseId = caseId;
        q.from = clock().today();
        q.to = q.from.addDays(14);
        q.limit = 1;
        return q;
    }

    // A new case file of its own for each call, since one application is open at a time.
    QString freshCase()
    {
        // Nobody the duplicate finder would take for the first file.
        static const QList<std::pair<QString, QString>> names = {
            {u"بناني"_s, u"Bennani"_s},   {u"التازي"_s, u"Tazi"_s},
            {u"الفاسي"_s, u"Fassi"_s},    {u"برادة"_s, u"Berrada"_s},
            {u"الصقلي"_s, u"Sqalli"_s},   {u"الشرايبي"_s, u"Chraibi"_s},
            {u"العمراني"_s, u"Amrani"_s}, {u"الإدريسي"_s, u"Idrissi"_s},
            {u"القادري"_s, u"Kadiri"_s},  {u"الوزاني"_s, u"Ouazzani"_s},
            {u"الكتاني"_s, u"Kettani"_s}, {u"المريني"_s, u"Merini"_s}};
        const auto &[ar, lat] = names.at(m_cases % names.size());
        CaseFile c = sampleCase(ar, u"سعيد"_s, lat, u"Said"_s);
        c.cin.clear();
        c.phone.clear();
        c.birthDate = QDate(1970 + m_cases, 1 + m_cases % 12, 1 + m_cases % 28);
        c.birthYear = c.birthDate.year();
        ++m_cases;
        return ws().cases().create(login(Role::Administrator), c, true).id;
    }
    QString openEvaluation()
    {
        return ws().evaluations().open(login(Role::Administrator), freshCase(), u"first"_s).id;
    }
    QString submittedEvaluation()
    {
        const Actor admin = login(Role::Administrator);
        const QString c = freshCase();
        const QString id = ws().evaluations().open(admin, c, u"first"_s).id;
        for (const QString &type : {u"cin_copy"_s, u"medical_report"_s, u"social_inquiry"_s})
            ws().media().addDocument(admin, c, dataDir() + u"/scan.pdf"_s, type, type,
                                     ws().clock().today());
        QImage photo(60, 80, QImage::Format_RGB32);
        photo.fill(Qt::gray);
        ws().media().setPhoto(admin, c, photo);
        MedicalAssessment m;
        m.impairments = {{u"hearing"_s, 2}};
        ws().evaluations().recordMedical(login(Role::Doctor), id, m);
        SocialAssessment s;
        s.participation = {{u"communication"_s, {2, 1}}};
        ws().evaluations().recordSocial(login(Role::SocialWorker), id, s);
        return ws().evaluations().submit(admin, id).id;
    }

    const QString password = u"correct horse battery"_s;
    QString caseId;
    QString physioId;
    int m_cases = 0;
    QMap<Role, Actor> m_sessions;
};

TEST_F(PermissionMatrixTest, TheRoleTableIsExactlyTheIssuesTable)
{
    for (Role role : allRoles())
        EXPECT_EQ(capabilitiesOf(role), Expected.value(role)) << roleCode(role).toStdString();
}

TEST_F(PermissionMatrixTest, EveryRoleTimesEveryCapabilityThroughTheServices)
{
    int calls = 0;
    for (Role role : allRoles()) {
        const Actor actor = login(role);
        for (Capability cap : allCapabilities()) {
            const auto call = callFor(cap);
            if (!call)
                continue;
            ++calls;
            const bool allowed = Expected.value(role).contains(cap);
            const qint64 deniedBefore =
                scalar(u"SELECT count(*) FROM audit_log WHERE action = 'permission_denied'"_s);
            const std::string what =
                roleCode(role).toStdString() + " / " + capabilityCode(cap).toStdString();
            if (allowed) {
                try {
                    call(actor);
                } catch (const CoreError &e) {
                    ADD_FAILURE() << what << ": " << e.message().toStdString();
                }
            } else {
                try {
                    call(actor);
                    ADD_FAILURE() << what << " was allowed";
                } catch (const CoreError &e) {
                    EXPECT_EQ(e.kind(), ErrorKind::PermissionDenied) << what;
                    EXPECT_FALSE(e.message().isEmpty());
                }
                EXPECT_EQ(scalar(u"SELECT count(*) FROM audit_log WHERE action = "
                                 "'permission_denied'"_s),
                          deniedBefore + 1)
                    << what << ": the refusal is recorded";
            }
        }
    }
    EXPECT_GE(calls, 4 * 12);
}

TEST_F(PermissionMatrixTest, ReceptionCallingTheMedicalNotesServiceDirectlyIsRefused)
{
    const Actor doctor = login(Role::Doctor);
    ws().notes().add(doctor, caseId, CaseNote::Kind::Medical, u"diagnosis"_s,
                     u"Paraplégie post-traumatique"_s);
    const Actor reception = login(Role::Reception);
    EXPECT_THROW(ws().notes().list(reception, caseId, CaseNote::Kind::Medical), CoreError);
    EXPECT_THROW(ws().notes().list(login(Role::SocialWorker), caseId, CaseNote::Kind::Medical),
                 CoreError);
    EXPECT_EQ(ws().notes().list(doctor, caseId, CaseNote::Kind::Medical).size(), 1);
}

TEST_F(PermissionMatrixTest, AdministratorReadsMedicalNotesOnlyThroughAnAuditedEmergency)
{
    const Actor doctor = login(Role::Doctor);
    ws().notes().add(doctor, caseId, CaseNote::Kind::Medical, u"clinical"_s,
                     u"Épilepsie, traitement en cours"_s);
    const Actor admin = login(Role::Administrator);
    EXPECT_THROW(ws().notes().list(admin, caseId, CaseNote::Kind::Medical), CoreError);
    EXPECT_THROW(ws().notes().beginEmergencyAccess(admin, caseId, u"urgent"_s), CoreError)
        << "a reason is required";
    const Actor elevated = ws().notes().beginEmergencyAccess(
        admin, caseId, u"Crise à l'accueil, le médecin est absent"_s);
    EXPECT_EQ(ws().notes().list(elevated, caseId, CaseNote::Kind::Medical).size(), 1);
    // Only for that file, and never to write.
    const QString other =
        ws().cases().create(admin, sampleCase(u"بناني"_s, u"سعاد"_s, u"Bennani"_s, u"Souad"_s)).id;
    EXPECT_THROW(ws().notes().list(elevated, other, CaseNote::Kind::Medical), CoreError);
    EXPECT_THROW(ws().notes().add(elevated, caseId, CaseNote::Kind::Medical, u"clinical"_s, u"x"_s),
                 CoreError);
    const QList<AuditEntry> shown = ws().auditQueries().emergencyAccesses(admin);
    ASSERT_EQ(shown.size(), 1);
    EXPECT_TRUE(shown.first().details.contains(u"médecin est absent"_s));
    EXPECT_EQ(shown.first().caseId, caseId);
    // Shown to the doctors too, whose notes were read, file by file; not to reception.
    EXPECT_EQ(ws().auditQueries().emergencyAccesses(doctor, {}, caseId).size(), 1);
    EXPECT_EQ(ws().auditQueries().emergencyAccesses(doctor, {}, other).size(), 0);
    EXPECT_THROW(ws().auditQueries().emergencyAccesses(login(Role::Reception)), CoreError);
}

TEST_F(PermissionMatrixTest, NoteContentNeverReachesTheAuditLog)
{
    ws().notes().add(login(Role::Doctor), caseId, CaseNote::Kind::Medical, u"diagnosis"_s,
                     u"Trisomie 21"_s);
    EXPECT_EQ(scalar(u"SELECT count(*) FROM audit_log WHERE details LIKE '%Trisomie%'"_s), 0);
    EXPECT_EQ(scalar(u"SELECT count(*) FROM change_log WHERE table_name = 'case_notes'"_s), 1);
}
