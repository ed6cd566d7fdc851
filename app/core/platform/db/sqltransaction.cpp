#include "platform/db/sqltransaction.h"

#include "platform/errors/coreerror.h"

#include <QCoreApplication>
#include <QSqlDriver>
#include <QSqlQuery>
#include <sqlite3.h>

using namespace Qt::StringLiterals;

namespace jisr {

namespace {

bool insideTransaction(const QSqlDatabase &db)
{
    const QVariant handle = db.driver()->handle();
    auto *sqlite = *static_cast<sqlite3 *const *>(handle.data());
    return sqlite && sqlite3_get_autocommit(sqlite) == 0;
}

int &savepointCounter()
{
    // Names only need to be distinct among the savepoints open at once on this thread.
    thread_local int counter = 0;
    return counter;
}

} // namespace

SqlTransaction::SqlTransaction(QSqlDatabase db) : m_db(std::move(db))
{
    bool ok = false;
    if (insideTransaction(m_db)) {
        m_savepoint = u"jisr_sp_%1"_s.arg(++savepointCounter());
        ok = exec(u"SAVEPOINT "_s + m_savepoint);
    } else {
        ok = exec(u"BEGIN IMMEDIATE"_s);
    }
    if (!ok)
        throw CoreError(ErrorKind::Storage,
                        QCoreApplication::translate("jisr::SqlTransaction",
                                                    "The database could not start a transaction."));
}

SqlTransaction::~SqlTransaction()
{
    if (!m_done)
        rollback();
}

bool SqlTransaction::exec(const QString &sql)
{
    QSqlQuery q(m_db);
    return q.exec(sql);
}

void SqlTransaction::rollback()
{
    m_done = true;
    if (m_savepoint.isEmpty()) {
        exec(u"ROLLBACK"_s);
    } else {
        exec(u"ROLLBACK TO "_s + m_savepoint);
        exec(u"RELEASE "_s + m_savepoint);
    }
}

void SqlTransaction::commit()
{
    const bool ok = exec(m_savepoint.isEmpty() ? u"COMMIT"_s : u"RELEASE "_s + m_savepoint);
    if (!ok) {
        rollback();
        throw CoreError(ErrorKind::Storage,
                        QCoreApplication::translate("jisr::SqlTransaction",
                                                    "The database could not save the change."));
    }
    m_done = true;
}

} // namespace jisr
