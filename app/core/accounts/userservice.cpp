#include "accounts/userservice.h"

#include "accounts/passwordhasher.h"
#include "accounts/passwordpolicy.h"
#include "platform/audit/auditlog.h"
#include "platform/changelog/changelog.h"
#include "platform/db/sqlquery.h"
#include "platform/db/sqltransaction.h"
#include "platform/errors/coreerror.h"
#include "platform/settings/workstationsettings.h"
#include "platform/time/hybridlogicalclock.h"

#include <QDateTime>
#include <QJsonObject>
#include <QRegularExpression>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace jisr {

namespace {

const QString SelectColumns =
    u"id, login, name_fr, name_ar, roles, active, language, must_change_password"_s;

UserAccount accountFrom(const QSqlQuery &q)
{
    UserAccount a;
    a.id = q.value(0).toString();
    a.login = q.value(1).toString();
    a.nameFr = q.value(2).toString();
    a.nameAr = q.value(3).toString();
    a.roles = UserService::rolesFromCodes(q.value(4).toString());
    a.active = q.value(5).toInt() != 0;
    a.language = q.value(6).toString();
    a.mustChangePassword = q.value(7).toInt() != 0;
    return a;
}

} // namespace

Actor UserAccount::toActor() const
{
    Actor a;
    a.userId = id;
    a.login = login;
    a.roles = roles;
    a.nameFr = nameFr;
    a.nameAr = nameAr;
    a.language = language;
    return a;
}

UserService::UserService(QSqlDatabase db, WorkstationSettings &settings, HybridLogicalClock &clock,
                         AuditLog &audit)
    : m_db(std::move(db)), m_settings(settings), m_clock(clock), m_audit(audit)
{
}

QString UserService::rolesToCodes(const QList<Role> &roles)
{
    QStringList codes;
    for (Role r : roles)
        codes << roleCode(r);
    return codes.join(u',');
}

QList<Role> UserService::rolesFromCodes(const QString &codes)
{
    QList<Role> roles;
    for (const QString &c : codes.split(u',', Qt::SkipEmptyParts))
        if (const auto r = roleFromCode(c.trimmed()); r && !roles.contains(*r))
            roles << *r;
    return roles;
}

void UserService::require(const Actor &actor, Capability cap) const
{
    if (actor.can(cap))
        return;
    m_audit.record(actor, AuditAction::PermissionDenied, {}, capabilityCode(cap));
    throw CoreError(ErrorKind::PermissionDenied,
                    tr("Your role does not allow this action (%1).").arg(capabilityCode(cap)));
}

bool UserService::hasUsers() const
{
    QSqlQuery q = execQuery(m_db, u"SELECT count(*) FROM users"_s);
    return q.next() && q.value(0).toInt() > 0;
}

std::optional<UserAccount> UserService::findByLogin(const QString &login) const
{
    QSqlQuery q = execQuery(m_db, u"SELECT "_s + SelectColumns + u" FROM users WHERE login = ?"_s,
                            {login.trimmed()});
    return q.next() ? std::optional(accountFrom(q)) : std::nullopt;
}

UserAccount UserService::requireAccount(const QString &login) const
{
    const auto account = findByLogin(login);
    if (!account)
        throw CoreError(ErrorKind::NotFound, tr("There is no account with this login."));
    return *account;
}

void UserService::validate(const UserAccount &a) const
{
    static const QRegularExpression loginPattern(u"^[a-z0-9][a-z0-9._-]{1,31}$"_s);
    if (!loginPattern.match(a.login).hasMatch())
        throw CoreError(ErrorKind::Validation,
                        tr("A login has 2 to 32 lower-case letters, digits, dots, hyphens or "
                           "underscores."));
    if (a.nameFr.isEmpty() && a.nameAr.isEmpty())
        throw CoreError(ErrorKind::Validation, tr("Enter the person's name."));
    if (a.nameFr.size() > 200 || a.nameAr.size() > 200)
        throw CoreError(ErrorKind::Validation, tr("The name is too long."));
    if (a.roles.isEmpty())
        throw CoreError(ErrorKind::Validation, tr("Choose at least one role."));
    if (a.language != u"ar"_s && a.language != u"fr"_s)
        throw CoreError(ErrorKind::Validation, tr("The language is Arabic or French."));
}

