#pragma once

#include "platform/db/sqlbackend.h"

#include <QSqlDatabase>
#include <QString>
#include <memory>

namespace jisr {

// One connection to Jisr's data: the workstation's SQLite file or the server's PostgreSQL.
// Owns a named QtSql connection (never the default one) for the thread that opened it, tuned by
// its backend and migrated to the schema this program knows. A database written by a newer
// Jisr, or whose recorded version does not match its tables, is refused without being changed.
class Database
{
public:
    enum class Migrate { Yes, No };

    // The workstation's SQLite file, created if missing. Throws CoreError.
    explicit Database(const QString &sqliteFile);
    // Any backend; Migrate::No is for tests and tools that drive the migration ladder
    // themselves (the version checks still run).
    explicit Database(std::unique_ptr<SqlBackend> backend, Migrate migrate = Migrate::Yes);
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    QSqlDatabase connection() const { return m_db; }
    const SqlBackend &backend() const { return *m_backend; }
    bool isSqlite() const { return m_backend->kind() == SqlBackend::Kind::Sqlite; }
    // The file (SQLite) or host:port/database (PostgreSQL).
    QString location() const { return m_backend->location(); }
    qint64 schemaVersion() const;

    // Runs a multi-statement SQL script (migrations, test fixtures).
    void execScript(const QString &sql);

    // How many SqlTransactions are open on this connection (0: none). Kept here rather than
    // asked of the driver, which PostgreSQL's does not tell.
    int transactionDepth() const { return m_transactionDepth; }

private:
    friend class SqlTransaction;
    void open();

    std::unique_ptr<SqlBackend> m_backend;
    QString m_connectionName;
    QSqlDatabase m_db;
    int m_transactionDepth = 0;
};

} // namespace jisr
