#include "platform/db/sqlitebackend.h"

#include "platform/db/sqlquery.h"
#include "platform/errors/coreerror.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QSqlDriver>
#include <sqlite3.h>

using namespace Qt::StringLiterals;

namespace jisr {

SqliteBackend::SqliteBackend(QString filePath) : m_filePath(QFileInfo(filePath).absoluteFilePath())
{
}

QString SqliteBackend::driverName() const
{
    return u"QSQLITE"_s;
}

void SqliteBackend::prepare(QSqlDatabase &db) const
{
    db.setDatabaseName(m_filePath);
    db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT="_s + QString::number(BusyTimeoutMs));
}

void SqliteBackend::configure(const QSqlDatabase &db) const
{
    execQuery(db, u"PRAGMA journal_mode = WAL"_s);
    // FULL: a registration the user saw saved survives a power cut (frequent in some centres).
    // In WAL mode NORMAL may lose the last commits; FULL costs one fsync per commit, invisible
    // at the desk, and bulk writes (import, demo, sync batches) commit in large transactions.
    execQuery(db, u"PRAGMA synchronous = FULL"_s);
    execQuery(db, u"PRAGMA foreign_keys = ON"_s);
    execQuery(db, u"PRAGMA busy_timeout = "_s + QString::number(BusyTimeoutMs));
    // A centre's file reaches hundreds of megabytes: keep the hot pages (search index, recent
    // rows) in memory instead of re-reading them through the kernel for every query.
    execQuery(db, u"PRAGMA cache_size = -65536"_s);
    execQuery(db, u"PRAGMA mmap_size = 536870912"_s);
    execQuery(db, u"PRAGMA temp_store = MEMORY"_s);
}

QString SqliteBackend::beginStatement() const
{
    return u"BEGIN IMMEDIATE"_s;
}

qint64 SqliteBackend::schemaVersion(const QSqlDatabase &db) const
{
    const QList<QVariantList> rows = selectRows(db, u"PRAGMA user_version"_s);
    return rows.isEmpty() ? 0 : rows.first().first().toLongLong();
}

void SqliteBackend::setSchemaVersion(const QSqlDatabase &db, int version) const
{
    // A pragma takes no bound parameter; the version is our own integer.
    execScript(db, u"PRAGMA user_version = "_s + QString::number(version));
}

sqlite3 *SqliteBackend::handleOf(const QSqlDatabase &db)
{
    const QVariant v = db.driver()->handle();
    return v.isValid() ? *static_cast<sqlite3 *const *>(v.data()) : nullptr;
}

void SqliteBackend::execScript(const QSqlDatabase &db, const QString &script) const
{
    char *error = nullptr;
    const QByteArray utf8 = script.toUtf8();
    if (sqlite3_exec(handleOf(db), utf8.constData(), nullptr, nullptr, &error) != SQLITE_OK) {
        const QString text = QString::fromUtf8(error ? error : "unknown error");
        sqlite3_free(error);
        throw CoreError(
            ErrorKind::Storage,
            QCoreApplication::translate("jisr::Database", "The database refused the operation: %1")
                .arg(text));
    }
}

QString SqliteBackend::migrationsFolder() const
{
    return u":/jisr/sql/sqlite"_s;
}

} // namespace jisr
