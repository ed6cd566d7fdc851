#include "platform/db/database.h"

#include "platform/db/migrationrunner.h"
#include "platform/db/sqlitebackend.h"
#include "platform/db/sqlquery.h"
#include "platform/errors/coreerror.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace jisr {

Database::Database(const QString &sqliteFile)
    : Database(std::make_unique<SqliteBackend>(sqliteFile))
{
}

Database::Database(std::unique_ptr<SqlBackend> backend, Migrate migrate)
    : m_backend(std::move(backend)),
      m_connectionName(u"jisr-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces))
{
    open();
    try {
        // The version checks come before any setting that writes (SQLite's journal mode), so
        // a database this program must not touch is left exactly as it was.
        MigrationRunner runner(*this);
        runner.refuseIncompatible();
        m_backend->configure(m_db);
        if (migrate == Migrate::Yes)
            runner.migrate();
    } catch (...) {
        releaseStatements(m_connectionName);
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_connectionName);
        throw;
    }
}

void Database::open()
{
    m_db = QSqlDatabase::addDatabase(m_backend->driverName(), m_connectionName);
    m_backend->prepare(m_db);
    if (m_db.open())
        return;
    const QString reason = m_db.lastError().databaseText();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
    throw CoreError(
        ErrorKind::Storage,
        QCoreApplication::translate("jisr::Database", "The database could not be opened: %1 (%2)")
            .arg(m_backend->location(), reason));
}

Database::~Database()
{
    releaseStatements(m_connectionName);
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
}

qint64 Database::schemaVersion() const
{
    return m_backend->schemaVersion(m_db);
}

void Database::execScript(const QString &sql)
{
    m_backend->execScript(m_db, sql);
}

} // namespace jisr
