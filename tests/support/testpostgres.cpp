#include "testpostgres.h"

#include <QFile>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>
#include <stdexcept>

using namespace Qt::StringLiterals;
using namespace jisr;

PostgresBackend::Address TestPostgres::cluster()
{
    const QString file =
        qEnvironmentVariable("JISR_TEST_PG_CONNINFO", QStringLiteral(JISR_TEST_PG_CONNINFO_FILE));
    QFile f(file);
    if (file.isEmpty() || !f.open(QIODevice::ReadOnly))
        throw std::runtime_error(
            "PostgreSQL is required: run the tests through ctest, which starts a throw-away "
            "cluster (tests/support/pgcluster.sh) and writes how to reach it in: " +
            file.toStdString());
    return PostgresBackend::parseConnectionString(QString::fromUtf8(f.readAll()).trimmed());
}

void TestPostgres::adminStatement(const QString &sql)
{
    const PostgresBackend::Address a = cluster();
    const QString name = u"jisr-test-admin-"_s + QUuid::createUuid().toString(QUuid::Id128);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QPSQL"_s, name);
        db.setHostName(a.host);
        db.setPort(a.port);
        db.setDatabaseName(a.database);
        db.setUserName(a.user);
        if (!db.open())
            throw std::runtime_error("cannot reach the test PostgreSQL: " +
                                     db.lastError().text().toStdString());
        QSqlQuery q(db);
        if (!q.exec(sql))
            throw std::runtime_error(q.lastError().text().toStdString());
    }
    QSqlDatabase::removeDatabase(name);
}

PostgresBackend::Address TestPostgres::freshDatabase(const QString &purpose)
{
    PostgresBackend::Address a = cluster();
    QString safe = purpose.toLower();
    safe.replace(QRegularExpression(u"[^a-z0-9_]"_s), u"_"_s);
    a.database =
        u"t_"_s + safe.left(40) + u'_' + QUuid::createUuid().toString(QUuid::Id128).left(12);
    // A database name is an identifier, not a value: built from the pattern above only.
    adminStatement(u"CREATE DATABASE "_s + a.database);
    return a;
}

void TestPostgres::drop(const PostgresBackend::Address &address)
{
    adminStatement(u"DROP DATABASE IF EXISTS "_s + address.database + u" WITH (FORCE)"_s);
}
