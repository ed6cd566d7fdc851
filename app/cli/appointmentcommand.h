#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace jisr {

class CliContext;

// jisrctl appointment slots|book|list|check-in|start|done|cancel|no-show.
class AppointmentCommand
{
    Q_DECLARE_TR_FUNCTIONS(AppointmentCommand)

public:
    static int run(CliContext &ctx, const QStringList &args);

private:
    static int findSlots(CliContext &ctx, const QStringList &args);
    static int book(CliContext &ctx, const QStringList &args);
    static int list(CliContext &ctx, const QStringList &args);
    static int step(CliContext &ctx, const QString &sub, const QStringList &args);
};

} // namespace jisr
