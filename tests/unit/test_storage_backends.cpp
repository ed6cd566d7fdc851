// The platform's storage on both backends: the workstation's SQLite file and the server's
// PostgreSQL (a real cluster started by the test run). Transactions, the migration ladder, the
// refusal of databases this program must not touch, and the one write path.
#include "jisrtest.h"
#include "platform/audit/auditlog.h"
#include "platform/db/database.h"
#include "platform/db/migrationrunner.h"
#include "platform/db/postgresbackend.h"
#include "platform/db/sqlitebackend.h"
#include "platform/db/sqlquery.h"
#include "platform/db/sqltransaction.h"
#include "platform/errors/coreerror.h"
#include "platform/settings/workstationsettings.h"
#include "platform/time/clock.h"
#include "platform/time/hybridlogicalclock.h"
#include "platform/write/writepath.h"
#include "testpostgres.h"

#include <QFile>
#include <QSqlError>
#include <QTemporaryDir>
#include <QUuid>
#include <sqlite3.h>

using namespace Qt::StringLiterals;
using namespace jisr;

namespace {

enum class Backend { Sqlite, Postgres };

std::string backendName(const ::testing::TestParamInfo<Backend> &info)
{
    return info.param == Backend::Sqlite ? "Sqlite" : "Postgres";
}

class StorageBackendTest : public ::testing::TestWithParam<Backend>
{
protected:
    void SetUp() override
    {
        if (GetParam() == Backend::Postgres)
            m_pg = TestPostgres::freshDatabase(
                QString::fromUtf8(::testing::UnitTest::GetInstance()->current_test_info()->name()));
        else
            m_file = m_dir.filePath(u"jisr.sqlite"_s);
    }

    void TearDown() override
    {
        if (GetParam() == Backend::Postgres)
            TestPostgres::drop(m_pg);
    }

    std::unique_ptr<SqlBackend> backend() const
    {
        if (GetParam() == Backend::Postgres)
            return std::make_unique<PostgresBackend>(m_pg);
        return std::make_unique<SqliteBackend>(m_file);
    }

    std::unique_ptr<Database> open(Database::Migrate migrate = Database::Migrate::Yes) const
    {
        return std::make_unique<Database>(backend(), migrate);
    }

    int latest() const { return MigrationRunner(*open(Database::Migrate::No)).latestVersion(); }

    // A statement run from outside Jisr, as someone with access to the database would.
    void outside(const QString &sql) const
    {
        if (GetParam() == Backend::Sqlite) {
            sqlite3 *raw = nullptr;
            ASSERT_EQ(sqlite3_open(m_file.toUtf8().constData(), &raw), SQLITE_OK);
            char *error = nullptr;
            const int rc = sqlite3_exec(raw, sql.toUtf8().constData(), nullptr, nullptr, &error);
            const std::string text = error ? error : "";
            sqlite3_free(error);
            sqlite3_close(raw);
            ASSERT_EQ(rc, SQLITE_OK) << text;
            return;
        }
        const QString name = QUuid::createUuid().toString();
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QPSQL"_s, name);
            db.setHostName(m_pg.host);
            db.setPort(m_pg.port);
            db.setDatabaseName(m_pg.database);
            db.setUserName(m_pg.user);
            ASSERT_TRUE(db.open()) << db.lastError().text().toStdString();
            QSqlQuery q(db);
            ASSERT_TRUE(q.exec(sql)) << q.lastError().text().toStdString();
        }
        QSqlDatabase::removeDatabase(name);
    }

    void setRecordedVersion(qint64 version) const
    {
        if (GetParam() == Backend::Sqlite)
            outside(u"PRAGMA user_version = "_s + QString::number(version));
        else
            outside(u"UPDATE jisr_schema SET version = "_s + QString::number(version));
    }

