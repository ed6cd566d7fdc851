// Storage: migrations, the refusal of newer databases, and the change log written atomically
// with every write to a synced table.
#include "cases/casefileservice.h"
#include "cases/casemediaservice.h"
#include "jisrtest.h"
#include "platform/db/database.h"
#include "platform/db/migrationrunner.h"
#include "platform/db/sqlitebackend.h"
#include "platform/db/sqlquery.h"
#include "platform/errors/coreerror.h"
#include "platform/errors/validationerror.h"
#include "platform/settings/workstationsettings.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <sqlite3.h>
#ifdef Q_OS_UNIX
#include <sys/stat.h>
#endif

using namespace jisr;

namespace {

void buildFileFromDump(const QString &dbPath, const QString &dumpPath)
{
    QFile dump(dumpPath);
    ASSERT_TRUE(dump.open(QIODevice::ReadOnly));
    sqlite3 *db = nullptr;
    ASSERT_EQ(sqlite3_open(dbPath.toUtf8().constData(), &db), SQLITE_OK);
    char *err = nullptr;
    const int rc = sqlite3_exec(db, dump.readAll().constData(), nullptr, nullptr, &err);
    const QString error = QString::fromUtf8(err ? err : "");
    sqlite3_free(err);
    sqlite3_close(db);
    ASSERT_EQ(rc, SQLITE_OK) << error.toStdString();
}

// The permission bits of a file or folder, as `ls -l` shows them (0 when it does not exist).
unsigned modeOf(const QString &path)
{
#ifdef Q_OS_UNIX
    struct stat st = {};
    return ::stat(QFile::encodeName(path).constData(), &st) == 0 ? st.st_mode & 07777 : 0;
#else
    Q_UNUSED(path);
    return 0;
#endif
}

// A failure shows the octal modes: 0700 rather than 448.
std::string octal(unsigned mode)
{
    return QString::number(mode, 8).prepend(u'0').toStdString();
}

} // namespace

TEST(Migrations, UpgradeAVersion1DatabaseKeepingItsData)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v1.sqlite"));
    buildFileFromDump(path, QStringLiteral(JISR_FIXTURES_DIR "/schema_v1_database.sql"));

    Database db(path);
    EXPECT_EQ(db.schemaVersion(), MigrationRunner::latestSqliteVersion());
    EXPECT_GT(MigrationRunner::latestSqliteVersion(), 1);
    QSqlQuery q = execQuery(db.connection(),
                            QStringLiteral("SELECT family_name_lat, dossier_no FROM case_files"));
    ASSERT_TRUE(q.next());
    EXPECT_EQ(q.value(0).toString(), QStringLiteral("Bennani"));
    EXPECT_EQ(q.value(1).toString(), QStringLiteral("FES-2026-K7X-0001"));
    // A v2 table exists and works after the upgrade.
    execQuery(db.connection(), QStringLiteral("SELECT count(*) FROM audit_log"));
}

TEST(Migrations, NewerDatabaseIsRefusedAndLeftUntouched)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("future.sqlite"));
    {
        sqlite3 *raw = nullptr;
        ASSERT_EQ(sqlite3_open(path.toUtf8().constData(), &raw), SQLITE_OK);
        const QByteArray sql = "CREATE TABLE future (x); PRAGMA user_version = " +
                               QByteArray::number(MigrationRunner::latestSqliteVersion() + 5) + ";";
        ASSERT_EQ(sqlite3_exec(raw, sql.constData(), nullptr, nullptr, nullptr), SQLITE_OK);
        sqlite3_close(raw);
    }
    QFile before(path);
    ASSERT_TRUE(before.open(QIODevice::ReadOnly));
    const QByteArray bytesBefore = before.readAll();
    before.close();

    try {
        Database db(path);
        FAIL() << "a newer database must be refused";
    } catch (const CoreError &e) {
        EXPECT_EQ(e.kind(), ErrorKind::IncompatibleDatabase);
        EXPECT_TRUE(e.message().contains(QStringLiteral("newer version")));
    }
    QFile after(path);
    ASSERT_TRUE(after.open(QIODevice::ReadOnly));
    EXPECT_EQ(after.readAll(), bytesBefore);
    EXPECT_FALSE(QFile::exists(path + QStringLiteral("-wal")));
}

TEST(Migrations, FreshDatabaseUsesWalForeignKeysAndDurableCommits)
{
    QTemporaryDir dir;
    Database db(dir.filePath(QStringLiteral("fresh.sqlite")));
    QSqlQuery mode = execQuery(db.connection(), QStringLiteral("PRAGMA journal_mode"));
    ASSERT_TRUE(mode.next());
    EXPECT_EQ(mode.value(0).toString(), QStringLiteral("wal"));
    QSqlQuery fk = execQuery(db.connection(), QStringLiteral("PRAGMA foreign_keys"));
    ASSERT_TRUE(fk.next());
    EXPECT_EQ(fk.value(0).toInt(), 1);
    // 2 = FULL: in WAL mode anything less may lose the last saved registrations on a power cut.
    QSqlQuery sync = execQuery(db.connection(), QStringLiteral("PRAGMA synchronous"));
    ASSERT_TRUE(sync.next());
    EXPECT_EQ(sync.value(0).toInt(), 2);
}