void UserService::appendChange(const QString &userId, const QJsonObject &fields, bool isInsert)
{
    const qint64 hlc = m_clock.now();
    execQuery(m_db, u"UPDATE users SET hlc = ?, workstation_id = ? WHERE id = ?"_s,
              {hlc, m_settings.workstationId(), userId});
    ChangeLog::append(m_db,
                      {u"users"_s,
                       userId,
                       isInsert ? ChangeRecord::Operation::Insert : ChangeRecord::Operation::Update,
                       fields,
                       0,
                       hlc,
                       m_settings.workstationId(),
                       {}});
}

UserAccount UserService::insert(const Actor &author, UserAccount a, const QString &password)
{
    a.login = a.login.trimmed().toLower();
    a.nameFr = a.nameFr.simplified();
    a.nameAr = a.nameAr.simplified();
    validate(a);
    PasswordPolicy::require(password, a.login);
    if (findByLogin(a.login))
        throw CoreError(ErrorKind::Duplicate, tr("This login is already taken."));
    const QString hash = PasswordHasher::hash(password);
    SqlTransaction tx(m_db);
    a.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    execQuery(m_db,
              u"INSERT INTO users (id, login, name_fr, name_ar, roles, active, language, "
              "password_hash, must_change_password, created_at, hlc, workstation_id, user_id) "
              "VALUES (?, ?, ?, ?, ?, 1, ?, ?, ?, ?, 0, ?, ?)"_s,
              {a.id, a.login, a.nameFr, a.nameAr, rolesToCodes(a.roles), a.language, hash,
               a.mustChangePassword ? 1 : 0, QDateTime::currentDateTimeUtc().toString(Qt::ISODate),
               m_settings.workstationId(),
               author.userId.isEmpty() ? QVariant() : QVariant(author.userId)});
    appendChange(a.id,
                 {{u"login"_s, a.login},
                  {u"name_fr"_s, a.nameFr},
                  {u"name_ar"_s, a.nameAr},
                  {u"roles"_s, rolesToCodes(a.roles)},
                  {u"language"_s, a.language},
                  {u"password_hash"_s, hash}},
                 true);
    m_audit.record(author.isValid() ? author : a.toActor(), AuditAction::UserCreated, {}, a.login);
    tx.commit();
    return a;
}

UserAccount UserService::createFirstAdministrator(UserAccount account, const QString &password)
{
    if (hasUsers())
        throw CoreError(ErrorKind::BadInput,
                        tr("This centre already has accounts: an administrator adds new ones."));
    if (!account.roles.contains(Role::Administrator))
        account.roles << Role::Administrator;
    return insert(Actor{}, account, password);
}

UserAccount UserService::add(const Actor &actor, UserAccount account, const QString &password)
{
    require(actor, Capability::ManageUsers);
    // A new account starts with a password set by someone else: its owner replaces it.
    account.mustChangePassword = true;
    return insert(actor, account, password);
}

QList<UserAccount> UserService::list(const Actor &actor) const
{
    require(actor, Capability::ManageUsers);
    QSqlQuery q = execQuery(m_db, u"SELECT "_s + SelectColumns + u" FROM users ORDER BY login"_s);
    QList<UserAccount> out;
    while (q.next())
        out << accountFrom(q);
    return out;
}

int UserService::activeAdministratorsExcept(const QString &userId) const
{
    int n = 0;
    QSqlQuery q = execQuery(m_db, u"SELECT id, roles FROM users WHERE active = 1"_s);
    while (q.next())
        if (q.value(0).toString() != userId &&
            rolesFromCodes(q.value(1).toString()).contains(Role::Administrator))
            ++n;
    return n;
}

