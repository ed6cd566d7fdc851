#pragma once

#include <QString>
#include <QStringList>

namespace jisr {

class Database;

// Applies the numbered SQL migrations shipped in resources (:/jisr/sql/NNN_name.sql), each in
// one transaction together with the new PRAGMA user_version. Shipped migrations are never
// edited; a new schema change is a new file.
class MigrationRunner
{
public:
    explicit MigrationRunner(Database &db);

    // The highest schema version this program knows.
    static int latestVersion();
    // Resource paths of the migrations, in order; index i holds version i + 1.
    static QStringList migrationFiles();

    // Throws CoreError(IncompatibleDatabase) if the file is newer than this program.
    void refuseNewerDatabase() const;
    // Brings the database up to `target` (default: latest).
    void migrate(int target = -1);

private:
    Database &m_db;
};

} // namespace jisr
