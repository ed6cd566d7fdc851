#include "clilogin.h"

#include "accounts/authservice.h"
#include "clicontext.h"
#include "platform/errors/coreerror.h"
#include "workspace/workspace.h"

#include <QCoreApplication>

namespace jisr {

Actor cliLogin(Workspace &workspace, const QString &login)
{
    if (login.isEmpty())
        throw CoreError(ErrorKind::Authentication,
                        QCoreApplication::translate("jisr::CliContext",
                                                    "This command needs a user: add --user LOGIN "
                                                    "(password from JISR_PASSWORD or standard "
                                                    "input)."));
    const QString password = CliContext::readPassword(
        QCoreApplication::translate("jisr::CliContext", "Password for %1: ").arg(login));
    const LoginResult result = workspace.auth().login(login, password);
    if (result.mustChangePassword) {
        workspace.auth().logout(result.actor);
        throw CoreError(ErrorKind::Authentication,
                        QCoreApplication::translate(
                            "jisr::CliContext",
                            "The password of %1 was set by an administrator: choose your own "
                            "first with jisrctl --user %1 user passwd (new password from "
                            "JISR_NEW_PASSWORD or the next line of standard input).")
                            .arg(login));
    }
    return result.actor;
}

} // namespace jisr
