#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace jisr {

class CliContext;

// jisrctl practitioner add|hours|absence, room add, closing add, service add: the reference
// data of appointments, set up by IT or an administrator.
class SchedulingCommand
{
    Q_DECLARE_TR_FUNCTIONS(SchedulingCommand)

public:
    static int practitioner(CliContext &ctx, const QStringList &args);
    static int room(CliContext &ctx, const QStringList &args);
    static int closing(CliContext &ctx, const QStringList &args);
    static int service(CliContext &ctx, const QStringList &args);

    // dd/mm/yyyy or yyyy-mm-dd; throws CoreError(BadInput) naming the option otherwise.
    static QDate date(const QString &text, const QString &option);
};

} // namespace jisr
