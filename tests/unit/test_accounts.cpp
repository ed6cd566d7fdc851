// Accounts and logins on a shared workstation, and the attacks the issue lists.
#include "auditlog.h"
#include "authservice.h"
#include "casefileservice.h"
#include "coreerror.h"
#include "jisrtest.h"
#include "passwordhasher.h"
#include "passwordpolicy.h"
#include "userservice.h"

#include <QElapsedTimer>
#include <QFile>

using namespace jisr;

class AccountsTest : public WorkspaceTest
{
protected:
    void SetUp() override
    {
        WorkspaceTest::SetUp();
        UserAccount a;
        a.login = u"admin"_qs;
        a.nameFr = u"Khadija Amrani"_qs;
        a.nameAr = u"خديجة العمراني"_qs;
        a.roles = {Role::Administrator};
        ws().users().createFirstAdministrator(a, adminPassword);
        admin = ws().auth().login(u"admin"_qs, adminPassword).actor;
    }

    UserAccount addUser(const QString &login, Role role)
    {
        UserAccount a;
        a.login = login;
        a.nameFr = login;
        a.roles = {role};
        return ws().users().add(admin, a, tempPassword);
    }

    void expectLoginFails(const QString &login, const QString &password)
    {
        try {
            ws().auth().login(login, password);
            ADD_FAILURE() << "login accepted";
        } catch (const CoreError &e) {
            EXPECT_EQ(e.kind(), ErrorKind::Authentication);
        }
    }

    const QString adminPassword = u"tajine aux pruneaux 2026"_qs;
    const QString tempPassword = u"temporaire-accueil-7"_qs;
    Actor admin;
};

TEST_F(AccountsTest, PasswordsAreStoredOnlyAsArgon2idHashes)
{
    const QString hash = PasswordHasher::hash(u"un mot de passe long"_qs);
    EXPECT_TRUE(hash.startsWith(u"$argon2id$"_qs));
    EXPECT_TRUE(PasswordHasher::verify(hash, u"un mot de passe long"_qs));
    EXPECT_FALSE(PasswordHasher::verify(hash, u"un mot de passe Long"_qs));
    EXPECT_NE(hash, PasswordHasher::hash(u"un mot de passe long"_qs)) << "salted";
    EXPECT_EQ(scalar(u"SELECT count(*) FROM users WHERE password_hash NOT LIKE '$argon2id$%'"_qs),
              0);
}

TEST_F(AccountsTest, PolicyWantsLengthNotCompositionAndRefusesCommonPasswords)
{
    EXPECT_FALSE(PasswordPolicy::problem(u"court"_qs).isEmpty());
    EXPECT_FALSE(PasswordPolicy::problem(u"azerty123"_qs).isEmpty());
    EXPECT_FALSE(PasswordPolicy::problem(u"AZERTYUIOP"_qs).isEmpty()) << "common, any case";
    EXPECT_FALSE(PasswordPolicy::problem(u"Maroc2024"_qs).isEmpty());
    EXPECT_FALSE(PasswordPolicy::problem(QString(1025, u'x')).isEmpty());
    EXPECT_TRUE(PasswordPolicy::problem(u"tout en minuscules sans chiffre"_qs).isEmpty());
    EXPECT_TRUE(PasswordPolicy::problem(u"كلمة سر طويلة جدا"_qs).isEmpty());
    EXPECT_FALSE(PasswordPolicy::problem(u"fatimazahra"_qs, u"FatimaZahra"_qs).isEmpty());
}

TEST_F(AccountsTest, LoginReturnsTheUserWithRolesAndIsAudited)
{
    addUser(u"accueil1"_qs, Role::Reception);
    const LoginResult r = ws().auth().login(u"ACCUEIL1"_qs, tempPassword);
    EXPECT_EQ(r.actor.login, u"accueil1"_qs);
    EXPECT_EQ(r.actor.roles, QList<Role>{Role::Reception});
    EXPECT_TRUE(r.mustChangePassword) << "an account made by an administrator";
    EXPECT_EQ(scalar(u"SELECT count(*) FROM audit_log WHERE action = 'login' AND login = "
                     "'accueil1'"_qs),
              1);
}

TEST_F(AccountsTest, WrongPasswordUnknownLoginAndSqlInTheLoginGetTheSameAnswer)
{
    addUser(u"medecin1"_qs, Role::Doctor);
    QStringList messages;
    for (const auto &[login, password] :
         {std::pair{u"medecin1"_qs, u"pas le bon mot de passe"_qs},
          std::pair{u"personne"_qs, u"pas le bon mot de passe"_qs},
          std::pair{u"' OR 1=1 --"_qs, u"' OR '1'='1"_qs},
          std::pair{u"admin'; DROP TABLE users; --"_qs, tempPassword}}) {
        try {
            ws().auth().login(login, password);
            ADD_FAILURE() << login.toStdString();
        } catch (const CoreError &e) {
            messages << e.message();
        }
    }
    EXPECT_EQ(messages.size(), 4);
    EXPECT_EQ(messages.removeDuplicates(), 3) << "the same message whether the login exists";
    EXPECT_EQ(scalar(u"SELECT count(*) FROM users"_qs), 2);
    EXPECT_EQ(scalar(u"SELECT count(*) FROM audit_log WHERE action = 'login_failed'"_qs), 4);
    // What was typed for an unknown login may be a password typed in the wrong box: not kept.
    EXPECT_EQ(scalar(u"SELECT count(*) FROM audit_log WHERE login LIKE '%personne%' "
                     "OR login LIKE '%OR 1=1%'"_qs),
              0);
}

