// Synthetic people for demonstrations and benchmarks: valid, varied and reproducible.
#include "cases/casefileservice.h"
#include "cases/casefilevalidator.h"
#include "demo/demodatagenerator.h"
#include "demo/demodataloader.h"
#include "jisrtest.h"
#include "platform/db/database.h"
#include "platform/db/sqlquery.h"
#include "platform/db/sqltransaction.h"
#include "platform/errors/coreerror.h"

#include <QSet>

using namespace Qt::StringLiterals;

using namespace jisr;

TEST(DemoDataGenerator, SameSeedGivesTheSamePeopleAndAnotherSeedOthers)
{
    DemoDataGenerator a(7, 0, u"MA-RAB"_s), b(7, 0, u"MA-RAB"_s), c(8, 0, u"MA-RAB"_s);
    int differences = 0;
    for (int i = 0; i < 200; ++i) {
        const CaseFile x = a.next(), y = b.next(), z = c.next();
        EXPECT_EQ(x.toFieldMap(), y.toFieldMap());
        differences += x.fullNameLat() != z.fullNameLat() ? 1 : 0;
    }
    EXPECT_GT(differences, 100);
}

TEST(DemoDataGenerator, PeopleAreValidWithUniqueIdentifiersAndSpellingVariants)
{
    DemoDataGenerator gen(1, 0, u"MA-RAB"_s);
    CaseFileValidator validator(QDate::currentDate());
    QSet<QString> cins, idcs, mohamedSpellings;
    int arabicOnly = 0, minorsWithGuardian = 0, minors = 0;
    for (int i = 0; i < 5000; ++i) {
        CaseFile c = gen.next();
        validator.normalize(c);
        const ValidationIssues issues = validator.validate(c);
        ASSERT_FALSE(hasErrors(issues)) << i << " " << issues.first().message.toStdString();
        if (!c.cin.isEmpty()) {
            EXPECT_FALSE(cins.contains(c.cin)) << "repeated CIN";
            cins.insert(c.cin);
        }
        if (!c.idcs.isEmpty()) {
            EXPECT_FALSE(idcs.contains(c.idcs)) << "repeated IDCS";
            idcs.insert(c.idcs);
        }
        if (c.givenNameAr == u"محمد"_s && !c.givenNameLat.isEmpty())
            mohamedSpellings.insert(c.givenNameLat);
        arabicOnly += c.givenNameLat.isEmpty() ? 1 : 0;
        if (2026 - c.birthYear < 18) {
            ++minors;
            minorsWithGuardian += c.guardianName.isEmpty() ? 0 : 1;
        }
    }
    EXPECT_GE(mohamedSpellings.size(), 4); // Mohamed, Mohammed, Muhammad...
    EXPECT_GT(arabicOnly, 100);
    EXPECT_GT(minors, 1000);
    EXPECT_EQ(minorsWithGuardian, minors);
}

// On a database created as a demo (jisrctl init --demo).
class DemoDataLoaderTest : public WorkspaceTest
{
protected:
    void SetUp() override
    {
        WorkspaceTest::SetUp();
        DemoDataLoader::markAsDemoDatabase(ws().settings());
    }
};

TEST_F(DemoDataLoaderTest, WritesThroughTheServiceWithChangeLogAndContinuesAcrossRuns)
{
    const Actor admin = actorWith(Role::Administrator);
    EXPECT_EQ(DemoDataLoader::load(ws(), admin, 300, 1), 300);
    EXPECT_EQ(DemoDataLoader::load(ws(), admin, 300, 1), 300); // same seed again: no CIN clash
    EXPECT_EQ(scalar(u"SELECT count(*) FROM case_files"_s), 600);
    EXPECT_EQ(scalar(u"SELECT count(*) FROM change_log WHERE table_name = 'case_files'"_s), 600);
    EXPECT_EQ(scalar(u"SELECT count(DISTINCT dossier_no) FROM case_files"_s), 600);
    EXPECT_EQ(scalar(u"SELECT count(*) FROM case_search"_s), 600);
}