class ChangeLogTest : public WorkspaceTest
{
};

TEST_F(ChangeLogTest, RegistrationAppendsOneInsertWithFieldsClockAndAuthor)
{
    const Actor reception = actorWith(Role::Reception);
    const CaseFile saved = ws().cases().create(reception, sampleCase());
    QSqlQuery q = execQuery(ws().database().connection(),
                            QStringLiteral("SELECT table_name, row_id, operation, changed_fields, "
                                           "hlc, workstation_id, user_id FROM change_log "
                                           "WHERE table_name = 'case_files'"));
    ASSERT_TRUE(q.next());
    EXPECT_EQ(q.value(0).toString(), QStringLiteral("case_files"));
    EXPECT_EQ(q.value(1).toString(), saved.id);
    EXPECT_EQ(q.value(2).toString(), QStringLiteral("insert"));
    EXPECT_TRUE(q.value(3).toString().contains(QStringLiteral("\"family_name_lat\":\"Alaoui\"")));
    EXPECT_EQ(q.value(4).toLongLong(), saved.hlc);
    EXPECT_EQ(q.value(5).toString(), ws().settings().workstationId());
    EXPECT_EQ(q.value(6).toString(), reception.userId);
    EXPECT_FALSE(q.next());
}

TEST_F(ChangeLogTest, UpdateRecordsOnlyTheChangedFieldsAndTheBaseVersion)
{
    const Actor reception = actorWith(Role::Reception);
    CaseFile c = ws().cases().create(reception, sampleCase());
    const qint64 base = c.hlc;
    c.phone = QStringLiteral("0700112233");
    c.address = QStringLiteral("12 rue Oued Sebou, Agdal");
    const CaseFile updated = ws().cases().update(reception, c);
    EXPECT_GT(updated.hlc, base);
    QSqlQuery q = execQuery(ws().database().connection(),
                            QStringLiteral("SELECT changed_fields, base_hlc FROM change_log "
                                           "WHERE operation = 'update'"));
    ASSERT_TRUE(q.next());
    const QString fields = q.value(0).toString();
    EXPECT_TRUE(fields.contains(QStringLiteral("phone")));
    EXPECT_TRUE(fields.contains(QStringLiteral("address")));
    EXPECT_FALSE(fields.contains(QStringLiteral("family_name_lat")));
    EXPECT_EQ(q.value(1).toLongLong(), base);
}

TEST_F(ChangeLogTest, RefusedWriteLeavesNoChangeLogRowAndNoCase)
{
    const Actor reception = actorWith(Role::Reception);
    CaseFile bad = sampleCase();
    bad.birthDate = QDate(); // missing birth date
    EXPECT_THROW(ws().cases().create(reception, bad), ValidationError);
    EXPECT_EQ(
        scalar(QStringLiteral("SELECT count(*) FROM change_log WHERE table_name = 'case_files'")),
        0);
    EXPECT_EQ(scalar(QStringLiteral("SELECT count(*) FROM case_files")), 0);
}

TEST_F(ChangeLogTest, FailureInsideTheTransactionRollsBackRowIndexAndLog)
{
    const Actor reception = actorWith(Role::Reception);
    ws().cases().create(reception, sampleCase());
    // Sabotage the change log so that the next registration fails after its row was inserted.
    execQuery(ws().database().connection(),
              QStringLiteral("CREATE TRIGGER sabotage BEFORE INSERT ON change_log "
                             "BEGIN SELECT RAISE(ABORT, 'disk full'); END"));
    CaseFile second = sampleCase(QStringLiteral("بناني"), QStringLiteral("فاطمة"),
                                 QStringLiteral("Bennani"), QStringLiteral("Fatima"));
    second.sex = QStringLiteral("F");
    EXPECT_THROW(ws().cases().create(reception, second), CoreError);
    EXPECT_EQ(scalar(QStringLiteral("SELECT count(*) FROM case_files")), 1);
    EXPECT_EQ(scalar(QStringLiteral("SELECT count(*) FROM case_search")), 1);
    EXPECT_EQ(
        scalar(QStringLiteral("SELECT count(*) FROM change_log WHERE table_name = 'case_files'")),
        1);
    // The dossier sequence was not consumed by the failed save.
    execQuery(ws().database().connection(), QStringLiteral("DROP TRIGGER sabotage"));
    const CaseFile saved = ws().cases().create(reception, second);
    EXPECT_TRUE(saved.dossierNo.endsWith(QStringLiteral("-0002")));
}

