#pragma once

#include <QString>
#include <QStringList>

namespace jisr {

class Database;
class SqlBackend;

// Applies the numbered SQL migrations of the database's backend
// (:/jisr/sql/<backend>/NNN_name.sql), each in one transaction together with the new schema
// version. Shipped migrations are never edited; a new schema change is a new file in each backend's
// ladder.
class MigrationRunner
{
public:
    explicit MigrationRunner(Database &db);

    // The highest schema version this program knows for the database's backend.
    int latestVersion() const;
    // Resource paths of the migrations, in order; index i holds version i + 1.
    QStringList migrationFiles() const;
    static QStringList migrationFiles(const SqlBackend &backend);
    // The SQLite ladder's latest version (the workstation's database).
    static int latestSqliteVersion();

    // Throws CoreError(IncompatibleDatabase) for a database this program must not change: one
    // written by a newer Jisr, or one whose recorded version is impossible (negative).
    void refuseIncompatible() const;
    // Brings the database up to `target` (default: latest). A migration that fails (for
    // example because the recorded version is lower than the tables really are) is rolled
    // back and refused with IncompatibleDatabase: the database is left as it was.
    void migrate(int target = -1);

private:
    void apply(int version, const QString &file);

    Database &m_db;
};

} // namespace jisr
