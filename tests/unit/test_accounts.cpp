// Accounts and logins on a shared workstation, and the attacks the issue lists.
#include "accounts/authservice.h"
#include "accounts/passwordhasher.h"
#include "accounts/passwordpolicy.h"
#include "accounts/userservice.h"
#include "cases/casefileservice.h"
#include "jisrtest.h"
#include "platform/audit/auditlog.h"
#include "platform/errors/coreerror.h"

#include <QElapsedTimer>
#include <QFile>

using namespace Qt::StringLiterals;

using namespace jisr;

class AccountsTest : public WorkspaceTest
{
protected:
    void SetUp() override
    {
        WorkspaceTest::SetUp();
        UserAccount a;
        a.login = u"admin"_s;
        a.nameFr = u"Khadija Amrani"_s;
        a.nameAr = u"خديجة العمراني"_s;
        a.roles = {Role::Administrator};
        ws().users().createFirstAdministrator(a, adminPassword);
        admin = ws().auth().login(u"admin"_s, adminPassword).actor;
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

    const QString adminPassword = u"tajine aux pruneaux 2026"_s;
    const QString tempPassword = u"temporaire-accueil-7"_s;
    Actor admin;
};

TEST_F(AccountsTest, PasswordsAreStoredOnlyAsArgon2idHashes)
{
    const QString hash = PasswordHasher::hash(u"un mot de passe long"_s);
    EXPECT_TRUE(hash.startsWith(u"$argon2id$"_s));
    EXPECT_TRUE(PasswordHasher::verify(hash, u"un mot de passe long"_s));
    EXPECT_FALSE(PasswordHasher::verify(hash, u"un mot de passe Long"_s));
    EXPECT_NE(hash, PasswordHasher::hash(u"un mot de passe long"_s)) << "salted";
    EXPECT_EQ(scalar(u"SELECT count(*) FROM users WHERE password_hash NOT LIKE '$argon2id$%'"_s),
              0);
}

TEST_F(AccountsTest, PolicyWantsLengthNotCompositionAndRefusesCommonPasswords)
{
    EXPECT_FALSE(PasswordPolicy::problem(u"court"_s).isEmpty());
    EXPECT_FALSE(PasswordPolicy::problem(u"azerty123"_s).isEmpty());
    EXPECT_FALSE(PasswordPolicy::problem(u"AZERTYUIOP"_s).isEmpty()) << "common, any case";
    EXPECT_FALSE(PasswordPolicy::problem(u"Maroc2024"_s).isEmpty());
    EXPECT_FALSE(PasswordPolicy::problem(QString(1025, u'x')).isEmpty());
    EXPECT_TRUE(PasswordPolicy::problem(u"tout en minuscules sans chiffre"_s).isEmpty());
    EXPECT_TRUE(PasswordPolicy::problem(u"كلمة سر طويلة جدا"_s).isEmpty());
    EXPECT_FALSE(PasswordPolicy::problem(u"fatimazahra"_s, u"FatimaZahra"_s).isEmpty());
}

// "admin2026!" is the first guess for the account admin.
TEST_F(AccountsTest, APasswordContainingTheLoginIsRefusedInAnyCase)
{
    EXPECT_FALSE(PasswordPolicy::problem(u"admin-du-centre-2026"_s, u"admin"_s).isEmpty());
    EXPECT_FALSE(PasswordPolicy::problem(u"Le-ADMIN-de-Rabat"_s, u"admin"_s).isEmpty());
    EXPECT_TRUE(PasswordPolicy::problem(u"tajine aux pruneaux"_s, u"admin"_s).isEmpty());
    UserAccount a;
    a.login = u"khadija"_s;
    a.nameFr = u"Khadija"_s;
    a.roles = {Role::Reception};
    EXPECT_THROW(ws().users().add(admin, a, u"Khadija-Rabat-2026"_s), CoreError);
    EXPECT_FALSE(ws().users().findByLogin(u"khadija"_s));
}

TEST_F(AccountsTest, LoginReturnsTheUserWithRolesAndIsAudited)
{
    addUser(u"accueil1"_s, Role::Reception);
    const LoginResult r = ws().auth().login(u"ACCUEIL1"_s, tempPassword);
    EXPECT_EQ(r.actor.login, u"accueil1"_s);
    EXPECT_EQ(r.actor.roles, QList<Role>{Role::Reception});
    EXPECT_TRUE(r.mustChangePassword) << "an account made by an administrator";
    EXPECT_EQ(scalar(u"SELECT count(*) FROM audit_log WHERE action = 'login' AND login = "
                     "'accueil1'"_s),
              1);
}

TEST_F(AccountsTest, WrongPasswordUnknownLoginAndSqlInTheLoginGetTheSameAnswer)
{
    addUser(u"medecin1"_s, Role::Doctor);
    QStringList messages;
    for (const auto &[login, password] :
         {std::pair{u"medecin1"_s, u"pas le bon mot de passe"_s},
          std::pair{u"personne"_s, u"pas le bon mot de passe"_s},
          std::pair{u"' OR 1=1 --"_s, u"' OR '1'='1"_s},
          std::pair{u"admin'; DROP TABLE users; --"_s, tempPassword}}) {
        try {
            ws().auth().login(login, password);
            ADD_FAILURE() << login.toStdString();
        } catch (const CoreError &e) {
            messages << e.message();
        }
    }
    EXPECT_EQ(messages.size(), 4);
    EXPECT_EQ(messages.removeDuplicates(), 3) << "the same message whether the login exists";
    EXPECT_EQ(scalar(u"SELECT count(*) FROM users"_s), 2);
    EXPECT_EQ(scalar(u"SELECT count(*) FROM audit_log WHERE action = 'login_failed'"_s), 4);
    // What was typed for an unknown login may be a password typed in the wrong box: not kept.
    EXPECT_EQ(scalar(u"SELECT count(*) FROM audit_log WHERE login LIKE '%personne%' "
                     "OR login LIKE '%OR 1=1%'"_s),
              0);
}

TEST_F(AccountsTest, AMegabytePasswordIsRefusedQuicklyWithoutHashing)
{
    QElapsedTimer t;
    t.start();
    expectLoginFails(u"admin"_s, QString(1024 * 1024, u'a'));
    EXPECT_THROW(ws().users().resetPassword(admin, u"admin"_s, QString(1024 * 1024, u'a')),
                 CoreError);
    EXPECT_LT(t.elapsed(), 2000);
}

TEST_F(AccountsTest, DisabledAccountCannotLogInAndTheLastAdministratorStays)
{
    addUser(u"social1"_s, Role::SocialWorker);
    ws().users().setActive(admin, u"social1"_s, false);
    try {
        ws().auth().login(u"social1"_s, tempPassword);
        FAIL();
    } catch (const CoreError &e) {
        EXPECT_TRUE(e.message().contains(u"disabled"_s));
    }
    EXPECT_THROW(ws().users().setActive(admin, u"admin"_s, false), CoreError);
    ws().users().setActive(admin, u"social1"_s, true);
    EXPECT_NO_THROW(ws().auth().login(u"social1"_s, tempPassword));
}

TEST_F(AccountsTest, AfterFiveFailuresTheWaitGrowsThenAGoodPasswordWorksAgain)
{
    addUser(u"accueil2"_s, Role::Reception);
    for (int i = 0; i < 5; ++i)
        expectLoginFails(u"accueil2"_s, u"mauvais mot de passe"_s);
    // Now even the right password must wait.
    expectLoginFails(u"accueil2"_s, tempPassword);
    EXPECT_EQ(AuthService::waitSecondsAfter(4), 0);
    EXPECT_EQ(AuthService::waitSecondsAfter(5), 15);
    EXPECT_EQ(AuthService::waitSecondsAfter(6), 30);
    EXPECT_EQ(AuthService::waitSecondsAfter(30), 15 * 60);
    clock().advanceSeconds(16);
    expectLoginFails(u"accueil2"_s, u"encore mauvais!!"_s); // 6th failure: 30 s now
    clock().advanceSeconds(20);
    expectLoginFails(u"accueil2"_s, tempPassword);
    clock().advanceSeconds(11);
    EXPECT_NO_THROW(ws().auth().login(u"accueil2"_s, tempPassword));
    EXPECT_GE(scalar(u"SELECT count(*) FROM audit_log WHERE action = 'login_failed' "
                     "AND details = 'throttled'"_s),
              2);
}

TEST_F(AccountsTest, ResetForcesAChangeAndOnlyTheOwnerChangesTheirPassword)
{
    addUser(u"medecin2"_s, Role::Doctor);
    ws().users().resetPassword(admin, u"medecin2"_s, u"provisoire-2026-x"_s);
    LoginResult r = ws().auth().login(u"medecin2"_s, u"provisoire-2026-x"_s);
    EXPECT_TRUE(r.mustChangePassword);
    // Whatever the front end does with it, the temporary login can do nothing else.
    EXPECT_FALSE(r.actor.can(Capability::ReadIdentity));
    EXPECT_THROW(ws().cases().search(r.actor, u"alaoui"_s), CoreError);
    EXPECT_THROW(ws().users().changeOwnPassword(r.actor, u"faux"_s, u"nouveau mot de passe"_s),
                 CoreError);
    const Actor own =
        ws().users().changeOwnPassword(r.actor, u"provisoire-2026-x"_s, u"nouveau mot de passe"_s);
    EXPECT_TRUE(own.can(Capability::ReadMedicalNotes));
    EXPECT_NO_THROW(ws().cases().search(own, u"alaoui"_s));
    r = ws().auth().login(u"medecin2"_s, u"nouveau mot de passe"_s);
    EXPECT_FALSE(r.mustChangePassword);
    EXPECT_THROW(ws().users().resetPassword(r.actor, u"admin"_s, u"prise de controle!"_s),
                 CoreError);
}

TEST_F(AccountsTest, UnlockAcceptsOnlyTheSameUser)
{
    addUser(u"accueil3"_s, Role::Reception);
    const Actor a = ws().auth().login(u"accueil3"_s, tempPassword).actor;
    ws().auth().lock(a);
    EXPECT_THROW(ws().auth().unlock(a, adminPassword), CoreError);
    EXPECT_EQ(ws().auth().unlock(a, tempPassword).actor.userId, a.userId);
    EXPECT_EQ(scalar(u"SELECT count(*) FROM audit_log WHERE action IN ('lock', 'unlock')"_s), 2);
}

TEST_F(AccountsTest, ACopiedDatabaseFileHoldsNoPasswordInClear)
{
    addUser(u"accueil4"_s, Role::Reception);
    reopen(); // checkpoint and close, as when the file is copied away
    closeWorkspace();
    QByteArray bytes;
    for (const QString &name : {u"/jisr.sqlite"_s, u"/jisr.sqlite-wal"_s}) {
        QFile f(dataDir() + name);
        if (f.open(QIODevice::ReadOnly))
            bytes += f.readAll();
    }
    ASSERT_FALSE(bytes.isEmpty());
    EXPECT_TRUE(bytes.contains("$argon2id$"));
    EXPECT_FALSE(bytes.contains(adminPassword.toUtf8()));
    EXPECT_FALSE(bytes.contains(tempPassword.toUtf8()));
}

TEST_F(AccountsTest, AnUnknownLoginGetsTheSameAnswersAndTheSameWaitAsARealOne)
{
    addUser(u"accueil3"_s, Role::Reception);
    const auto answer = [&](const QString &login) {
        try {
            ws().auth().login(login, u"pas le bon mot de passe"_s);
        } catch (const CoreError &e) {
            return e.message();
        }
        return QString();
    };
    for (int i = 0; i < 5; ++i)
        EXPECT_EQ(answer(u"accueil3"_s), answer(u"nexistepas"_s));
    // The sixth try waits, for both: the wait does not tell which login exists either.
    const QString real = answer(u"accueil3"_s);
    EXPECT_TRUE(real.contains(u"Too many"_s)) << real.toStdString();
    EXPECT_EQ(real, answer(u"nexistepas"_s));
    // What was typed for the unknown login is kept nowhere.
    EXPECT_EQ(scalar(u"SELECT count(*) FROM audit_log WHERE login = 'nexistepas'"_s), 0);
    EXPECT_EQ(scalar(u"SELECT count(*) FROM login_throttle WHERE bucket LIKE '%nexiste%'"_s), 0);
}

TEST_F(AccountsTest, TheChangeLogNeverKeepsAPasswordHash)
{
    addUser(u"medecin3"_s, Role::Doctor);
    ws().users().resetPassword(admin, u"medecin3"_s, u"provisoire-2026-y"_s);
    EXPECT_EQ(scalar(u"SELECT count(*) FROM change_log WHERE changed_fields LIKE '%argon2id%'"_s),
              0);
    // It still says that the password changed, for sync to carry the account's new hash.
    EXPECT_GE(scalar(u"SELECT count(*) FROM change_log WHERE table_name = 'users' "
                     "AND json_type(changed_fields, '$.password_hash') = 'null'"_s),
              2);
}
