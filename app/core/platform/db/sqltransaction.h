#pragma once

#include <QSqlDatabase>
#include <QString>

namespace jisr {

// RAII transaction: rolls back unless commit() was called, so that an exception anywhere in a
// write leaves nothing half-saved (including the change-log and audit rows written with it).
//
// Transactions nest: the outermost one is a BEGIN IMMEDIATE (take the write lock at once rather
// than fail half-way when another process writes), inner ones are savepoints. A bulk operation
// (CSV import, demo data) can therefore wrap many service calls in one all-or-nothing unit, and
// an inner failure that the caller catches undoes only that inner part.
class SqlTransaction
{
public:
    explicit SqlTransaction(QSqlDatabase db);
    ~SqlTransaction();
    SqlTransaction(const SqlTransaction &) = delete;
    SqlTransaction &operator=(const SqlTransaction &) = delete;

    void commit();

private:
    bool exec(const QString &sql);
    void rollback();

    QSqlDatabase m_db;
    QString m_savepoint; // empty for the outermost transaction
    bool m_done = false;
};

} // namespace jisr
