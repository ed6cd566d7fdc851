#pragma once

#include "platform/db/sqlbackend.h"

struct sqlite3;

namespace jisr {

// One workstation's SQLite file: WAL so that readers never block the writer, foreign keys,
// durable commits, and a busy timeout long enough that every writer waits for its turn.
class SqliteBackend final : public SqlBackend
{
public:
    // How long a write waits for another process's transaction before giving up. A large CSV
    // import holds the write lock for seconds; a login behind it must wait, not fail.
    static constexpr int BusyTimeoutMs = 30000;

    explicit SqliteBackend(QString filePath);

    Kind kind() const override { return Kind::Sqlite; }
    QString driverName() const override;
    QString location() const override { return m_filePath; }
    void prepare(QSqlDatabase &db) const override;
    void configure(const QSqlDatabase &db) const override;
    QString beginStatement() const override;
    qint64 schemaVersion(const QSqlDatabase &db) const override;
    void setSchemaVersion(const QSqlDatabase &db, int version) const override;
    void execScript(const QSqlDatabase &db, const QString &script) const override;
    QString migrationsFolder() const override;

    // The raw handle, for registering functions; owned by the connection.
    static sqlite3 *handleOf(const QSqlDatabase &db);

private:
    QString m_filePath;
};

} // namespace jisr
