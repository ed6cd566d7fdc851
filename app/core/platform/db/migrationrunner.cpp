#include "platform/db/migrationrunner.h"

#include "platform/db/database.h"
#include "platform/db/sqlitebackend.h"
#include "platform/db/sqltransaction.h"
#include "platform/errors/coreerror.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>

using namespace Qt::StringLiterals;

namespace jisr {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("jisr::MigrationRunner", text);
}

} // namespace

MigrationRunner::MigrationRunner(Database &db) : m_db(db) {}

QStringList MigrationRunner::migrationFiles(const SqlBackend &backend)
{
    const QDir dir(backend.migrationsFolder());
    QStringList files = dir.entryList({u"*.sql"_s}, QDir::Files, QDir::Name);
    for (QString &f : files)
        f = dir.filePath(f);
    return files;
}

QStringList MigrationRunner::migrationFiles() const
{
    return migrationFiles(m_db.backend());
}

int MigrationRunner::latestVersion() const
{
    return int(migrationFiles().size());
}

int MigrationRunner::latestSqliteVersion()
{
    return int(migrationFiles(SqliteBackend(QString())).size());
}

void MigrationRunner::refuseIncompatible() const
{
    const qint64 current = m_db.schemaVersion();
    if (current < 0) {
        throw CoreError(ErrorKind::IncompatibleDatabase,
                        tr("This database records an impossible schema version (%1): it was "
                           "damaged or not made by Jisr. The file was not modified.")
                            .arg(current));
    }
    if (current > latestVersion()) {
        throw CoreError(ErrorKind::IncompatibleDatabase,
                        tr("This database was created by a newer version of Jisr (schema %1; this "
                           "program knows up to %2). Install the newer version; the file was not "
                           "modified.")
                            .arg(current)
                            .arg(latestVersion()));
    }
}

void MigrationRunner::migrate(int target)
{
    refuseIncompatible();
    const QStringList files = migrationFiles();
    if (target < 0 || target > files.size())
        target = int(files.size());
    for (int version = int(m_db.schemaVersion()) + 1; version <= target; ++version)
        apply(version, files.at(version - 1));
}

void MigrationRunner::apply(int version, const QString &fileName)
{
    QFile file(fileName);
    if (!file.open(QIODevice::ReadOnly))
        throw CoreError(ErrorKind::Storage, u"Missing migration "_s + file.fileName());
    const QString script = QString::fromUtf8(file.readAll());
    // One transaction per migration: a failure leaves the previous version intact.
    SqlTransaction tx(m_db);
    try {
        m_db.execScript(script);
        m_db.backend().setSchemaVersion(m_db.connection(), version);
    } catch (const CoreError &e) {
        // The tables do not match the recorded version (a version edited by hand, a copy
        // restored over another): upgrading would mix two schemas.
        throw CoreError(ErrorKind::IncompatibleDatabase,
                        tr("This database's tables do not match its recorded schema version "
                           "(%1): upgrading it to version %2 failed, and it was not modified.")
                            .arg(version - 1)
                            .arg(version),
                        {e.message()});
    }
    tx.commit();
}

} // namespace jisr