TEST_F(AccountsTest, AMegabytePasswordIsRefusedQuicklyWithoutHashing)
{
    QElapsedTimer t;
    t.start();
    expectLoginFails(u"admin"_qs, QString(1024 * 1024, u'a'));
    EXPECT_THROW(ws().users().resetPassword(admin, u"admin"_qs, QString(1024 * 1024, u'a')),
                 CoreError);
    EXPECT_LT(t.elapsed(), 2000);
}

TEST_F(AccountsTest, DisabledAccountCannotLogInAndTheLastAdministratorStays)
{
    addUser(u"social1"_qs, Role::SocialWorker);
    ws().users().setActive(admin, u"social1"_qs, false);
    try {
        ws().auth().login(u"social1"_qs, tempPassword);
        FAIL();
    } catch (const CoreError &e) {
        EXPECT_TRUE(e.message().contains(u"disabled"_qs));
    }
    EXPECT_THROW(ws().users().setActive(admin, u"admin"_qs, false), CoreError);
    ws().users().setActive(admin, u"social1"_qs, true);
    EXPECT_NO_THROW(ws().auth().login(u"social1"_qs, tempPassword));
}

TEST_F(AccountsTest, AfterFiveFailuresTheWaitGrowsThenAGoodPasswordWorksAgain)
{
    addUser(u"accueil2"_qs, Role::Reception);
    QDateTime now = QDateTime::currentDateTimeUtc();
    ws().auth().setClock([&now] { return now; });
    for (int i = 0; i < 5; ++i)
        expectLoginFails(u"accueil2"_qs, u"mauvais mot de passe"_qs);
    // Now even the right password must wait.
    expectLoginFails(u"accueil2"_qs, tempPassword);
    EXPECT_EQ(AuthService::waitSecondsAfter(4), 0);
    EXPECT_EQ(AuthService::waitSecondsAfter(5), 15);
    EXPECT_EQ(AuthService::waitSecondsAfter(6), 30);
    EXPECT_EQ(AuthService::waitSecondsAfter(30), 15 * 60);
    now = now.addSecs(16);
    expectLoginFails(u"accueil2"_qs, u"encore mauvais!!"_qs); // 6th failure: 30 s now
    now = now.addSecs(20);
    expectLoginFails(u"accueil2"_qs, tempPassword);
    now = now.addSecs(11);
    EXPECT_NO_THROW(ws().auth().login(u"accueil2"_qs, tempPassword));
    EXPECT_GE(scalar(u"SELECT count(*) FROM audit_log WHERE action = 'login_failed' "
                     "AND details = 'throttled'"_qs),
              2);
}

TEST_F(AccountsTest, ResetForcesAChangeAndOnlyTheOwnerChangesTheirPassword)
{
    addUser(u"medecin2"_qs, Role::Doctor);
    ws().users().resetPassword(admin, u"medecin2"_qs, u"provisoire-2026-x"_qs);
    LoginResult r = ws().auth().login(u"medecin2"_qs, u"provisoire-2026-x"_qs);
    EXPECT_TRUE(r.mustChangePassword);
    // Whatever the front end does with it, the temporary login can do nothing else.
    EXPECT_FALSE(r.actor.can(Capability::ReadIdentity));
    EXPECT_THROW(ws().cases().search(r.actor, u"alaoui"_qs), CoreError);
    EXPECT_THROW(ws().users().changeOwnPassword(r.actor, u"faux"_qs, u"nouveau mot de passe"_qs),
                 CoreError);
    const Actor own = ws().users().changeOwnPassword(r.actor, u"provisoire-2026-x"_qs,
                                                     u"nouveau mot de passe"_qs);
    EXPECT_TRUE(own.can(Capability::ReadMedicalNotes));
    EXPECT_NO_THROW(ws().cases().search(own, u"alaoui"_qs));
    r = ws().auth().login(u"medecin2"_qs, u"nouveau mot de passe"_qs);
    EXPECT_FALSE(r.mustChangePassword);
    EXPECT_THROW(ws().users().resetPassword(r.actor, u"admin"_qs, u"prise de controle!"_qs),
                 CoreError);
}

TEST_F(AccountsTest, UnlockAcceptsOnlyTheSameUser)
{
    addUser(u"accueil3"_qs, Role::Reception);
    const Actor a = ws().auth().login(u"accueil3"_qs, tempPassword).actor;
    ws().auth().lock(a);
    EXPECT_THROW(ws().auth().unlock(a, adminPassword), CoreError);
    EXPECT_EQ(ws().auth().unlock(a, tempPassword).actor.userId, a.userId);
    EXPECT_EQ(scalar(u"SELECT count(*) FROM audit_log WHERE action IN ('lock', 'unlock')"_qs), 2);
}

TEST_F(AccountsTest, ACopiedDatabaseFileHoldsNoPasswordInClear)
{
    addUser(u"accueil4"_qs, Role::Reception);
    reopen(); // checkpoint and close, as when the file is copied away
    m_workspace.reset();
    QByteArray bytes;
    for (const QString &name : {u"/jisr.sqlite"_qs, u"/jisr.sqlite-wal"_qs}) {
        QFile f(dataDir() + name);
        if (f.open(QIODevice::ReadOnly))
            bytes += f.readAll();
    }
    ASSERT_FALSE(bytes.isEmpty());
    EXPECT_TRUE(bytes.contains("$argon2id$"));
    EXPECT_FALSE(bytes.contains(adminPassword.toUtf8()));
    EXPECT_FALSE(bytes.contains(tempPassword.toUtf8()));
}
