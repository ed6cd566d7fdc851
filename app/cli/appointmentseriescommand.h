#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace jisr {

class CliContext;

// jisrctl appointment series --case DOSSIER --service CODE --at YYYY-MM-DDTHH:MM --count N
//                            [--every-days 7] [--json]
//         appointment cancel ID --reason R --following
class AppointmentSeriesCommand
{
    Q_DECLARE_TR_FUNCTIONS(AppointmentSeriesCommand)

public:
    static int series(CliContext &ctx, const QStringList &args);
    // This occurrence and the following ones of its series.
    static int cancelFollowing(CliContext &ctx, const QString &id, const QString &reason,
                               const QString &by);
};

} // namespace jisr
