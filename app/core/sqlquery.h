#pragma once

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariant>
#include <initializer_list>

namespace jisr {

// Prepares and runs a statement with bound parameters only (never string concatenation of
// values), throwing CoreError(Storage) on failure so callers need no error plumbing.
QSqlQuery execQuery(const QSqlDatabase &db, const QString &sql,
                    std::initializer_list<QVariant> params = {});
QSqlQuery execQuery(const QSqlDatabase &db, const QString &sql, const QVariantList &params);

// Runs a statement with named parameters (":name").
QSqlQuery execNamedQuery(const QSqlDatabase &db, const QString &sql, const QVariantMap &params);

} // namespace jisr
