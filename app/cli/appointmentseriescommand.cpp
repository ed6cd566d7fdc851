#include "appointmentseriescommand.h"

#include "appointmentcommand.h"
#include "clicontext.h"
#include "commandoptions.h"
#include "platform/errors/coreerror.h"
#include "scheduling/appointmentservice.h"
#include "workspace/workspace.h"

#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace jisr {

namespace {

int number(const CommandOptions &o, const QString &name, const QString &fallback)
{
    bool ok = false;
    const int n = o.value(name, fallback).toInt(&ok);
    return ok ? n : -1; // the core refuses it with its reason
}

} // namespace

int AppointmentSeriesCommand::series(CliContext &ctx, const QStringList &args)
{
    const QString usage = tr("Usage: jisrctl appointment series --case DOSSIER --service CODE "
                             "--at YYYY-MM-DDTHH:MM --count N [--every-days 7] [--json]");
    const CommandOptions o = CommandOptions::parse(args, u"appointment series"_s,
                                                   {{u"case"_s, u"service"_s, u"at"_s, u"count"_s,
                                                     u"every-days"_s, u"practitioner"_s, u"room"_s},
                                                    {u"json"_s},
                                                    {u"practitioner"_s}});
    o.requireWords(0, usage);
    ctx.json = ctx.json || o.has(u"json"_s);
    if (!o.has(u"case"_s) || !o.has(u"service"_s) || !o.has(u"at"_s) || !o.has(u"count"_s))
        throw UsageError{usage};
    const LocalTime at = LocalTime::fromString(o.value(u"at"_s));
    if (!at.isValid())
        throw CoreError(
            ErrorKind::BadInput,
            tr("--at is a date and time written YYYY-MM-DDTHH:MM: %1").arg(o.value(u"at"_s)));
    const int every = number(o, u"every-days"_s, u"7"_s);
    const SeriesBooking booked =
        ctx.workspace().appointments().bookSeries(ctx.actor(),
                                                  {o.value(u"case"_s), o.value(u"service"_s), at,
                                                   o.all(u"practitioner"_s), o.value(u"room"_s)},
                                                  number(o, u"count"_s, {}), every);
    // What moved: the occurrences that are not at their day and time, with the core's reason
    // for each, in order.
    QJsonArray occurrences, moved;
    qsizetype reason = 0;
    for (qsizetype i = 0; i < booked.occurrences.size(); ++i) {
        const Appointment &a = booked.occurrences.at(i);
        occurrences.append(AppointmentCommand::json(ctx.workspace(), a));
        const LocalTime wanted{at.date.addDays(i * every), at.minute};
        if (a.start == wanted)
            continue;
        moved.append(QJsonObject{{u"occurrence"_s, int(i + 1)},
                                 {u"wanted"_s, wanted.toString()},
                                 {u"start"_s, a.start.toString()},
                                 {u"id"_s, a.id},
                                 {u"reason"_s, booked.moved.value(reason++)}});
    }
    if (ctx.json) {
        ctx.printJson(QJsonObject{{u"series"_s, booked.occurrences.isEmpty()
                                                    ? QString()
                                                    : booked.occurrences.first().seriesId},
                                  {u"occurrences"_s, occurrences},
                                  {u"moved"_s, moved}});
        return 0;
    }
    for (const Appointment &a : booked.occurrences)
        ctx.print(a.start.toString() + u'\t' + a.id);
    for (const QString &line : booked.moved)
        ctx.print(tr("Moved: %1").arg(line));
    return 0;
}

int AppointmentSeriesCommand::cancelFollowing(CliContext &ctx, const QString &id,
                                              const QString &reason, const QString &by)
{
    if (by != u"person"_s && by != u"centre"_s)
        throw CoreError(ErrorKind::BadInput, tr("--by is person or centre."));
    const int n =
        ctx.workspace().appointments().cancelSeries(ctx.actor(), id, reason, by == u"person"_s);
    if (ctx.json)
        ctx.printJson(QJsonObject{{u"id"_s, id}, {u"cancelled"_s, n}});
    else
        ctx.print(tr("Appointments cancelled: %1").arg(n));
    return 0;
}

} // namespace jisr
