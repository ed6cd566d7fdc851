#include "platform/db/database.h"

#include "platform/db/migrationrunner.h"
#include "platform/db/sqlquery.h"
#include "platform/errors/coreerror.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QSqlDriver>
#include <QUuid>
#include <sqlite3.h>

using namespace Qt::StringLiterals;

namespace jisr {

Database::Database(const QString &filePath)
    : m_filePath(QFileInfo(filePath).absoluteFilePath()),
      m_connectionName(u"jisr-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces))
{
    m_db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_connectionName);
    m_db.setDatabaseName(m_filePath);
    m_db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=5000"_s);
    if (!m_db.open()) {
        throw CoreError(ErrorKind::Storage,
                        QCoreApplication::translate("jisr::Database",
                                                    "The database file could not be opened: %1")
                            .arg(m_filePath));
    }
    // The version check comes before any pragma that writes (journal_mode), so a database from
    // a newer Jisr is left exactly as it was.
    MigrationRunner runner(*this);
    runner.refuseNewerDatabase();
    configure();
    runner.migrate();
}

Database::~Database()
{
    releaseStatements(m_connectionName);
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
}

void Database::configure()
{
    execQuery(m_db, u"PRAGMA journal_mode = WAL"_s);
    // FULL: a registration the user saw saved survives a power cut (frequent in some centres).
    // In WAL mode NORMAL may lose the last commits; FULL costs one fsync per commit, invisible
    // at the desk, and bulk writes (import, demo, sync batches) commit in large transactions.
    execQuery(m_db, u"PRAGMA synchronous = FULL"_s);
    execQuery(m_db, u"PRAGMA foreign_keys = ON"_s);
    execQuery(m_db, u"PRAGMA busy_timeout = 5000"_s);
    // A centre's file reaches hundreds of megabytes: keep the hot pages (search index, recent
    // rows) in memory instead of re-reading them through the kernel for every query.
    execQuery(m_db, u"PRAGMA cache_size = -65536"_s);
    execQuery(m_db, u"PRAGMA mmap_size = 536870912"_s);
    execQuery(m_db, u"PRAGMA temp_store = MEMORY"_s);
}

int Database::schemaVersion() const
{
    QSqlQuery q = execQuery(m_db, u"PRAGMA user_version"_s);
    return q.next() ? q.value(0).toInt() : 0;
}

sqlite3 *Database::handle() const
{
    const QVariant v = m_db.driver()->handle();
    return v.isValid() ? *static_cast<sqlite3 *const *>(v.data()) : nullptr;
}

void Database::execScript(const QString &sql)
{
    char *error = nullptr;
    const QByteArray utf8 = sql.toUtf8();
    if (sqlite3_exec(handle(), utf8.constData(), nullptr, nullptr, &error) != SQLITE_OK) {
        const QString text = QString::fromUtf8(error ? error : "unknown error");
        sqlite3_free(error);
        throw CoreError(
            ErrorKind::Storage,
            QCoreApplication::translate("jisr::Database", "The database refused the operation: %1")
                .arg(text));
    }
}

} // namespace jisr