    // What "left untouched" is checked against: the SQLite file's bytes, or PostgreSQL's list
    // of tables with their row counts and the recorded version.
    QByteArray snapshot() const
    {
        if (GetParam() == Backend::Sqlite) {
            QFile f(m_file);
            return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
        }
        QByteArray out;
        const QString name = QUuid::createUuid().toString();
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QPSQL"_s, name);
            db.setHostName(m_pg.host);
            db.setPort(m_pg.port);
            db.setDatabaseName(m_pg.database);
            db.setUserName(m_pg.user);
            if (db.open()) {
                QSqlQuery q(db);
                q.exec(u"SELECT table_name, (xpath('/row/c/text()', query_to_xml("
                       "'SELECT count(*) AS c FROM ' || quote_ident(table_name), false, true, "
                       "'')))[1]::text FROM information_schema.tables "
                       "WHERE table_schema = 'public' ORDER BY table_name"_s);
                while (q.next())
                    out +=
                        q.value(0).toString().toUtf8() + '=' + q.value(1).toString().toUtf8() + ';';
                q.exec(u"SELECT version FROM jisr_schema"_s);
                while (q.next())
                    out += "v" + q.value(0).toByteArray();
            }
        }
        QSqlDatabase::removeDatabase(name);
        return out;
    }

    void expectRefusedUntouched(const char *why)
    {
        const QByteArray before = snapshot();
        ASSERT_FALSE(before.isEmpty());
        try {
            open();
            ADD_FAILURE() << "the database must be refused: " << why;
        } catch (const CoreError &e) {
            EXPECT_EQ(e.kind(), ErrorKind::IncompatibleDatabase) << e.message().toStdString();
            EXPECT_TRUE(e.message().contains(u"not modified"_s)) << e.message().toStdString();
        }
        EXPECT_EQ(snapshot(), before) << why;
    }

    qint64 count(Database &db, const QString &table) const
    {
        const QList<QVariantList> rows =
            selectRows(db.connection(), u"SELECT count(*) FROM "_s + table);
        return rows.first().first().toLongLong();
    }

    QTemporaryDir m_dir;
    QString m_file;
    PostgresBackend::Address m_pg;
};

} // namespace

TEST_P(StorageBackendTest, AFreshDatabaseClimbsTheWholeLadderOnce)
{
    {
        auto db = open();
        EXPECT_EQ(db->schemaVersion(), latest());
        EXPECT_GE(latest(), 2);
        execQuery(db->connection(), u"INSERT INTO settings (key, value) VALUES (?, ?)"_s,
                  {u"centre_name"_s, u"Centre médico-social de Fès"_s});
        EXPECT_EQ(count(*db, u"audit_log"_s), 0);
        EXPECT_EQ(count(*db, u"change_log"_s), 0);
    }
    auto again = open();
    EXPECT_EQ(again->schemaVersion(), latest());
    EXPECT_EQ(count(*again, u"settings"_s) >= 1, true);
}

TEST_P(StorageBackendTest, ACommittedTransactionIsKeptAndAnExceptionUndoesEverything)
{
    auto db = open();
    {
        SqlTransaction tx(*db);
        execQuery(db->connection(), u"INSERT INTO settings (key, value) VALUES ('kept', '1')"_s);
        tx.commit();
    }
    try {
        SqlTransaction tx(*db);
        execQuery(db->connection(), u"INSERT INTO settings (key, value) VALUES ('lost', '1')"_s);
        throw std::runtime_error("power cut in the middle of a save");
    } catch (const std::runtime_error &) {
    }
    EXPECT_EQ(db->transactionDepth(), 0);
    const auto rows = selectRows(db->connection(), u"SELECT key FROM settings ORDER BY key"_s);
    QStringList keys;
    for (const QVariantList &r : rows)
        keys << r.first().toString();
    EXPECT_TRUE(keys.contains(u"kept"_s));
    EXPECT_FALSE(keys.contains(u"lost"_s));
}

TEST_P(StorageBackendTest, AnInnerTransactionUndoesOnlyItsOwnPart)
{
    auto db = open();
    {
        SqlTransaction outer(*db);
        execQuery(db->connection(), u"INSERT INTO settings (key, value) VALUES ('a', '1')"_s);
        try {
            SqlTransaction inner(*db);
            EXPECT_FALSE(inner.isOutermost());
            execQuery(db->connection(), u"INSERT INTO settings (key, value) VALUES ('b', '1')"_s);
            throw std::runtime_error("one row of an import is refused");
        } catch (const std::runtime_error &) {
        }
        execQuery(db->connection(), u"INSERT INTO settings (key, value) VALUES ('c', '1')"_s);
        outer.commit();
    }
    EXPECT_EQ(count(*db, u"settings WHERE key IN ('a', 'b', 'c')"_s), 2);
    {
        SqlTransaction abandoned(*db);
        execQuery(db->connection(), u"INSERT INTO settings (key, value) VALUES ('d', '1')"_s);
    }
    EXPECT_EQ(count(*db, u"settings WHERE key = 'd'"_s), 0);
}

