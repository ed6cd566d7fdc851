#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace jisr {

class CliContext;

// jisrctl appointment slip ID --pdf FILE [--format a6|receipt]
//         appointment day-list --date D [--practitioner ID] --pdf FILE
class AppointmentPrintCommand
{
    Q_DECLARE_TR_FUNCTIONS(AppointmentPrintCommand)

public:
    static int slip(CliContext &ctx, const QStringList &args);
    static int dayList(CliContext &ctx, const QStringList &args);
};

} // namespace jisr
