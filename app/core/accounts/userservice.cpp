#include "accounts/userservice.h"

#include "accounts/loginthrottle.h"
#include "accounts/passwordhasher.h"
#include "accounts/passwordpolicy.h"
#include "platform/audit/auditlog.h"
#include "platform/db/database.h"
#include "platform/db/sqlquery.h"
#include "platform/errors/coreerror.h"
#include "platform/platformservices.h"
#include "platform/write/writepath.h"

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

QVariantMap fieldsOf(const UserAccount &a)
{
    return {{u"login"_s, a.login},
            {u"name_fr"_s, a.nameFr},
            {u"name_ar"_s, a.nameAr},
            {u"roles"_s, UserService::rolesToCodes(a.roles)},
            {u"active"_s, a.active ? 1 : 0},
            {u"language"_s, a.language},
            {u"must_change_password"_s, a.mustChangePassword ? 1 : 0}};
}

QVariant nullIfEmpty(const QString &s)
{
    return s.isEmpty() ? QVariant() : QVariant(s);
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

UserService::UserService(PlatformServices &platform) : m_platform(platform) {}

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

bool UserService::hasUsers() const
{
    QSqlQuery q = execQuery(m_platform.database.connection(), u"SELECT count(*) FROM users"_s);
    return q.next() && q.value(0).toInt() > 0;
}

std::optional<UserAccount> UserService::findByLogin(const QString &login) const
{
    QSqlQuery q = execQuery(m_platform.database.connection(),
                            u"SELECT "_s + SelectColumns + u" FROM users WHERE login = ?"_s,
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

void UserService::updateRow(WriteContext &w, const UserAccount &account, const QVariantMap &fields)
{
    const QList<QVariantList> current = selectRows(
        m_platform.database.connection(), u"SELECT hlc FROM users WHERE id = ?"_s, {account.id});
    const qint64 baseHlc = current.isEmpty() ? 0 : current.first().first().toLongLong();
    QStringList assignments;
    QVariantList params;
    QVariantMap before;
    const QVariantMap old = fieldsOf(account);
    for (auto it = fields.cbegin(); it != fields.cend(); ++it) {
        assignments << it.key() + u" = ?"_s; // column names are our own constants
        params << it.value();
        before.insert(it.key(), old.value(it.key()));
    }
    execQuery(m_platform.database.connection(),
              u"UPDATE users SET "_s + assignments.join(u", "_s) +
                  u", hlc = ?, workstation_id = ?, user_id = ? WHERE id = ?"_s,
              params + QVariantList{w.hlc(), w.workstationId(), nullIfEmpty(w.actor().userId),
                                    account.id});
    w.updated(u"users"_s, account.id, baseHlc, before, fields);
}

void UserService::clearFailedLogins(const QString &login)
{
    LoginThrottle throttle(m_platform.database, m_platform.settings);
    throttle.clear(throttle.bucketOf(login));
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
    a.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    // The first administrator is the author of their own account.
    const Actor actor = author.isValid() ? author : a.toActor();
    WriteIntent intent{{}, AuditAction::UserCreated, {}, a.login, {u"password_hash"_s}};
    m_platform.writes.write(actor, intent, [&](WriteContext &w) {
        QVariantMap row = fieldsOf(a);
        row.insert(u"password_hash"_s, hash);
        execQuery(m_platform.database.connection(),
                  u"INSERT INTO users (id, login, name_fr, name_ar, roles, active, language, "
                  "password_hash, must_change_password, created_at, hlc, workstation_id, user_id) "
                  "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
                  {a.id, a.login, a.nameFr, a.nameAr, rolesToCodes(a.roles), a.active ? 1 : 0,
                   a.language, hash, a.mustChangePassword ? 1 : 0, w.now().toString(Qt::ISODate),
                   w.hlc(), w.workstationId(), nullIfEmpty(author.userId)});
        w.inserted(u"users"_s, a.id, row);
    });
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
    m_platform.writes.require(actor, Capability::ManageUsers);
    // A new account starts with a password set by someone else: its owner replaces it.
    account.mustChangePassword = true;
    return insert(actor, account, password);
}

QList<UserAccount> UserService::list(const Actor &actor) const
{
    m_platform.writes.require(actor, Capability::ManageUsers);
    QSqlQuery q = execQuery(m_platform.database.connection(),
                            u"SELECT "_s + SelectColumns + u" FROM users ORDER BY login"_s);
    QList<UserAccount> out;
    while (q.next())
        out << accountFrom(q);
    return out;
}

int UserService::activeAdministratorsExcept(const QString &userId) const
{
    int n = 0;
    QSqlQuery q = execQuery(m_platform.database.connection(),
                            u"SELECT id, roles FROM users WHERE active = 1"_s);
    while (q.next())
        if (q.value(0).toString() != userId &&
            rolesFromCodes(q.value(1).toString()).contains(Role::Administrator))
            ++n;
    return n;
}

void UserService::setActive(const Actor &actor, const QString &login, bool active)
{
    m_platform.writes.require(actor, Capability::ManageUsers);
    const UserAccount a = requireAccount(login);
    if (!active && a.roles.contains(Role::Administrator) && activeAdministratorsExcept(a.id) == 0)
        throw CoreError(ErrorKind::BadInput,
                        tr("This is the last active administrator: add another one first."));
    const QString details = (active ? u"enabled "_s : u"disabled "_s) + a.login;
    m_platform.writes.write(actor, {{}, AuditAction::UserChanged, {}, details},
                            [&](WriteContext &w) {
                                updateRow(w, a, {{u"active"_s, active ? 1 : 0}});
                                clearFailedLogins(a.login);
                            });
}

void UserService::setRoles(const Actor &actor, const QString &login, const QList<Role> &roles)
{
    m_platform.writes.require(actor, Capability::ManageUsers);
    const UserAccount a = requireAccount(login);
    if (roles.isEmpty())
        throw CoreError(ErrorKind::Validation, tr("Choose at least one role."));
    if (!roles.contains(Role::Administrator) && a.roles.contains(Role::Administrator) &&
        activeAdministratorsExcept(a.id) == 0)
        throw CoreError(ErrorKind::BadInput,
                        tr("This is the last active administrator: add another one first."));
    const QString details = u"roles "_s + a.login + u' ' + rolesToCodes(roles);
    m_platform.writes.write(actor, {{}, AuditAction::UserChanged, {}, details},
                            [&](WriteContext &w) {
                                updateRow(w, a, {{u"roles"_s, rolesToCodes(roles)}});
                            });
}

void UserService::resetPassword(const Actor &actor, const QString &login, const QString &temporary)
{
    m_platform.writes.require(actor, Capability::ManageUsers);
    const UserAccount a = requireAccount(login);
    PasswordPolicy::require(temporary, a.login);
    const QString hash = PasswordHasher::hash(temporary);
    m_platform.writes.write(
        actor, {{}, AuditAction::PasswordReset, {}, a.login, {u"password_hash"_s}},
        [&](WriteContext &w) {
            updateRow(w, a, {{u"password_hash"_s, hash}, {u"must_change_password"_s, 1}});
            clearFailedLogins(a.login);
        });
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
    const QString hash = PasswordHasher::hash(next);
    const UserAccount a = requireAccount(actor.login);
    m_platform.writes.write(
        actor, {{}, AuditAction::PasswordChanged, {}, {}, {u"password_hash"_s}},
        [&](WriteContext &w) {
            updateRow(w, a, {{u"password_hash"_s, hash}, {u"must_change_password"_s, 0}});
        });
    Actor done = actor;
    done.passwordChangeRequired = false;
    return done;
}

QString UserService::passwordHashOf(const QString &userId) const
{
    const QList<QVariantList> rows =
        selectRows(m_platform.database.connection(),
                   u"SELECT password_hash FROM users WHERE id = ?"_s, {userId});
    return rows.isEmpty() ? QString() : rows.first().first().toString();
}

void UserService::storePasswordHash(const Actor &author, const QString &userId, const QString &hash,
                                    bool mustChange)
{
    QSqlQuery q = execQuery(m_platform.database.connection(),
                            u"SELECT "_s + SelectColumns + u" FROM users WHERE id = ?"_s, {userId});
    if (!q.next())
        throw CoreError(ErrorKind::NotFound, tr("There is no account with this login."));
    const UserAccount a = accountFrom(q);
    q.finish();
    m_platform.writes.write(author, {{}, {}, {}, {}, {u"password_hash"_s}}, [&](WriteContext &w) {
        updateRow(w, a,
                  {{u"password_hash"_s, hash}, {u"must_change_password"_s, mustChange ? 1 : 0}});
    });
}

} // namespace jisr
