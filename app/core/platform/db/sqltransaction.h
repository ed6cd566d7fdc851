#pragma once

#include <QString>

namespace jisr {

class Database;

// RAII transaction: rolls back unless commit() was called, so that an exception anywhere in a
// write leaves nothing half-saved (including the change-log and audit rows written with it).
//
// Transactions nest: the outermost one begins as its backend says (SQLite: BEGIN IMMEDIATE,
// which takes the write lock at once and waits its turn behind other processes rather than
// failing half-way), inner ones are savepoints. A bulk operation (CSV import, demo data) can
// therefore wrap many service calls in one all-or-nothing unit, and an inner failure that the
// caller catches undoes only that inner part.
class SqlTransaction
{
public:
    explicit SqlTransaction(Database &db);
    ~SqlTransaction();
    SqlTransaction(const SqlTransaction &) = delete;
    SqlTransaction &operator=(const SqlTransaction &) = delete;

    void commit();
    bool isOutermost() const { return m_savepoint.isEmpty(); }

private:
    bool exec(const QString &sql);
    void rollback();

    Database &m_db;
    QString m_savepoint; // empty for the outermost transaction
    bool m_done = false;
};

} // namespace jisr
