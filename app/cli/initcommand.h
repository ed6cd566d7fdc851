#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace jisr {

class CliContext;

// jisrctl init --province CODE --centre NAME [--series XYZ]: creates the database of a centre
// on this workstation (the headless twin of the first-run wizard).
class InitCommand
{
    Q_DECLARE_TR_FUNCTIONS(InitCommand)

public:
    static int run(CliContext &ctx, const QStringList &args);
};

} // namespace jisr
