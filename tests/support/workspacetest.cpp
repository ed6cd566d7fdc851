#include "workspacetest.h"

#include "platform/db/database.h"
#include "platform/db/sqlquery.h"

using namespace jisr;

WorkspaceTest::WorkspaceTest() : m_centre(std::make_unique<TestCentre>()) {}

void WorkspaceTest::TearDown()
{
    m_centre.reset();
}

void WorkspaceTest::reopenEmpty()
{
    m_centre = std::make_unique<TestCentre>();
}

qint64 WorkspaceTest::scalar(const QString &sql)
{
    QSqlQuery q = execQuery(ws().database().connection(), sql);
    return q.next() ? q.value(0).toLongLong() : -1;
}
