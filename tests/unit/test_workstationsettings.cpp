// The workstation's settings are kept in memory for speed; memory must never disagree with the
// database, even after a rolled-back write.
#include "centre/settingsservice.h"
#include "jisrtest.h"
#include "platform/db/database.h"
#include "platform/db/sqltransaction.h"
#include "platform/settings/workstationsettings.h"
#include "workspace/workspace.h"

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

// A centre renamed or moved after set-up: its administrator changes the names, address and phone;
// the province stays, and nobody else can change them.
TEST_F(WorkstationSettingsTest, TheAdministratorRenamesTheCentreInBothLanguages)
{
    const QString province = ws().settings().provinceCode();
    ws().centreSettings().setCentreIdentity(actorWith(Role::Administrator),
                                            {u"  Centre médico-social\n de Salé "_s,
                                             u"المركز الطبي الاجتماعي بسلا"_s,
                                             u"Rue 12, Hay Salam"_s, u"05 37 00 00 00"_s});
    reopen();
    const CentreIdentity identity = ws().centreSettings().centreIdentity();
    EXPECT_EQ(identity.name, u"Centre médico-social de Salé"_s); // cleaned as at set-up
    EXPECT_EQ(identity.nameAr, u"المركز الطبي الاجتماعي بسلا"_s);
    EXPECT_EQ(identity.phone, u"05 37 00 00 00"_s);
    EXPECT_EQ(ws().settings().centreName(u"ar"_s), identity.nameAr);
    EXPECT_EQ(ws().settings().provinceCode(), province);
}

TEST_F(WorkstationSettingsTest, AnEmptyNameOrAnotherRoleChangesNothing)
{
    const CentreIdentity before = ws().centreSettings().centreIdentity();
    EXPECT_CORE_ERROR(ws().centreSettings().setCentreIdentity(actorWith(Role::Administrator),
                                                              {u"  "_s, u"مركز"_s, {}, {}}),
                      ErrorKind::Validation);
    EXPECT_CORE_ERROR(ws().centreSettings().setCentreIdentity(actorWith(Role::Reception),
                                                              {u"Autre"_s, {}, {}, {}}),
                      ErrorKind::PermissionDenied);
    EXPECT_EQ(ws().centreSettings().centreIdentity(), before);
}
