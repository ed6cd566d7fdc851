#pragma once

#include <QList>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariant>
#include <initializer_list>

namespace jisr {

// Prepares and runs a statement with bound parameters only (never string concatenation of
// values), throwing CoreError(Storage) on failure so callers need no error plumbing. INSERT,
// UPDATE and DELETE statements are kept prepared and return an empty query.
QSqlQuery execQuery(const QSqlDatabase &db, const QString &sql,
                    std::initializer_list<QVariant> params = {});
QSqlQuery execQuery(const QSqlDatabase &db, const QString &sql, const QVariantList &params);

// Runs a small SELECT whose prepared statement is kept for the next call (the lookups made on
// every registration) and returns all its rows at once.
QList<QVariantList> selectRows(const QSqlDatabase &db, const QString &sql,
                               const QVariantList &params = {});

// Runs a statement with named parameters (":name").
QSqlQuery execNamedQuery(const QSqlDatabase &db, const QString &sql, const QVariantMap &params);

// Forgets the prepared statements kept for a connection; called before the connection closes.
void releaseStatements(const QString &connectionName);

} // namespace jisr
