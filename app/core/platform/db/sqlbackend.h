#pragma once

#include <QSqlDatabase>
#include <QString>

namespace jisr {

// What differs between the workstation's SQLite file and the server's PostgreSQL: how to open
// and tune a connection, how a write transaction begins, where the schema version is kept, how
// a multi-statement script runs and which migration ladder applies. Callers see only
// Database, SqlTransaction and MigrationRunner; no pragma or BEGIN IMMEDIATE leaks out.
class SqlBackend
{
public:
    enum class Kind { Sqlite, Postgres };

    virtual ~SqlBackend() = default;

    virtual Kind kind() const = 0;
    virtual QString driverName() const = 0; // QSQLITE, QPSQL
    // Where the data is, for messages: a file path or host:port/database (never a password).
    virtual QString location() const = 0;
    // Sets database name, host, options on a new connection before it opens.
    virtual void prepare(QSqlDatabase &db) const = 0;
    // Session settings once open (SQLite pragmas, PostgreSQL time zone...).
    virtual void configure(const QSqlDatabase &db) const = 0;

    // The statement that opens an outermost write transaction. SQLite takes the write lock at
    // once (waiting its turn behind other processes) instead of failing when a read upgrades.
    virtual QString beginStatement() const = 0;

    // The schema version recorded in the database; 0 for an empty database.
    virtual qint64 schemaVersion(const QSqlDatabase &db) const = 0;
    // Records the version, inside the migration's transaction.
    virtual void setSchemaVersion(const QSqlDatabase &db, int version) const = 0;
    // Runs a script of several statements (a migration), inside the caller's transaction.
    virtual void execScript(const QSqlDatabase &db, const QString &script) const = 0;
    // The resource folder of this backend's migration ladder (":/jisr/sql/sqlite"...).
    virtual QString migrationsFolder() const = 0;
};

} // namespace jisr