void UserService::setActive(const Actor &actor, const QString &login, bool active)
{
    require(actor, Capability::ManageUsers);
    const UserAccount a = requireAccount(login);
    if (!active && a.roles.contains(Role::Administrator) && activeAdministratorsExcept(a.id) == 0)
        throw CoreError(ErrorKind::BadInput,
                        tr("This is the last active administrator: add another one first."));
    SqlTransaction tx(m_db);
    execQuery(m_db, u"UPDATE users SET active = ?, failed_count = 0 WHERE id = ?"_s,
              {active ? 1 : 0, a.id});
    appendChange(a.id, {{u"active"_s, active ? 1 : 0}}, false);
    m_audit.record(actor, AuditAction::UserChanged, {},
                   (active ? u"enabled "_s : u"disabled "_s) + a.login);
    tx.commit();
}

void UserService::setRoles(const Actor &actor, const QString &login, const QList<Role> &roles)
{
    require(actor, Capability::ManageUsers);
    const UserAccount a = requireAccount(login);
    if (roles.isEmpty())
        throw CoreError(ErrorKind::Validation, tr("Choose at least one role."));
    if (!roles.contains(Role::Administrator) && a.roles.contains(Role::Administrator) &&
        activeAdministratorsExcept(a.id) == 0)
        throw CoreError(ErrorKind::BadInput,
                        tr("This is the last active administrator: add another one first."));
    SqlTransaction tx(m_db);
    execQuery(m_db, u"UPDATE users SET roles = ? WHERE id = ?"_s, {rolesToCodes(roles), a.id});
    appendChange(a.id, {{u"roles"_s, rolesToCodes(roles)}}, false);
    m_audit.record(actor, AuditAction::UserChanged, {},
                   u"roles "_s + a.login + u' ' + rolesToCodes(roles));
    tx.commit();
}

void UserService::resetPassword(const Actor &actor, const QString &login, const QString &temporary)
{
    require(actor, Capability::ManageUsers);
    const UserAccount a = requireAccount(login);
    PasswordPolicy::require(temporary, a.login);
    SqlTransaction tx(m_db);
    storePasswordHash(a.id, PasswordHasher::hash(temporary), true);
    execQuery(m_db, u"UPDATE users SET failed_count = 0 WHERE id = ?"_s, {a.id});
    m_audit.record(actor, AuditAction::PasswordReset, {}, a.login);
    tx.commit();
}

Actor UserService::changeOwnPassword(const Actor &actor, const QString &current,
                                     const QString &next)
{
    if (!actor.isValid())
        throw CoreError(ErrorKind::Authentication, tr("Log in first."));
    if (!PasswordHasher::verify(passwordHashOf(actor.userId), current))
        throw CoreError(ErrorKind::Authentication, tr("The current password is not correct."));
    PasswordPolicy::require(next, actor.login);
    if (next == current)
        throw CoreError(ErrorKind::Validation, tr("Choose a password different from the old one."));
    SqlTransaction tx(m_db);
    storePasswordHash(actor.userId, PasswordHasher::hash(next), false);
    m_audit.record(actor, AuditAction::PasswordChanged);
    tx.commit();
    Actor done = actor;
    done.passwordChangeRequired = false;
    return done;
}

QString UserService::passwordHashOf(const QString &userId) const
{
    QSqlQuery q = execQuery(m_db, u"SELECT password_hash FROM users WHERE id = ?"_s, {userId});
    return q.next() ? q.value(0).toString() : QString();
}

void UserService::storePasswordHash(const QString &userId, const QString &hash, bool mustChange)
{
    SqlTransaction tx(m_db);
    execQuery(m_db, u"UPDATE users SET password_hash = ?, must_change_password = ? WHERE id = ?"_s,
              {hash, mustChange ? 1 : 0, userId});
    appendChange(userId,
                 {{u"password_hash"_s, hash}, {u"must_change_password"_s, mustChange ? 1 : 0}},
                 false);
    tx.commit();
}

} // namespace jisr
