#include "sqltransaction.h"

#include "coreerror.h"

#include <QCoreApplication>

namespace jisr {

SqlTransaction::SqlTransaction(QSqlDatabase db) : m_db(std::move(db))
{
    if (!m_db.transaction())
        throw CoreError(ErrorKind::Storage,
                        QCoreApplication::translate("jisr::SqlTransaction",
                                                    "The database could not start a transaction."));
}

SqlTransaction::~SqlTransaction()
{
    if (!m_done)
        m_db.rollback();
}

void SqlTransaction::commit()
{
    if (!m_db.commit()) {
        m_db.rollback();
        m_done = true;
        throw CoreError(ErrorKind::Storage,
                        QCoreApplication::translate("jisr::SqlTransaction",
                                                    "The database could not save the change."));
    }
    m_done = true;
}

} // namespace jisr
