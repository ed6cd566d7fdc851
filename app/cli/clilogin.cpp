#include "clilogin.h"

#include "authservice.h"
#include "clicontext.h"
#include "coreerror.h"
#include "workspace.h"

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
    return workspace.auth().login(login, password).actor;
}

} // namespace jisr
