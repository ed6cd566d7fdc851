#include "platform/db/postgresbackend.h"

#include "platform/db/sqlquery.h"
#include "platform/db/sqlscript.h"
#include "platform/errors/coreerror.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace jisr {

PostgresBackend::PostgresBackend(Address address) : m_address(std::move(address)) {}

PostgresBackend::Address PostgresBackend::parseConnectionString(const QString &text)
{
    Address a;
    for (const QString &pair : text.split(u' ', Qt::SkipEmptyParts)) {
        const qsizetype eq = pair.indexOf(u'=');
        if (eq <= 0)
            continue;
        const QString key = pair.left(eq);
        const QString value = pair.mid(eq + 1);
        if (key == u"host"_s)
            a.host = value;
        else if (key == u"port"_s)
            a.port = value.toInt();
        else if (key == u"dbname"_s)
            a.database = value;
        else if (key == u"user"_s)
            a.user = value;
        else if (key == u"password"_s)
            a.password = value;
    }
    return a;
}

QString PostgresBackend::driverName() const
{
    return u"QPSQL"_s;
}

QString PostgresBackend::location() const
{
    return m_address.host + u':' + QString::number(m_address.port) + u'/' + m_address.database;
}

void PostgresBackend::prepare(QSqlDatabase &db) const
{
    db.setHostName(m_address.host);
    db.setPort(m_address.port);
    db.setDatabaseName(m_address.database);
    db.setUserName(m_address.user);
    db.setPassword(m_address.password);
    db.setConnectOptions(u"connect_timeout=10"_s);
}

void PostgresBackend::configure(const QSqlDatabase &db) const
{
    // Times are stored as UTC text by the core; the session zone only matters to server-side
    // functions, and must not depend on the machine the server runs on.
    execScript(db, u"SET TIME ZONE 'UTC'; SET client_min_messages = warning"_s);
}

QString PostgresBackend::beginStatement() const
{
    return u"BEGIN"_s;
}

qint64 PostgresBackend::schemaVersion(const QSqlDatabase &db) const
{
    const QList<QVariantList> exists =
        selectRows(db, u"SELECT to_regclass('jisr_schema') IS NOT NULL"_s);
    if (exists.isEmpty() || !exists.first().first().toBool())
        return 0;
    const QList<QVariantList> rows = selectRows(db, u"SELECT max(version) FROM jisr_schema"_s);
    return rows.isEmpty() ? 0 : rows.first().first().toLongLong();
}

void PostgresBackend::setSchemaVersion(const QSqlDatabase &db, int version) const
{
    execScript(db, u"CREATE TABLE IF NOT EXISTS jisr_schema (version bigint NOT NULL);"
                   "DELETE FROM jisr_schema"_s);
    execQuery(db, u"INSERT INTO jisr_schema (version) VALUES (?)"_s, {version});
}

void PostgresBackend::execScript(const QSqlDatabase &db, const QString &script) const
{
    // One statement at a time: the driver reports only the first result of a batch, so an
    // error in a later statement of a migration would otherwise go unnoticed.
    for (const QString &statement : SqlScript::statements(script)) {
        QSqlQuery q(db);
        if (!q.exec(statement))
            throw CoreError(ErrorKind::Storage,
                            QCoreApplication::translate("jisr::Database",
                                                        "The database refused the operation: %1")
                                .arg(q.lastError().databaseText()));
    }
}

QString PostgresBackend::migrationsFolder() const
{
    return u":/jisr/sql/postgres"_s;
}

} // namespace jisr
