#include "testcentre.h"

#include "accounts/authservice.h"
#include "accounts/passwordhasher.h"
#include "accounts/useraccount.h"
#include "accounts/userservice.h"
#include "platform/settings/workstationsettings.h"

using namespace Qt::StringLiterals;
using namespace jisr;

const QString TestCentre::Password = u"Mot de passe de test 2026"_s;

namespace {

struct Person
{
    const char16_t *login, *fr, *ar;
};

Person personFor(Role role)
{
    switch (role) {
    case Role::Administrator:
        return {u"admin", u"Khadija Amrani", u"خديجة العمراني"};
    case Role::Reception:
        return {u"accueil", u"Salma Bennani", u"سلمى بناني"};
    case Role::Doctor:
        return {u"medecin", u"Youssef Alaoui", u"يوسف العلوي"};
    case Role::SocialWorker:
        return {u"social", u"Nadia Tazi", u"نادية التازي"};
    }
    return {u"user", u"", u""};
}

} // namespace

TestCentre::TestCentre(const QString &dataDir)
{
    if (dataDir.isEmpty()) {
        m_tempDir = std::make_unique<QTemporaryDir>();
        m_dataDir = m_tempDir->path();
    } else {
        m_dataDir = dataDir;
    }
    // Starts at the real time, so that dates look like today's, and moves only when told.
    open(QDateTime::currentDateTimeUtc());
    if (!ws().settings().isInitialized())
        ws().settings().initialize(u"MA-RAB"_s, u"Centre de test"_s, u"T01"_s);
}

TestCentre::~TestCentre() = default;

void TestCentre::open(QDateTime start)
{
    m_workspace.reset();
    m_workspace = std::make_unique<Workspace>(m_dataDir, std::make_unique<ManualClock>(start));
}

ManualClock &TestCentre::clock()
{
    return static_cast<ManualClock &>(ws().clock());
}

void TestCentre::close()
{
    if (m_workspace)
        m_closedAt = clock().nowUtc();
    m_workspace.reset();
}

void TestCentre::reopen()
{
    close();
    open(m_closedAt);
}

Actor TestCentre::actor(Role role)
{
    const auto cached = m_actors.constFind(int(role));
    if (cached != m_actors.cend())
        return *cached;
    const Person p = personFor(role);
    UserAccount account;
    account.login = QString::fromUtf16(p.login);
    account.nameFr = QString::fromUtf16(p.fr);
    account.nameAr = QString::fromUtf16(p.ar);
    account.roles = {role};
    if (auto existing = ws().users().findByLogin(account.login))
        account = *existing;
    else if (role == Role::Administrator)
        account = ws().users().createFirstAdministrator(account, Password);
    else
        account = ws().users().add(admin(), account, Password);
    // An account an administrator created must choose its password before anything else; the
    // tests act as its owner having done so.
    const Actor a = account.toActor();
    m_actors.insert(int(role), a);
    return a;
}

Actor TestCentre::loginAs(Role role)
{
    const Actor account = actor(role);
    if (ws().users().findByLogin(account.login)->mustChangePassword)
        ws().users().storePasswordHash(account, account.userId, PasswordHasher::hash(Password),
                                       false);
    return ws().auth().login(account.login, Password).actor;
}

CaseFile TestCentre::sampleCase(const QString &familyAr, const QString &givenAr,
                                const QString &familyLat, const QString &givenLat)
{
    CaseFile c;
    c.familyNameAr = familyAr;
    c.givenNameAr = givenAr;
    c.familyNameLat = familyLat;
    c.givenNameLat = givenLat;
    c.sex = u"M"_s;
    c.birthDate = QDate(1980, 5, 17);
    c.provinceCode = u"MA-RAB"_s;
    c.phone = u"0612345678"_s;
    return c;
}
