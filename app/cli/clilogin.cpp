#include "clilogin.h"

#include "clicontext.h"
#include "coreerror.h"

namespace jisr {

// TODO(accounts): replaced by AuthService::login when the accounts work lands.
Actor cliLogin(Workspace &, const QString &login)
{
    Actor a;
    a.login = login.isEmpty() ? u"jisrctl"_qs : login;
    a.userId = u"00000000-0000-4000-8000-000000000000"_qs;
    a.roles = {Role::Administrator, Role::Reception};
    return a;
}

} // namespace jisr
