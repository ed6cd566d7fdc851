#include "platform/db/sqlquery.h"

#include "platform/errors/coreerror.h"

#include <QCoreApplication>
#include <QHash>
#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlRecord>
#include <memory>

Q_LOGGING_CATEGORY(lcSql, "jisr.sql")

namespace jisr {

namespace {

[[noreturn]] void fail(const QSqlQuery &query)
{
    // The statement text is logged, never the bound values: they may hold personal data.
    qCWarning(lcSql) << "SQL failed:" << query.lastError().text() << "in" << query.lastQuery();
    throw CoreError(ErrorKind::Storage, QCoreApplication::translate(
                                            "jisr::Sql", "The database refused the operation: %1")
                                            .arg(query.lastError().databaseText()));
}

// QtSql binds a null QString as SQL NULL. In Jisr a null QString is an empty text (columns are
// NOT NULL DEFAULT ''); SQL NULL is spelled QVariant() explicitly by the caller.
QVariant bindable(const QVariant &value)
{
    if (value.typeId() == QMetaType::QString && value.toString().isNull())
        return QStringLiteral("");
    return value;
}

// Prepared statements kept per connection: a registration runs the same INSERTs, UPDATEs and
// small lookups every time, and parsing them again costs more than running them. Writes and
// selectRows() use them; a SELECT whose rows a caller walks gets its own statement, since a
// kept one could be re-run underneath it.
using StatementCache = QHash<QString, QHash<QString, std::shared_ptr<QSqlQuery>>>;
StatementCache &statementCache()
{
    thread_local StatementCache cache;
    return cache;
}

bool isWrite(const QString &sql)
{
    const QStringView head = QStringView(sql).trimmed().left(7);
    return head.startsWith(u"INSERT", Qt::CaseInsensitive) ||
           head.startsWith(u"UPDATE", Qt::CaseInsensitive) ||
           head.startsWith(u"DELETE", Qt::CaseInsensitive);
}

QSqlQuery &kept(const QSqlDatabase &db, const QString &sql)
{
    auto &statements = statementCache()[db.connectionName()];
    auto it = statements.find(sql);
    if (it == statements.end()) {
        auto query = std::make_shared<QSqlQuery>(db);
        if (!query->prepare(sql))
            fail(*query);
        if (statements.size() >= 256)
            statements.clear();
        it = statements.insert(sql, query);
    }
    return **it;
}

void run(QSqlQuery &query, const QVariantList &params)
{
    for (const QVariant &value : params)
        query.addBindValue(bindable(value));
    if (!query.exec())
        fail(query);
}

void runNamed(QSqlQuery &query, const QVariantMap &params)
{
    for (auto it = params.cbegin(); it != params.cend(); ++it)
        query.bindValue(u':' + it.key(), bindable(it.value()));
    if (!query.exec())
        fail(query);
}

} // namespace

void releaseStatements(const QString &connectionName)
{
    statementCache().remove(connectionName);
}

QSqlQuery execQuery(const QSqlDatabase &db, const QString &sql, const QVariantList &params)
{
    if (isWrite(sql)) {
        run(kept(db, sql), params);
        return QSqlQuery();
    }
    QSqlQuery query(db);
    if (!query.prepare(sql))
        fail(query);
    run(query, params);
    return query;
}

QSqlQuery execQuery(const QSqlDatabase &db, const QString &sql,
                    std::initializer_list<QVariant> params)
{
    return execQuery(db, sql, QVariantList(params));
}

QSqlQuery execNamedQuery(const QSqlDatabase &db, const QString &sql, const QVariantMap &params)
{
    if (isWrite(sql)) {
        runNamed(kept(db, sql), params);
        return QSqlQuery();
    }
    QSqlQuery query(db);
    if (!query.prepare(sql))
        fail(query);
    runNamed(query, params);
    return query;
}

QList<QVariantList> selectRows(const QSqlDatabase &db, const QString &sql,
                               const QVariantList &params)
{
    QSqlQuery &query = kept(db, sql);
    run(query, params);
    QList<QVariantList> rows;
    const int columns = query.record().count();
    while (query.next()) {
        QVariantList row;
        row.reserve(columns);
        for (int i = 0; i < columns; ++i)
            row << query.value(i);
        rows << row;
    }
    // Reset now: a kept statement left mid-result would hold the connection's read snapshot.
    query.finish();
    return rows;
}

} // namespace jisr
