#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace jisr {

// jisrctl [--data-dir DIR] [--json] [--user LOGIN] [--lang ar|fr] COMMAND ...
// Exit codes: 0 success; 2 usage; 3 invalid input; 4 not found; 5 permission denied;
// 6 authentication failed; 7 storage error; 8 database from a newer Jisr. Errors are one line
// on stderr.
class CliApp
{
    Q_DECLARE_TR_FUNCTIONS(CliApp)

public:
    static int run(const QStringList &arguments);
    static QString usage();
};

} // namespace jisr
