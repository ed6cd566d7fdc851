#include "workspacetest.h"

#include "platform/db/database.h"
#include "platform/db/sqlquery.h"
#include "platform/settings/workstationsettings.h"

using namespace jisr;

void WorkspaceTest::SetUp()
{
    m_dir = std::make_unique<QTemporaryDir>();
    ASSERT_TRUE(m_dir->isValid());
    m_workspace = std::make_unique<Workspace>(m_dir->path());
    m_workspace->settings().initialize(QStringLiteral("MA-RAB"), QStringLiteral("Centre de test"),
                                       QStringLiteral("T01"));
}

void WorkspaceTest::TearDown()
{
    m_workspace.reset();
    m_dir.reset();
}

void WorkspaceTest::reopenEmpty()
{
    TearDown();
    SetUp();
}

void WorkspaceTest::reopen()
{
    m_workspace.reset();
    m_workspace = std::make_unique<Workspace>(m_dir->path());
}

Actor WorkspaceTest::actorWith(Role role, const QString &login)
{
    Actor a;
    a.login = login.isEmpty() ? roleCode(role) : login;
    a.userId = QStringLiteral("00000000-0000-4000-8000-00000000000") + QString::number(int(role));
    a.roles = {role};
    return a;
}

CaseFile WorkspaceTest::sampleCase(const QString &familyAr, const QString &givenAr,
                                   const QString &familyLat, const QString &givenLat)
{
    CaseFile c;
    c.familyNameAr = familyAr;
    c.givenNameAr = givenAr;
    c.familyNameLat = familyLat;
    c.givenNameLat = givenLat;
    c.sex = QStringLiteral("M");
    c.birthDate = QDate(1980, 5, 17);
    c.provinceCode = QStringLiteral("MA-RAB");
    c.phone = QStringLiteral("0612345678");
    return c;
}

qint64 WorkspaceTest::scalar(const QString &sql)
{
    QSqlQuery q = execQuery(m_workspace->database().connection(), sql);
    return q.next() ? q.value(0).toLongLong() : -1;
}
