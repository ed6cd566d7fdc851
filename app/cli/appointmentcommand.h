#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QStringList>

namespace jisr {

class CliContext;
class Workspace;
struct Appointment;

// jisrctl appointment slots|book|list|check-in|start|done|cancel|no-show; series, slip and
// day-list have their own files.
class AppointmentCommand
{
    Q_DECLARE_TR_FUNCTIONS(AppointmentCommand)

public:
    static int run(CliContext &ctx, const QStringList &args);
    // An appointment as the JSON fields of the issue.
    static QJsonObject json(Workspace &ws, const Appointment &a);

private:
    static int findSlots(CliContext &ctx, const QStringList &args);
    static int book(CliContext &ctx, const QStringList &args);
    static int list(CliContext &ctx, const QStringList &args);
    static int step(CliContext &ctx, const QString &sub, const QStringList &args);
};

} // namespace jisr
