#pragma once

#include "accesscontrol.h"

namespace jisr {

class Workspace;

// Authenticates jisrctl's --user against the workstation's accounts.
Actor cliLogin(Workspace &workspace, const QString &login);

} // namespace jisr