TEST_F(ChangeLogTest, ClockNeverGoesBackAcrossRestart)
{
    const Actor reception = actorWith(Role::Reception);
    const CaseFile first = ws().cases().create(reception, sampleCase());
    reopen();
    CaseFile other = sampleCase(QStringLiteral("بناني"), QStringLiteral("فاطمة"),
                                QStringLiteral("Bennani"), QStringLiteral("Fatima"));
    other.sex = QStringLiteral("F");
    const CaseFile second = ws().cases().create(reception, other);
    EXPECT_GT(second.hlc, first.hlc);
}

// The folder holds personal and medical data: it was created with the umask (0755 folders, 0644
// database), readable by every account of the workstation.
TEST(DataFolder, TheFolderTheDatabaseAndItsWalArePrivateToTheAccount)
{
#ifndef Q_OS_UNIX
    GTEST_SKIP() << "POSIX modes";
#endif
    QTemporaryDir root;
    const QString dir = root.filePath(QStringLiteral("centre"));
    Workspace ws(dir);
    ws.settings().initialize(QStringLiteral("MA-RAB"), QStringLiteral("Centre"));
    const QString db = dir + QStringLiteral("/jisr.sqlite");
    ASSERT_TRUE(QFile::exists(db + QStringLiteral("-wal")));
    ASSERT_TRUE(QFile::exists(db + QStringLiteral("-shm")));
    EXPECT_EQ(octal(modeOf(dir)), "0700");
    EXPECT_EQ(octal(modeOf(dir + QStringLiteral("/documents"))), "0700");
    for (const QString &file :
         QStringList{db, db + QStringLiteral("-wal"), db + QStringLiteral("-shm")})
        EXPECT_EQ(octal(modeOf(file)), "0600") << file.toStdString();
}

TEST(DataFolder, AFolderMadeByAnEarlierJisrIsMadePrivateWhenOpened)
{
#ifndef Q_OS_UNIX
    GTEST_SKIP() << "POSIX modes";
#endif
    QTemporaryDir root;
    const QString dir = root.filePath(QStringLiteral("centre"));
    const QString db = dir + QStringLiteral("/jisr.sqlite");
    {
        Workspace ws(dir);
    }
    QFile::setPermissions(dir, QFile::Permissions::fromInt(0x7755)); // rwxr-xr-x
    QFile::setPermissions(db, QFile::Permissions::fromInt(0x6644));  // rw-r--r--
    ASSERT_EQ(octal(modeOf(db)), "0644");
    Workspace reopened(dir);
    EXPECT_EQ(octal(modeOf(dir)), "0700");
    EXPECT_EQ(octal(modeOf(db)), "0600");
}

class DocumentStorageTest : public WorkspaceTest
{
};

// A copy keeps the mode of its source: a scan readable by all stayed so in the data folder.
TEST_F(DocumentStorageTest, ADocumentCopiedInIsPrivateToTheAccount)
{
#ifndef Q_OS_UNIX
    GTEST_SKIP() << "POSIX modes";
#endif
    const Actor reception = actorWith(Role::Reception);
    const QString caseId = ws().cases().create(reception, sampleCase()).id;
    QTemporaryDir elsewhere;
    const QString scan = elsewhere.filePath(QStringLiteral("scan.pdf"));
    QFile source(scan);
    ASSERT_TRUE(source.open(QIODevice::WriteOnly));
    source.write("%PDF-1.4\n%%EOF\n");
    source.close();
    QFile::setPermissions(scan, QFile::Permissions::fromInt(0x6644));
    const CaseDocument doc =
        ws().media().addDocument(reception, caseId, scan, QStringLiteral("other"),
                                 QStringLiteral("Scan"), QDate(2026, 1, 5));
    const QString stored = QDir(dataDir()).filePath(doc.fileName);
    ASSERT_TRUE(QFile::exists(stored));
    EXPECT_EQ(octal(modeOf(stored)), "0600");
    EXPECT_EQ(octal(modeOf(QFileInfo(stored).path())), "0700");
}

TEST(Migrations, PasswordHashesAlreadyInTheChangeLogAreBlankedByVersion5)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v4.sqlite"));
    {
        Database db(std::make_unique<SqliteBackend>(path), Database::Migrate::No);
        MigrationRunner(db).migrate(4);
        execQuery(
            db.connection(),
            QStringLiteral("INSERT INTO change_log (change_id, table_name, row_id, operation, "
                           "changed_fields, hlc, workstation_id) VALUES ('c1', 'users', "
                           "'u1', 'update', '{\"password_hash\":\"$argon2id$v=19$x\","
                           "\"roles\":\"doctor\"}', 1, 'w')"));
    }
    Database db(path);
    QSqlQuery q =
        execQuery(db.connection(), QStringLiteral("SELECT changed_fields FROM change_log"));
    ASSERT_TRUE(q.next());
    const QString fields = q.value(0).toString();
    EXPECT_FALSE(fields.contains(QStringLiteral("argon2id"))) << fields.toStdString();
    EXPECT_TRUE(fields.contains(QStringLiteral("\"password_hash\":null")));
    EXPECT_TRUE(fields.contains(QStringLiteral("\"roles\":\"doctor\"")));
}
