#pragma once

#include "platform/access/accesscontrol.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlDatabase>
#include <functional>

namespace jisr {

class AuditLog;
class UserService;

struct LoginResult
{
    Actor actor;
    bool mustChangePassword = false;
};

// Logging in, out, locking and unlocking a shared workstation. Every attempt is audited. After
// five failures in a row an account must wait before the next try, and the wait doubles with
// each further failure (up to 15 minutes): slow enough to stop guessing, short enough that a
// colleague who mistyped is not locked out for the day.
class AuthService
{
    Q_DECLARE_TR_FUNCTIONS(AuthService)

public:
    using Clock = std::function<QDateTime()>;

    AuthService(QSqlDatabase db, UserService &users, AuditLog &audit);

    // Throws CoreError(Authentication) with one message that does not say whether the login
    // exists; a disabled account is named only once its password was right.
    LoginResult login(const QString &login, const QString &password);
    void logout(const Actor &actor);
    void lock(const Actor &actor);
    // The same user, or throws like login().
    LoginResult unlock(const Actor &locked, const QString &password);

    static int waitSecondsAfter(int failures);
    // For tests: a clock that can be moved forward.
    void setClock(Clock clock) { m_now = std::move(clock); }

private:
    void recordFailure(const QString &userId, const QString &login, const QString &why);

    QSqlDatabase m_db;
    UserService &m_users;
    AuditLog &m_audit;
    Clock m_now;
};

} // namespace jisr
