// The tamper-evident audit log: append-only, hash-chained, verified by jisrctl and the core.
#include "accounts/userservice.h"
#include "cases/casefileservice.h"
#include "jisrtest.h"
#include "platform/audit/auditlog.h"
#include "platform/audit/auditservice.h"
#include "platform/db/database.h"
#include "platform/errors/coreerror.h"

#include <QFile>
#include <QProcess>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;

using namespace jisr;

class AuditTest : public WorkspaceTest
{
protected:
    void SetUp() override
    {
        WorkspaceTest::SetUp();
        for (int i = 0; i < 5; ++i)
            ws().cases().open(
                admin,
                ws().cases()
                    .create(reception, sampleCase(u"بناني"_s, u"سعاد"_s, u"Bennani"_s, u"Souad"_s),
                            true)
                    .id);
    }

    // The sqlite3 shell, as someone with access to the file would use it.
    void sqliteShell(const QString &sql)
    {
        const QString shell = QStandardPaths::findExecutable(u"sqlite3"_s);
        ASSERT_FALSE(shell.isEmpty()) << "the sqlite3 shell is needed (apt-get install sqlite3)";
        closeWorkspace();
        QProcess p;
        p.start(shell, {dataDir() + u"/jisr.sqlite"_s, sql});
        ASSERT_TRUE(p.waitForFinished(10000));
        ASSERT_EQ(p.exitCode(), 0) << p.readAllStandardError().toStdString();
        reopen();
    }

    Actor reception = actorWith(Role::Reception);
    Actor admin = actorWith(Role::Administrator);
};

TEST_F(AuditTest, AnIntactLogVerifies)
{
    const AuditVerification v = ws().auditQueries().verify(admin);
    EXPECT_TRUE(v.ok) << v.reason.toStdString();
    EXPECT_GE(v.entries, 10);
}

TEST_F(AuditTest, TheDatabaseRefusesUpdatesAndDeletes)
{
    EXPECT_THROW(scalar(u"UPDATE audit_log SET login = 'x' WHERE seq = 3"_s), CoreError);
    EXPECT_THROW(scalar(u"DELETE FROM audit_log WHERE seq = 3"_s), CoreError);
}

TEST_F(AuditTest, AnEditedRowIsFoundAtItsSequenceNumber)
{
    sqliteShell(u"DROP TRIGGER audit_log_no_update; "
                "UPDATE audit_log SET login = 'someone-else' WHERE seq = 4;"_s);
    const AuditVerification v = ws().auditQueries().verify(admin);
    EXPECT_FALSE(v.ok);
    EXPECT_EQ(v.firstBadSeq, 4);
}

TEST_F(AuditTest, ARemovedRowIsNamedByItsOwnSequenceNumber)
{
    sqliteShell(u"DROP TRIGGER audit_log_no_delete; DELETE FROM audit_log WHERE seq = 6;"_s);
    const AuditVerification v = ws().auditQueries().verify(admin);
    EXPECT_FALSE(v.ok);
    EXPECT_EQ(v.firstBadSeq, 6);
    EXPECT_TRUE(v.reason.contains(u"6"_s)) << v.reason.toStdString();
}

TEST_F(AuditTest, AReplacedHashIsFoundAtItsEntry)
{
    sqliteShell(u"DROP TRIGGER audit_log_no_update; "
                "UPDATE audit_log SET hash = 'forged' WHERE seq = 3;"_s);
    const AuditVerification v = ws().auditQueries().verify(admin);
    EXPECT_FALSE(v.ok);
    EXPECT_EQ(v.firstBadSeq, 3);
}

TEST_F(AuditTest, WhoOpenedThisFileListsViewsForAdministratorsOnly)
{
    const CaseFile c = ws().cases().create(reception, sampleCase(), true);
    ws().cases().open(reception, c.id);
    ws().cases().open(admin, c.dossierNo);
    const QList<AuditEntry> views = ws().auditQueries().whoOpened(admin, c.id);
    ASSERT_EQ(views.size(), 2);
    EXPECT_EQ(views.first().login, admin.login); // newest first
    EXPECT_EQ(views.last().login, reception.login);
    EXPECT_THROW(ws().auditQueries().whoOpened(reception, c.id), CoreError);
}

