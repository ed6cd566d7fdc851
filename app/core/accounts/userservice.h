#pragma once

#include "accounts/useraccount.h"
#include "platform/access/accesscontrol.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <optional>

namespace jisr {

class AuditLog;
class HybridLogicalClock;
class WorkstationSettings;

// Accounts of the centre: created, listed, disabled and reset by administrators only (checked
// here, whatever the caller), and changed password by their owner.
class UserService
{
    Q_DECLARE_TR_FUNCTIONS(UserService)

public:
    UserService(QSqlDatabase db, WorkstationSettings &settings, HybridLogicalClock &clock,
                AuditLog &audit);

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
    void storePasswordHash(const QString &userId, const QString &hash, bool mustChange);

    static QString rolesToCodes(const QList<Role> &roles);
    static QList<Role> rolesFromCodes(const QString &codes);

private:
    void require(const Actor &actor, Capability cap) const;
    void validate(const UserAccount &account) const;
    UserAccount insert(const Actor &author, UserAccount account, const QString &password);
    void appendChange(const QString &userId, const QJsonObject &fields, bool insert);
    UserAccount requireAccount(const QString &login) const;
    int activeAdministratorsExcept(const QString &userId) const;

    QSqlDatabase m_db;
    WorkstationSettings &m_settings;
    HybridLogicalClock &m_clock;
    AuditLog &m_audit;
};

} // namespace jisr
