#pragma once

#include "platform/access/accesscontrol.h"

namespace jisr {

class Workspace;

// Authenticates jisrctl's --user against the workstation's accounts. An account whose password
// was set by an administrator has no capability until it chooses its own (the core refuses);
// this says so up front and points to `user passwd`.
Actor cliLogin(Workspace &workspace, const QString &login);

} // namespace jisr