TEST_P(StorageBackendTest, AFailedStatementLeavesTheTransactionUsableForRollback)
{
    auto db = open();
    try {
        SqlTransaction tx(*db);
        execQuery(db->connection(), u"INSERT INTO settings (key, value) VALUES ('x', '1')"_s);
        execQuery(db->connection(), u"INSERT INTO settings (key, value) VALUES ('x', '2')"_s);
        tx.commit();
        ADD_FAILURE() << "a duplicate key must be refused";
    } catch (const CoreError &e) {
        EXPECT_EQ(e.kind(), ErrorKind::Storage);
    }
    EXPECT_EQ(count(*db, u"settings WHERE key = 'x'"_s), 0);
    // The connection is fine for the next write.
    SqlTransaction tx(*db);
    execQuery(db->connection(), u"INSERT INTO settings (key, value) VALUES ('x', '3')"_s);
    tx.commit();
    EXPECT_EQ(count(*db, u"settings WHERE key = 'x'"_s), 1);
}

TEST_P(StorageBackendTest, ADatabaseFromANewerJisrIsRefusedAndLeftUntouched)
{
    open().reset();
    setRecordedVersion(latest() + 5);
    expectRefusedUntouched("newer schema");
}

TEST_P(StorageBackendTest, ANegativeSchemaVersionIsRefusedAndLeftUntouched)
{
    open().reset();
    setRecordedVersion(-3);
    expectRefusedUntouched("negative version");
}

TEST_P(StorageBackendTest, AVersionLowerThanTheTablesIsRefusedAndLeftUntouched)
{
    {
        auto db = open();
        execQuery(db->connection(), u"INSERT INTO settings (key, value) VALUES ('k', 'v')"_s);
    }
    setRecordedVersion(1);
    expectRefusedUntouched("version lower than the tables");
}

TEST_P(StorageBackendTest, AMigrationThatFailsLeavesThePreviousVersion)
{
    {
        auto db = open(Database::Migrate::No);
        MigrationRunner(*db).migrate(1);
        EXPECT_EQ(db->schemaVersion(), 1);
    }
    // Something in the way of version 2 (a table it creates already exists).
    outside(GetParam() == Backend::Sqlite ? u"CREATE TABLE audit_log (x)"_s
                                          : u"CREATE TABLE case_files (x int)"_s);
    EXPECT_THROW(open(), CoreError);
    auto db = open(Database::Migrate::No);
    EXPECT_EQ(db->schemaVersion(), 1);
}

TEST_P(StorageBackendTest, TheWritePathLogsAuditsAndCommitsTogether)
{
    auto db = open();
    WorkstationSettings settings(*db);
    ManualClock clock(QDateTime(QDate(2026, 3, 2), QTime(9, 30), Qt::UTC));
    HybridLogicalClock hlc([&clock] { return clock.msecsSinceEpoch(); });
    AuditLog audit(*db, settings, clock);
    WritePath writes(*db, settings, clock, hlc, audit);
    Actor admin;
    admin.userId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    admin.login = u"admin"_s;
    admin.roles = {Role::Administrator};

    writes.write(admin, {Capability::ManageSettings, AuditAction::SettingsChanged},
                 [&](WriteContext &w) {
                     execQuery(db->connection(),
                               u"INSERT INTO settings (key, value) VALUES ('centre_name', 'X')"_s);
                     w.inserted(u"settings"_s, u"centre_name"_s, {{u"value"_s, u"X"_s}});
                 });
    EXPECT_EQ(count(*db, u"change_log"_s), 1);
    EXPECT_EQ(count(*db, u"audit_log WHERE action = 'settings_changed'"_s), 1);

    // A failure in the body leaves no row, no change-log entry and no audit entry.
    EXPECT_THROW(writes.write(admin, {Capability::ManageSettings, AuditAction::SettingsChanged},
                              [&](WriteContext &w) {
                                  w.inserted(u"settings"_s, u"k"_s, {{u"value"_s, 1}});
                                  execQuery(db->connection(),
                                            u"INSERT INTO no_such_table VALUES (1)"_s);
                              }),
                 CoreError);
    EXPECT_EQ(count(*db, u"change_log"_s), 1);
    EXPECT_EQ(count(*db, u"audit_log WHERE action = 'settings_changed'"_s), 1);

    // A refusal is audited and writes nothing else.
    Actor reception = admin;
    reception.roles = {Role::Reception};
    EXPECT_THROW(writes.write(reception, {Capability::ManageSettings}, [](WriteContext &) {}),
                 CoreError);
    EXPECT_EQ(count(*db, u"audit_log WHERE action = 'permission_denied'"_s), 1);
    EXPECT_EQ(count(*db, u"change_log"_s), 1);
    EXPECT_TRUE(audit.verify().ok);
}

INSTANTIATE_TEST_SUITE_P(Backends, StorageBackendTest,
                         ::testing::Values(Backend::Sqlite, Backend::Postgres), backendName);
