#pragma once

#include "platform/access/accesscontrol.h"

#include <QCoreApplication>
#include <QDateTime>

namespace jisr {

struct PlatformServices;
class UserService;

struct LoginResult
{
    Actor actor;
    bool mustChangePassword = false;
};

// Logging in, out, locking and unlocking a shared workstation. Every attempt is audited. After
// five failures in a row a login must wait before the next try, and the wait doubles with each
// further failure (up to 15 minutes): slow enough to stop guessing, short enough that a
// colleague who mistyped is not locked out for the day.
//
// Every failure gets the same answer, whether the login exists or not, including the wait:
// failures are counted per login *text*, under a keyed, deliberately coarse hash (LoginThrottle)
// so that the database never holds what was typed (people type their password in the login
// box) and guessing logins teaches nothing.
class AuthService
{
    Q_DECLARE_TR_FUNCTIONS(AuthService)

public:
    AuthService(PlatformServices &platform, UserService &users);

    // Throws CoreError(Authentication) with one message that does not say whether the login
    // exists; a disabled account is named only once its password was right.
    LoginResult login(const QString &login, const QString &password);
    void logout(const Actor &actor);
    void lock(const Actor &actor);
    // The same user, or throws like login().
    LoginResult unlock(const Actor &locked, const QString &password);

    static int waitSecondsAfter(int failures);

private:
    void throwIfThrottled(const QString &login, const QString &bucket);
    [[noreturn]] void fail(const QString &bucket, const QString &auditLogin, const QString &why,
                           const QString &message);

    PlatformServices &m_platform;
    UserService &m_users;
};

} // namespace jisr