// An administrator looks up a dossier's entries by the number people read aloud, typed as it
// comes (lower case, Arabic-Indic digits, a trailing space).
TEST_F(AuditTest, ADossiersEntriesAreFoundByItsNumberAsTyped)
{
    const CaseFile c = ws().cases().create(reception, sampleCase(), true);
    ws().cases().open(reception, c.id);
    QString typed = c.dossierNo.toLower() + u' ';
    for (QChar &ch : typed)
        if (ch.isDigit())
            ch = QChar(u'\u0660' + ch.digitValue());
    AuditFilter byNumber;
    byNumber.dossierNo = typed;
    const QList<AuditEntry> entries = ws().auditQueries().list(admin, byNumber);
    ASSERT_EQ(entries.size(), 2); // created, viewed
    for (const AuditEntry &e : entries) {
        EXPECT_EQ(e.caseId, c.id);
        EXPECT_EQ(e.dossierNo, c.dossierNo);
        EXPECT_EQ(dossierOf(e), c.dossierNo);
    }
}

// The log grows with every file opened: a lookup by user, file or dossier number must come from
// an index, not a read of the whole log (the index by file is partial, which a query has to
// imply for SQLite to use it).
TEST_F(AuditTest, LookupsByUserFileOrDossierAreAnsweredFromAnIndex)
{
    AuditFilter byUser, byCase, byDossier, emergencies;
    emergencies.actions = {auditActionCode(AuditAction::EmergencyAccess)};
    byUser.userId = admin.userId;
    byCase.caseId = u"00000000-0000-4000-8000-000000000001"_s;
    byDossier.dossierNo = u"RAB-2026-T01-0001"_s;
    for (const AuditFilter &f : {byUser, byCase, byDossier, emergencies}) {
        QVariantList params;
        const QString sql = AuditLog::entriesQuery(f, params);
        QSqlQuery plan(ws().database().connection());
        ASSERT_TRUE(plan.prepare(u"EXPLAIN QUERY PLAN "_s + sql));
        for (const QVariant &p : params)
            plan.addBindValue(p);
        ASSERT_TRUE(plan.exec());
        QStringList steps;
        while (plan.next())
            steps << plan.value(3).toString();
        for (const QString &step : steps)
            // Walking the partial index of emergency accesses (a few rows) is fine; walking the
            // log or a whole index of it is not.
            EXPECT_FALSE(step.startsWith(u"SCAN a"_s) &&
                         !step.contains(u"USING INDEX audit_log_emergency"_s))
                << sql.toStdString() << "\n  -> " << steps.join(u" | "_s).toStdString();
    }
}

TEST_F(AuditTest, ExportIsFilteredAuditedAndKeepsFormulasInert)
{
    QTemporaryDir elsewhere; // never in the data folder, see DataDirectory::requireOutside
    const QString path = elsewhere.path() + u"/audit.csv"_s;
    AuditFilter f;
    f.userId = admin.userId;
    f.actions = {u"case_viewed"_s};
    const qint64 n = ws().auditQueries().exportCsv(admin, f, path);
    EXPECT_EQ(n, 5);
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QByteArray csv = file.readAll();
    EXPECT_TRUE(csv.startsWith("\xEF\xBB\xBF"));
    EXPECT_EQ(csv.count("case_viewed"), 5);
    EXPECT_EQ(scalar(u"SELECT count(*) FROM audit_log WHERE action = 'audit_exported'"_s), 1);
}

// Pointed at the live jisr.sqlite, an export replaced the database and reported success.
TEST_F(AuditTest, AnExportIntoTheDataFolderIsRefusedAndTheDatabaseSurvives)
{
    QTemporaryDir elsewhere;
    const QString db = dataDir() + u"/jisr.sqlite"_s;
    ASSERT_TRUE(QFile::link(db, elsewhere.filePath(u"audit.csv"_s)));
    for (const QString &target :
         QStringList{db, dataDir() + u"/audit.csv"_s, elsewhere.filePath(u"audit.csv"_s)}) {
        try {
            ws().auditQueries().exportCsv(admin, {}, target);
            ADD_FAILURE() << "written: " << target.toStdString();
        } catch (const CoreError &e) {
            EXPECT_EQ(e.kind(), ErrorKind::BadInput) << target.toStdString();
        }
    }
    reopen();
    EXPECT_TRUE(ws().auditQueries().verify(admin).ok);
    EXPECT_EQ(scalar(u"SELECT count(*) FROM case_files"_s), 5);
}
