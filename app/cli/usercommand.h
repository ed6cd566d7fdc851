#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace jisr {

class CliContext;

// jisrctl user add|list|disable|enable|reset-password: the centre's accounts (administrators);
// jisrctl user passwd: one's own password.
class UserCommand
{
    Q_DECLARE_TR_FUNCTIONS(UserCommand)

public:
    static int run(CliContext &ctx, const QStringList &args);

private:
    static int add(CliContext &ctx, const QStringList &args);
    static int list(CliContext &ctx);
    static int changeOwnPassword(CliContext &ctx);
};

} // namespace jisr
