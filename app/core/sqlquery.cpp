#include "sqlquery.h"

#include "coreerror.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QSqlError>

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

} // namespace

QSqlQuery execQuery(const QSqlDatabase &db, const QString &sql, const QVariantList &params)
{
    QSqlQuery query(db);
    if (!query.prepare(sql))
        fail(query);
    for (const QVariant &value : params)
        query.addBindValue(bindable(value));
    if (!query.exec())
        fail(query);
    return query;
}

QSqlQuery execQuery(const QSqlDatabase &db, const QString &sql,
                    std::initializer_list<QVariant> params)
{
    return execQuery(db, sql, QVariantList(params));
}

QSqlQuery execNamedQuery(const QSqlDatabase &db, const QString &sql, const QVariantMap &params)
{
    QSqlQuery query(db);
    if (!query.prepare(sql))
        fail(query);
    for (auto it = params.cbegin(); it != params.cend(); ++it)
        query.bindValue(u':' + it.key(), bindable(it.value()));
    if (!query.exec())
        fail(query);
    return query;
}

} // namespace jisr
