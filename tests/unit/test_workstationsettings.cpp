// The workstation's settings are kept in memory for speed; memory must never disagree with the
// database, even after a rolled-back write.
#include "jisrtest.h"
#include "platform/db/database.h"
#include "platform/db/sqltransaction.h"
#include "platform/settings/workstationsettings.h"

using namespace Qt::StringLiterals;
using namespace jisr;

class WorkstationSettingsTest : public WorkspaceTest
{
};

TEST_F(WorkstationSettingsTest, ARolledBackSettingIsNotRememberedByThisProcess)
{
    WorkstationSettings &settings = ws().settings();
    const QString before = settings.centreName();
    try {
        SqlTransaction tx(ws().database());
        settings.setValue(u"centre_name"_s, u"Centre mal saisi"_s);
        EXPECT_EQ(settings.centreName(), u"Centre mal saisi"_s); // seen inside its transaction
        throw std::runtime_error("the set-up is abandoned");
    } catch (const std::runtime_error &) {
    }
    EXPECT_EQ(settings.centreName(), before);
    EXPECT_EQ(settings.centreName(), before); // and not cached wrongly on the second read
}

TEST_F(WorkstationSettingsTest, ACommittedSettingIsReadBack)
{
    {
        SqlTransaction tx(ws().database());
        ws().settings().setValue(u"idle_lock_minutes"_s, u"7"_s);
        tx.commit();
    }
    EXPECT_EQ(ws().settings().value(u"idle_lock_minutes"_s), u"7"_s);
    reopen();
    EXPECT_EQ(ws().settings().value(u"idle_lock_minutes"_s), u"7"_s);
}
