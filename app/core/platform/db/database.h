#pragma once

#include <QSqlDatabase>
#include <QString>

struct sqlite3;

namespace jisr {

// One workstation's SQLite file. Owns a named QtSql connection (never the default one) for the
// thread that opened it, with WAL, foreign keys and a busy timeout, migrated to the schema this
// program knows. A database written by a newer Jisr is refused before anything is written to it.
class Database
{
public:
    // Opens (creating if needed) and migrates. Throws CoreError.
    explicit Database(const QString &filePath);
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    QSqlDatabase connection() const { return m_db; }
    QString filePath() const { return m_filePath; }
    int schemaVersion() const;

    // Runs a multi-statement SQL script (migrations, test fixtures) through SQLite directly,
    // since QSqlQuery runs one statement at a time.
    void execScript(const QString &sql);

    // The raw handle, for registering functions and for scripts; owned by the connection.
    sqlite3 *handle() const;

private:
    void configure();

    QString m_filePath;
    QString m_connectionName;
    QSqlDatabase m_db;
};

} // namespace jisr
