#include "platform/db/sqltransaction.h"

#include "platform/db/database.h"
#include "platform/errors/coreerror.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcTransaction, "jisr.sql.transaction")

namespace jisr {

SqlTransaction::SqlTransaction(Database &db) : m_db(db)
{
    const int depth = m_db.m_transactionDepth;
    if (depth > 0)
        m_savepoint = u"jisr_sp_"_s + QString::number(depth);
    if (!exec(isOutermost() ? m_db.backend().beginStatement() : u"SAVEPOINT "_s + m_savepoint))
        throw CoreError(ErrorKind::Storage,
                        QCoreApplication::translate("jisr::SqlTransaction",
                                                    "The database could not start a transaction."));
    ++m_db.m_transactionDepth;
}

SqlTransaction::~SqlTransaction()
{
    if (!m_done)
        rollback();
}

bool SqlTransaction::exec(const QString &sql)
{
    QSqlQuery q(m_db.connection());
    if (q.exec(sql))
        return true;
    // The statement is ours; the error text names the lock or the constraint, never values.
    qCWarning(lcTransaction) << sql << "failed:" << q.lastError().text();
    return false;
}

void SqlTransaction::rollback()
{
    m_done = true;
    --m_db.m_transactionDepth;
    if (isOutermost()) {
        exec(u"ROLLBACK"_s);
    } else {
        exec(u"ROLLBACK TO SAVEPOINT "_s + m_savepoint);
        exec(u"RELEASE SAVEPOINT "_s + m_savepoint);
    }
}

void SqlTransaction::commit()
{
    const bool ok = exec(isOutermost() ? u"COMMIT"_s : u"RELEASE SAVEPOINT "_s + m_savepoint);
    if (!ok) {
        rollback();
        throw CoreError(ErrorKind::Storage,
                        QCoreApplication::translate("jisr::SqlTransaction",
                                                    "The database could not save the change."));
    }
    m_done = true;
    --m_db.m_transactionDepth;
}

} // namespace jisr
