#pragma once

#include "accesscontrol.h"

namespace jisr {

class Workspace;

// Authenticates jisrctl's --user against the workstation's accounts. An account whose password
// was set by an administrator may only choose its own first (`user passwd`): otherwise a
// temporary password handed over at the desk would stay valid for scripts forever.
enum class CliLoginPurpose { Work, ChangeOwnPassword };
Actor cliLogin(Workspace &workspace, const QString &login,
               CliLoginPurpose purpose = CliLoginPurpose::Work);

} // namespace jisr
