#pragma once

#include "accounts/useraccount.h"
#include "platform/access/accesscontrol.h"

#include <QCoreApplication>
#include <QVariantMap>
#include <optional>

namespace jisr {

struct PlatformServices;
class WriteContext;

// Accounts of the centre: created, listed, disabled and reset by administrators only (checked
// here, whatever the caller), and changed password by their owner.
class UserService
{
    Q_DECLARE_TR_FUNCTIONS(UserService)

public:
    explicit UserService(PlatformServices &platform);

    // First run only: refused once any account exists.
    UserAccount createFirstAdministrator(UserAccount account, const QString &password);
    UserAccount add(const Actor &actor, UserAccount account, const QString &password);
    QList<UserAccount> list(const Actor &actor) const;
    void setActive(const Actor &actor, const QString &login, bool active);
    void setRoles(const Actor &actor, const QString &login, const QList<Role> &roles);
    // Sets a temporary password that its owner must change at the next login.
    void resetPassword(const Actor &actor, const QString &login, const QString &temporary);
    // Returns the actor with its capabilities back (see Actor::passwordChangeRequired).
    Actor changeOwnPassword(const Actor &actor, const QString &current, const QString &next);

    bool hasUsers() const;
    std::optional<UserAccount> findByLogin(const QString &login) const;
    // For AuthService only.
    QString passwordHashOf(const QString &userId) const;
    // Replaces a password hash, on behalf of `author` (the owner, an administrator, or the
    // owner's own login when the hash is upgraded to stronger parameters).
    void storePasswordHash(const Actor &author, const QString &userId, const QString &hash,
                           bool mustChange);

    static QString rolesToCodes(const QList<Role> &roles);
    static QList<Role> rolesFromCodes(const QString &codes);

private:
    void validate(const UserAccount &account) const;
    UserAccount insert(const Actor &author, UserAccount account, const QString &password);
    // Writes `fields` to the account's row and its change log in the caller's write.
    void updateRow(WriteContext &w, const UserAccount &account, const QVariantMap &fields);
    UserAccount requireAccount(const QString &login) const;
    // An administrator who re-enables an account or resets its password lifts its wait.
    void clearFailedLogins(const QString &login);
    int activeAdministratorsExcept(const QString &userId) const;

    PlatformServices &m_platform;
};

} // namespace jisr