// A load of a million demo files must let SQLite checkpoint its WAL as it goes: a read left open
// during the load once kept every page in the WAL (16 GB for 780,000 files).
TEST_F(DemoDataLoaderTest, TheWalIsCheckpointedDuringALongLoad)
{
    QSqlDatabase db = ws().database().connection();
    QList<QVariantList> checkpoints;
    DemoDataLoader::load(ws(), actorWith(Role::Administrator), 5001, 3, [&](qint64 done, qint64) {
        if (checkpoints.isEmpty() && done < 5001) // between batches, no transaction open
            checkpoints = selectRows(db, u"PRAGMA wal_checkpoint(PASSIVE)"_s);
    });
    ASSERT_EQ(checkpoints.size(), 1);
    const QVariantList result = checkpoints.first(); // busy, frames in the WAL, frames copied
    EXPECT_EQ(result.at(0).toInt(), 0);
    EXPECT_GT(result.at(1).toInt(), 0);
    EXPECT_EQ(result.at(2).toInt(), result.at(1).toInt());
}

TEST_F(DemoDataLoaderTest, NestedTransactionRollsBackOnlyItsPart)
{
    Database &db = ws().database();
    const Actor reception = actorWith(Role::Reception);
    {
        SqlTransaction outer(db);
        ws().cases().create(reception, sampleCase());
        try {
            SqlTransaction inner(db);
            ws().cases().create(reception,
                                sampleCase(u"بناني"_s, u"فاطمة"_s, u"Bennani"_s, u"Fatima"_s));
            throw std::runtime_error("the caller gives up on the inner part");
        } catch (const std::runtime_error &) {
        }
        outer.commit();
    }
    EXPECT_EQ(scalar(u"SELECT count(*) FROM case_files"_s), 1);
    EXPECT_EQ(scalar(u"SELECT count(*) FROM change_log WHERE table_name = 'case_files'"_s), 1);
    {
        SqlTransaction outer(db);
        ws().cases().create(reception, sampleCase(u"التازي"_s, u"علي"_s, u"Tazi"_s, u"Ali"_s));
        // No commit: an abandoned bulk operation leaves nothing behind.
    }
    EXPECT_EQ(scalar(u"SELECT count(*) FROM case_files"_s), 1);
}

// Run by a reception account, `demo` wrote made-up people into a real centre's database.
class DemoDataIntoARealCentreTest : public WorkspaceTest
{
protected:
    qint64 refusals()
    {
        return scalar(u"SELECT count(*) FROM audit_log WHERE action = 'permission_denied' "
                      "AND details = 'load_demo_data'"_s);
    }
};

TEST_F(DemoDataIntoARealCentreTest, OnlyAnAdministratorLoadsDemoPeopleAndARefusalIsAudited)
{
    DemoDataLoader::markAsDemoDatabase(ws().settings());
    for (Role role : {Role::Reception, Role::Doctor, Role::SocialWorker}) {
        try {
            DemoDataLoader::load(ws(), actorWith(role), 10, 1);
            ADD_FAILURE() << roleCode(role).toStdString() << " loaded demo people";
        } catch (const CoreError &e) {
            EXPECT_EQ(e.kind(), ErrorKind::PermissionDenied);
        }
    }
    EXPECT_EQ(scalar(u"SELECT count(*) FROM case_files"_s), 0);
    EXPECT_EQ(refusals(), 3);
}

TEST_F(DemoDataIntoARealCentreTest, ARealCentresDatabaseTakesNoDemoPeopleUnconfirmed)
{
    try {
        DemoDataLoader::load(ws(), actorWith(Role::Administrator), 10, 1);
        ADD_FAILURE() << "demo people went into a real centre";
    } catch (const CoreError &e) {
        EXPECT_EQ(e.kind(), ErrorKind::PermissionDenied);
    }
    EXPECT_EQ(scalar(u"SELECT count(*) FROM case_files"_s), 0);
    EXPECT_EQ(refusals(), 1);
}

TEST_F(DemoDataIntoARealCentreTest, AConfirmedLoadIsRecordedBeforeThePeople)
{
    const Actor admin = actorWith(Role::Administrator);
    EXPECT_EQ(
        DemoDataLoader::load(ws(), admin, 10, 1, {}, DemoDataLoader::Target::RealCentreConfirmed),
        10);
    EXPECT_EQ(scalar(u"SELECT count(*) FROM case_files"_s), 10);
    EXPECT_EQ(scalar(u"SELECT count(*) FROM audit_log WHERE action = 'cases_imported' AND "
                     "details LIKE 'demo 10 %confirm-real-centre' AND user_id = '"_s +
                     admin.userId + u"'"_s),
              1);
    EXPECT_LT(scalar(u"SELECT seq FROM audit_log WHERE action = 'cases_imported'"_s),
              scalar(u"SELECT min(seq) FROM audit_log WHERE action = 'case_created'"_s));
}
