#pragma once

#include <QSqlDatabase>

namespace jisr {

// RAII transaction: rolls back unless commit() was called, so that an exception anywhere in a
// write leaves nothing half-saved (including the change-log and audit rows written with it).
class SqlTransaction
{
public:
    explicit SqlTransaction(QSqlDatabase db);
    ~SqlTransaction();
    SqlTransaction(const SqlTransaction &) = delete;
    SqlTransaction &operator=(const SqlTransaction &) = delete;

    void commit();

private:
    QSqlDatabase m_db;
    bool m_done = false;
};

} // namespace jisr
