#pragma once

#include "platform/db/sqlbackend.h"

namespace jisr {

// The ministry's server database through Qt's QPSQL driver. Several server instances share one
// PostgreSQL, so nothing here may assume a single process: the schema version is a row in a
// table, written in the same transaction as the migration that reached it.
class PostgresBackend final : public SqlBackend
{
public:
    struct Address
    {
        QString host = QStringLiteral("127.0.0.1");
        int port = 5432;
        QString database;
        QString user;
        QString password;
    };

    explicit PostgresBackend(Address address);
    // "host=… port=… dbname=… user=… password=…", the libpq keyword form IT already uses.
    static Address parseConnectionString(const QString &text);

    Kind kind() const override { return Kind::Postgres; }
    QString driverName() const override;
    QString location() const override;
    void prepare(QSqlDatabase &db) const override;
    void configure(const QSqlDatabase &db) const override;
    QString beginStatement() const override;
    qint64 schemaVersion(const QSqlDatabase &db) const override;
    void setSchemaVersion(const QSqlDatabase &db, int version) const override;
    void execScript(const QSqlDatabase &db, const QString &script) const override;
    QString migrationsFolder() const override;

private:
    Address m_address;
};

} // namespace jisr
