#include "accounts/authservice.h"

#include "accounts/passwordhasher.h"
#include "accounts/passwordpolicy.h"
#include "accounts/userservice.h"
#include "platform/audit/auditlog.h"
#include "platform/db/sqlquery.h"
#include "platform/errors/coreerror.h"

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

AuthService::AuthService(QSqlDatabase db, UserService &users, AuditLog &audit)
    : m_db(std::move(db)), m_users(users), m_audit(audit),
      m_now([] { return QDateTime::currentDateTimeUtc(); })
{
}

int AuthService::waitSecondsAfter(int failures)
{
    if (failures < FreeAttempts)
        return 0;
    const int doublings = qMin(failures - FreeAttempts, 12);
    return qMin(MaxWaitSeconds, 15 << doublings);
}

void AuthService::recordFailure(const QString &userId, const QString &login, const QString &why)
{
    if (!userId.isEmpty())
        execQuery(m_db,
                  u"UPDATE users SET failed_count = failed_count + 1, last_failed_at = ? "
                  "WHERE id = ?"_s,
                  {m_now().toString(Qt::ISODateWithMs), userId});
    m_audit.recordAnonymous(login, AuditAction::LoginFailed, why);
}

LoginResult AuthService::login(const QString &loginText, const QString &password)
{
    const QString login = loginText.trimmed().left(64);
    const QString generic = tr("Wrong login or password.");
    if (password.size() > PasswordPolicy::MaxLength * 2) {
        // Refused before hashing: a megabyte of input must not cost a megabyte of Argon2.
        recordFailure({}, {}, u"oversized password"_s);
        throw CoreError(ErrorKind::Authentication, generic);
    }
    const auto account = m_users.findByLogin(login);
    if (!account) {
        PasswordHasher::verify(decoyHash(), password);
        // The typed text is not kept: people type their password in the login box by mistake.
        recordFailure({}, {}, u"unknown login"_s);
        throw CoreError(ErrorKind::Authentication, generic);
    }
    QSqlQuery q = execQuery(m_db, u"SELECT failed_count, last_failed_at FROM users WHERE id = ?"_s,
                            {account->id});
    q.next();
    const int failures = q.value(0).toInt();
    const QDateTime lastFailure = QDateTime::fromString(q.value(1).toString(), Qt::ISODateWithMs);
    const int wait = waitSecondsAfter(failures);
    if (wait > 0 && lastFailure.isValid()) {
        const qint64 left = m_now().secsTo(lastFailure.addSecs(wait));
        if (left > 0) {
            m_audit.recordAnonymous(login, AuditAction::LoginFailed, u"throttled"_s);
            throw CoreError(
                ErrorKind::Authentication,
                tr("Too many failed attempts. Try again in %n second(s).", nullptr, int(left)));
        }
    }
    const QString hash = m_users.passwordHashOf(account->id);
    if (!PasswordHasher::verify(hash, password)) {
        recordFailure(account->id, login, u"wrong password"_s);
        throw CoreError(ErrorKind::Authentication, generic);
    }
    if (!account->active) {
        recordFailure(account->id, login, u"disabled account"_s);
        throw CoreError(ErrorKind::Authentication,
                        tr("This account is disabled. Ask an administrator of the centre."));
    }
    execQuery(m_db, u"UPDATE users SET failed_count = 0, last_failed_at = NULL WHERE id = ?"_s,
              {account->id});
    if (PasswordHasher::needsRehash(hash))
        m_users.storePasswordHash(account->id, PasswordHasher::hash(password),
                                  account->mustChangePassword);
    Actor actor = account->toActor();
    actor.passwordChangeRequired = account->mustChangePassword;
    m_audit.record(actor, AuditAction::Login);
    return {actor, account->mustChangePassword};
}

void AuthService::logout(const Actor &actor)
{
    if (actor.isValid())
        m_audit.record(actor, AuditAction::Logout);
}

void AuthService::lock(const Actor &actor)
{
    if (actor.isValid())
        m_audit.record(actor, AuditAction::Lock);
}

LoginResult AuthService::unlock(const Actor &locked, const QString &password)
{
    LoginResult result = login(locked.login, password);
    if (result.actor.userId != locked.userId)
        throw CoreError(ErrorKind::Authentication, tr("Wrong login or password."));
    m_audit.record(result.actor, AuditAction::Unlock);
    return result;
}

} // namespace jisr
