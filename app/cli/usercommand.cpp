#include "usercommand.h"

#include "accounts/authservice.h"
#include "accounts/userservice.h"
#include "clicontext.h"
#include "clilogin.h"
#include "commandoptions.h"
#include "platform/errors/coreerror.h"
#include "terminalechoguard.h"
#include "workspace/workspace.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QScopeGuard>

using namespace Qt::StringLiterals;

namespace jisr {

namespace {

// The password of an account being created or reset, or one's own new password:
// JISR_NEW_PASSWORD, else a line of standard input (never JISR_PASSWORD, the acting user's).
// Typed at a terminal, it is asked twice: a typo would lock the account until a reset.
QString newPassword()
{
    const QString env = qEnvironmentVariable("JISR_NEW_PASSWORD");
    if (!env.isEmpty())
        return env;
    const QString typed = CliContext::readSecretLine(UserCommand::tr("New password: "));
    if (TerminalEchoGuard::inputIsTerminal() &&
        CliContext::readSecretLine(UserCommand::tr("Type it again: ")) != typed)
        throw CoreError(ErrorKind::BadInput, UserCommand::tr("The two passwords are different."));
    return typed;
}

QStringList roleCodes(const QList<Role> &roles)
{
    QStringList out;
    for (Role r : roles)
        out << roleCode(r);
    return out;
}

} // namespace

int UserCommand::run(CliContext &ctx, const QStringList &args)
{
    const QString sub = args.value(0);
    if (sub == u"add"_s)
        return add(ctx, args.mid(1));
    // The other subcommands take no option: one given is refused, not ignored.
    const QStringList words = CommandOptions::parse(args.mid(1), u"user "_s + sub, {}).words();
    if (sub == u"list"_s && words.isEmpty())
        return list(ctx);
    if (sub == u"passwd"_s && words.isEmpty())
        return changeOwnPassword(ctx);
    if ((sub == u"disable"_s || sub == u"enable"_s || sub == u"reset-password"_s) &&
        words.size() == 1) {
        const QString login = words.first();
        // Log in first: the password on standard input belongs to the acting user.
        const Actor &actor = ctx.actor();
        if (sub == u"reset-password"_s) {
            ctx.workspace().users().resetPassword(actor, login, newPassword());
            ctx.print(tr("Password reset: %1 must choose a new one at the next login.").arg(login));
        } else {
            ctx.workspace().users().setActive(actor, login, sub == u"enable"_s);
            ctx.print(sub == u"enable"_s ? tr("Account enabled: %1").arg(login)
                                         : tr("Account disabled: %1").arg(login));
        }
        return 0;
    }
    throw UsageError{tr("Usage: jisrctl --user LOGIN user add LOGIN --name-fr N --name-ar N "
                        "--roles reception,doctor,social_worker,administrator [--lang ar|fr]\n"
                        "       jisrctl --user LOGIN user list|disable LOGIN|enable LOGIN|"
                        "reset-password LOGIN|passwd")};
}

int UserCommand::add(CliContext &ctx, const QStringList &args)
{
    const CommandOptions options = CommandOptions::parse(
        args, u"user add"_s, {{u"name-fr"_s, u"name-ar"_s, u"roles"_s, u"lang"_s}, {}});
    options.requireWords(1,
                         tr("Usage: jisrctl user add LOGIN --name-fr N --name-ar N --roles R,R"));
    UserAccount account;
    account.login = options.words().first();
    account.nameFr = options.value(u"name-fr"_s);
    account.nameAr = options.value(u"name-ar"_s);
    account.language = options.value(u"lang"_s, u"fr"_s);
    for (const QString &code : options.value(u"roles"_s).split(u',', Qt::SkipEmptyParts)) {
        const auto role = roleFromCode(code.trimmed());
        if (!role)
            throw UsageError{tr("Unknown role: %1").arg(code)};
        account.roles << *role;
    }
    const Actor &actor = ctx.actor();
    const UserAccount saved = ctx.workspace().users().add(actor, account, newPassword());
    if (ctx.json)
        ctx.printJson(QJsonObject{{u"id"_s, saved.id}, {u"login"_s, saved.login}});
    else
        ctx.print(
            tr("Account created: %1 (must change the password at first login)").arg(saved.login));
    return 0;
}

// The acting user's own password: the current one as for any login, then the new one.
int UserCommand::changeOwnPassword(CliContext &ctx)
{
    if (ctx.userLogin.isEmpty())
        throw UsageError{tr("Usage: jisrctl --user LOGIN user passwd")};
    const QString current = CliContext::readPassword(
        QCoreApplication::translate("jisr::CliContext", "Password for %1: ").arg(ctx.userLogin));
    const LoginResult login = ctx.workspace().auth().login(ctx.userLogin, current);
    // Every login in the audit log gets its logout, also when the new password is refused.
    const auto logout = qScopeGuard([&] { ctx.workspace().auth().logout(login.actor); });
    ctx.workspace().users().changeOwnPassword(login.actor, current, newPassword());
    ctx.print(tr("Password changed for %1.").arg(ctx.userLogin));
    return 0;
}

int UserCommand::list(CliContext &ctx)
{
    const QList<UserAccount> users = ctx.workspace().users().list(ctx.actor());
    QJsonArray out;
    for (const UserAccount &u : users) {
        if (ctx.json)
            out.append(QJsonObject{{u"id"_s, u.id},
                                   {u"login"_s, u.login},
                                   {u"name_fr"_s, u.nameFr},
                                   {u"name_ar"_s, u.nameAr},
                                   {u"roles"_s, QJsonArray::fromStringList(roleCodes(u.roles))},
                                   {u"active"_s, u.active},
                                   {u"language"_s, u.language},
                                   {u"must_change_password"_s, u.mustChangePassword}});
        else
            ctx.print(QStringList{u.login, u.nameFr, u.nameAr, roleCodes(u.roles).join(u','),
                                  u.active ? tr("active") : tr("disabled")}
                          .join(u'\t'));
    }
    if (ctx.json)
        ctx.printJson(out);
    return 0;
}

} // namespace jisr
