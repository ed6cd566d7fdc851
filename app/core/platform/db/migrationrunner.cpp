#include "platform/db/migrationrunner.h"

#include "platform/db/database.h"
#include "platform/errors/coreerror.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>

using namespace Qt::StringLiterals;

namespace jisr {

MigrationRunner::MigrationRunner(Database &db) : m_db(db) {}

QStringList MigrationRunner::migrationFiles()
{
    QDir dir(u":/jisr/sql"_s);
    QStringList files = dir.entryList({u"*.sql"_s}, QDir::Files, QDir::Name);
    for (QString &f : files)
        f = dir.filePath(f);
    return files;
}

int MigrationRunner::latestVersion()
{
    return int(migrationFiles().size());
}

void MigrationRunner::refuseNewerDatabase() const
{
    const int current = m_db.schemaVersion();
    if (current > latestVersion()) {
        throw CoreError(ErrorKind::IncompatibleDatabase,
                        QCoreApplication::translate(
                            "jisr::MigrationRunner",
                            "This database was created by a newer version of Jisr (schema %1; this "
                            "program knows up to %2). Install the newer version; the file was not "
                            "modified.")
                            .arg(current)
                            .arg(latestVersion()));
    }
}

void MigrationRunner::migrate(int target)
{
    refuseNewerDatabase();
    const QStringList files = migrationFiles();
    if (target < 0 || target > files.size())
        target = int(files.size());
    for (int version = m_db.schemaVersion() + 1; version <= target; ++version) {
        QFile file(files.at(version - 1));
        if (!file.open(QIODevice::ReadOnly))
            throw CoreError(ErrorKind::Storage, u"Missing migration "_s + file.fileName());
        const QString script = QString::fromUtf8(file.readAll());
        // One transaction per migration: a failure leaves the previous version intact.
        m_db.execScript(u"BEGIN IMMEDIATE;"_s);
        try {
            m_db.execScript(script + u"\nPRAGMA user_version = "_s + QString::number(version) +
                            u";\nCOMMIT;"_s);
        } catch (...) {
            m_db.execScript(u"ROLLBACK;"_s);
            throw;
        }
    }
}

} // namespace jisr
