// Setting up a centre: one service for the first-run wizard and `jisrctl init`, so both refuse
// the same mistakes and write the centre and its first administrator together or not at all.
#include "accounts/authservice.h"
#include "accounts/userservice.h"
#include "centre/centresetup.h"
#include "demo/demodataloader.h"
#include "jisrtest.h"
#include "platform/errors/coreerror.h"
#include "platform/settings/workstationsettings.h"

#include <QTemporaryDir>

using namespace Qt::StringLiterals;

using namespace jisr;

namespace {

const QString Password = u"Cedre-du-Moyen-Atlas"_s;

NewCentre fesCentre()
{
    NewCentre c;
    c.provinceCode = u" ma-fes "_s;
    c.name = u"  Centre médico-social\n de Fès "_s;
    c.address = u"Avenue Hassan II\u001b[2J"_s;
    c.phone = u"05 35 00 00 00"_s;
    c.series = u"k7x"_s;
    c.administrator.login = u"admin"_s;
    c.administrator.nameFr = u"Khadija Amrani"_s;
    c.administrator.nameAr = u"خديجة العمراني"_s;
    return c;
}

} // namespace

class CentreSetupTest : public ::testing::Test
{
protected:
    void SetUp() override { m_ws = std::make_unique<Workspace>(m_dir.path()); }
    Workspace &ws() { return *m_ws; }

    void expectRefused(const NewCentre &c, const QString &password = Password)
    {
        try {
            CentreSetup(ws()).run(c, password);
            ADD_FAILURE() << "accepted";
        } catch (const CoreError &e) {
            EXPECT_EQ(e.kind(), ErrorKind::Validation) << e.message().toStdString();
        }
        EXPECT_FALSE(ws().settings().isInitialized());
        EXPECT_FALSE(ws().users().hasUsers());
    }

    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_ws;
};

TEST_F(CentreSetupTest, TheCentreAndItsAdministratorAreCreatedCleaned)
{
    CentreSetup setup(ws());
    EXPECT_TRUE(setup.needsAdministrator());
    setup.run(fesCentre(), Password);
    const WorkstationSettings &s = ws().settings();
    EXPECT_TRUE(s.isInitialized());
    EXPECT_EQ(s.provinceCode(), u"MA-FES"_s);
    EXPECT_EQ(s.centreName(), u"Centre médico-social de Fès"_s);
    EXPECT_EQ(s.dossierSeries(), u"K7X"_s);
    EXPECT_EQ(s.value(u"centre_address"_s), u"Avenue Hassan II[2J"_s);
    EXPECT_FALSE(DemoDataLoader::isDemoDatabase(s));
    const LoginResult login = ws().auth().login(u"admin"_s, Password);
    EXPECT_TRUE(login.actor.can(Capability::ManageUsers));
    EXPECT_FALSE(setup.needsAdministrator());
}

TEST_F(CentreSetupTest, ARefusedAdministratorLeavesNoCentreBehind)
{
    expectRefused(fesCentre(), u"court"_s);
    NewCentre badLogin = fesCentre();
    badLogin.administrator.login = u"Admin Centre"_s;
    expectRefused(badLogin);
    NewCentre noName = fesCentre();
    noName.administrator.nameFr.clear();
    noName.administrator.nameAr.clear();
    expectRefused(noName);
}

TEST_F(CentreSetupTest, TheWizardAndInitRefuseTheSameMistakes)
{
    NewCentre c = fesCentre();
    c.provinceCode = u"MA-XYZ"_s;
    expectRefused(c);
    c = fesCentre();
    c.name = u" \n "_s;
    expectRefused(c);
    c = fesCentre();
    c.name = QString(201, u'c');
    expectRefused(c);
    c = fesCentre();
    c.series = u"IL0"_s; // letters misread aloud
    expectRefused(c);
    c = fesCentre();
    c.administrator.login.clear();
    expectRefused(c);
    EXPECT_THROW(CentreSetup::validateCentre([] {
                     NewCentre n = fesCentre();
                     n.series = u"TOOLONG"_s;
                     return n;
                 }()),
                 CoreError);
}

TEST_F(CentreSetupTest, RunAgainItKeepsTheProvinceAndTakesNoSecondFirstAdministrator)
{
    CentreSetup(ws()).run(fesCentre(), Password);
    NewCentre again = fesCentre();
    again.administrator = {};
    again.name = u"Centre de Fès-Médina"_s;
    CentreSetup(ws()).run(again, {});
    EXPECT_EQ(ws().settings().centreName(), u"Centre de Fès-Médina"_s);
    again.provinceCode = u"MA-RAB"_s;
    EXPECT_THROW(CentreSetup(ws()).run(again, {}), CoreError);
    EXPECT_THROW(CentreSetup(ws()).run(fesCentre(), Password), CoreError);
    EXPECT_EQ(ws().settings().provinceCode(), u"MA-FES"_s);
}

TEST_F(CentreSetupTest, OnlyANewDatabaseBecomesADemoOne)
{
    NewCentre demo = fesCentre();
    demo.demo = true;
    CentreSetup(ws()).run(demo, Password);
    EXPECT_TRUE(DemoDataLoader::isDemoDatabase(ws().settings()));

    QTemporaryDir realDir;
    Workspace real(realDir.path());
    CentreSetup(real).run(fesCentre(), Password);
    NewCentre convert = fesCentre();
    convert.administrator = {};
    convert.demo = true;
    EXPECT_THROW(CentreSetup(real).run(convert, {}), CoreError);
    EXPECT_FALSE(DemoDataLoader::isDemoDatabase(real.settings()));
}

// The centre has a name in each language: the Arabic interface shows the Arabic one, and a
// centre without one yet shows its French name rather than nothing.
TEST_F(CentreSetupTest, TheCentreHasANameInEachLanguage)
{
    NewCentre c = fesCentre();
    CentreSetup(ws()).run(c, Password);
    EXPECT_EQ(ws().settings().centreName(u"ar"_s), u"Centre médico-social de Fès"_s);
    c.administrator = {};
    c.nameAr = u" المركز الطبي الاجتماعي\nبفاس "_s;
    CentreSetup(ws()).run(c, Password);
    EXPECT_EQ(ws().settings().centreName(u"ar"_s), u"المركز الطبي الاجتماعي بفاس"_s);
    EXPECT_EQ(ws().settings().centreName(u"fr"_s), u"Centre médico-social de Fès"_s);
    c.nameAr = QString(300, u'م');
    try {
        CentreSetup(ws()).run(c, Password);
        ADD_FAILURE() << "accepted";
    } catch (const CoreError &e) {
        EXPECT_EQ(e.kind(), ErrorKind::Validation);
    }
}
