#include "accounts/authservice.h"

#include "accounts/loginthrottle.h"
#include "accounts/passwordhasher.h"
#include "accounts/passwordpolicy.h"
#include "accounts/userservice.h"
#include "platform/audit/auditlog.h"
#include "platform/db/database.h"
#include "platform/errors/coreerror.h"
#include "platform/platformservices.h"
#include "platform/time/clock.h"
#include "platform/write/writepath.h"

using namespace Qt::StringLiterals;

namespace jisr {

namespace {

constexpr int FreeAttempts = 5;
constexpr int MaxWaitSeconds = 15 * 60;

// Checked against when the login does not exist, so that the answer takes as long as for a
// real account and timing does not reveal which logins exist.
const QString &decoyHash()
{
    static const QString hash = PasswordHasher::hash(u"jisr decoy password"_s);
    return hash;
}

} // namespace

AuthService::AuthService(PlatformServices &platform, UserService &users)
    : m_platform(platform), m_users(users)
{
}

int AuthService::waitSecondsAfter(int failures)
{
    if (failures < FreeAttempts)
        return 0;
    const int doublings = qMin(failures - FreeAttempts, 12);
    return qMin(MaxWaitSeconds, 15 << doublings);
}

void AuthService::fail(const QString &bucket, const QString &auditLogin, const QString &why,
                       const QString &message)
{
    Actor anonymous;
    anonymous.login = auditLogin;
    // Counted under the write lock: parallel wrong passwords are each counted and audited.
    m_platform.writes.write(anonymous, {{}, AuditAction::LoginFailed, {}, why},
                            [&](WriteContext &w) {
                                if (!bucket.isEmpty())
                                    LoginThrottle(m_platform.database, m_platform.settings)
                                        .recordFailure(bucket, w.now());
                            });
    throw CoreError(ErrorKind::Authentication, message);
}

void AuthService::throwIfThrottled(const QString &auditLogin, const QString &bucket)
{
    const LoginThrottle::State state =
        LoginThrottle(m_platform.database, m_platform.settings).state(bucket);
    const int wait = waitSecondsAfter(state.failures);
    if (wait <= 0 || !state.lastFailure.isValid())
        return;
    const qint64 left = m_platform.clock.nowUtc().secsTo(state.lastFailure.addSecs(wait));
    if (left <= 0)
        return;
    Actor anonymous;
    anonymous.login = auditLogin;
    m_platform.audit.record(anonymous, AuditAction::LoginFailed, {}, u"throttled"_s);
    throw CoreError(ErrorKind::Authentication,
                    tr("Too many failed attempts. Try again in %n second(s).", nullptr, int(left)));
}

LoginResult AuthService::login(const QString &loginText, const QString &password)
{
    const QString login = loginText.trimmed().left(64);
    const QString generic = tr("Wrong login or password.");
    if (password.size() > PasswordPolicy::MaxLength * 2) // refused before hashing a megabyte
        fail({}, {}, u"oversized password"_s, generic);
    const LoginThrottle throttle(m_platform.database, m_platform.settings);
    const QString bucket = throttle.bucketOf(login);
    const auto account = m_users.findByLogin(login);
    // The typed text of an unknown login is not kept: people type their password there.
    const QString auditLogin = account ? account->login : QString();
    throwIfThrottled(auditLogin, bucket);
    // Verified outside any transaction: Argon2 takes a while and must not hold the write lock.
    const QString hash = account ? m_users.passwordHashOf(account->id) : decoyHash();
    if (!PasswordHasher::verify(hash, password) || !account)
        fail(bucket, auditLogin, account ? u"wrong password"_s : u"unknown login"_s, generic);
    if (!account->active)
        fail(bucket, auditLogin, u"disabled account"_s,
             tr("This account is disabled. Ask an administrator of the centre."));
    Actor actor = account->toActor();
    actor.passwordChangeRequired = account->mustChangePassword;
    m_platform.writes.write(actor, {{}, AuditAction::Login}, [&](WriteContext &) {
        LoginThrottle(m_platform.database, m_platform.settings).clear(bucket);
    });
    if (PasswordHasher::needsRehash(hash))
        m_users.storePasswordHash(actor, account->id, PasswordHasher::hash(password),
                                  account->mustChangePassword);
    return {actor, account->mustChangePassword};
}

void AuthService::logout(const Actor &actor)
{
    if (actor.isValid())
        m_platform.audit.record(actor, AuditAction::Logout);
}

void AuthService::lock(const Actor &actor)
{
    if (actor.isValid())
        m_platform.audit.record(actor, AuditAction::Lock);
}

LoginResult AuthService::unlock(const Actor &locked, const QString &password)
{
    LoginResult result = login(locked.login, password);
    if (result.actor.userId != locked.userId)
        throw CoreError(ErrorKind::Authentication, tr("Wrong login or password."));
    m_platform.audit.record(result.actor, AuditAction::Unlock);
    return result;
}

} // namespace jisr
