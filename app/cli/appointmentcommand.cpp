#include "appointmentcommand.h"

#include "appointmentprintcommand.h"
#include "appointmentseriescommand.h"
#include "clicontext.h"
#include "commandoptions.h"
#include "platform/db/database.h"
#include "platform/db/sqlquery.h"
#include "platform/errors/coreerror.h"
#include "scheduling/appointmentservice.h"
#include "schedulingcommand.h"
#include "workspace/workspace.h"

#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace jisr {

namespace {

QJsonValue orNull(const QString &s)
{
    return s.isEmpty() ? QJsonValue() : QJsonValue(s);
}

QJsonObject optionJson(const SlotOption &o)
{
    return {{u"start"_s, o.start.toString()},
            {u"end"_s, o.end.toString()},
            {u"practitioners"_s, QJsonArray::fromStringList(o.practitionerIds())},
            {u"room"_s, orNull(o.roomId())}};
}

QString dossierOf(Workspace &ws, const QString &caseId)
{
    const auto rows = selectRows(ws.database().connection(),
                                 u"SELECT dossier_no FROM case_files WHERE id = ?"_s, {caseId});
    return rows.isEmpty() ? QString() : rows.first().first().toString();
}

} // namespace

QJsonObject AppointmentCommand::json(Workspace &ws, const Appointment &a)
{
    return {{u"id"_s, a.id},
            {u"case"_s, dossierOf(ws, a.caseId)},
            {u"kind"_s, a.kind},
            {u"status"_s, appointmentStatusCode(a.status)},
            {u"start"_s, a.start.toString()},
            {u"end"_s, a.end.toString()},
            {u"practitioners"_s, QJsonArray::fromStringList(a.practitionerIds())},
            {u"room"_s, orNull(a.roomId())},
            {u"rescheduled_from"_s, orNull(a.rescheduledFrom)},
            {u"cancel_reason"_s, a.cancelReason}};
}

namespace {

void printOptions(CliContext &ctx, const QList<SlotOption> &options)
{
    QJsonArray out;
    for (const SlotOption &o : options) {
        if (ctx.json)
            out.append(optionJson(o));
        else
            ctx.print(o.start.toString() + u'\t' + o.end.toString().mid(11) + u'\t' +
                      o.practitionerIds().join(u',') + u'\t' + o.roomId());
    }
    if (ctx.json)
        ctx.printJson(out);
}

} // namespace

int AppointmentCommand::run(CliContext &ctx, const QStringList &args)
{
    const QString sub = args.value(0);
    if (sub == u"slots"_s)
        return findSlots(ctx, args.mid(1));
    if (sub == u"book"_s)
        return book(ctx, args.mid(1));
    if (sub == u"list"_s)
        return list(ctx, args.mid(1));
    if (sub == u"series"_s)
        return AppointmentSeriesCommand::series(ctx, args.mid(1));
    if (sub == u"slip"_s)
        return AppointmentPrintCommand::slip(ctx, args.mid(1));
    if (sub == u"day-list"_s)
        return AppointmentPrintCommand::dayList(ctx, args.mid(1));
    if (QStringList{u"check-in"_s, u"start"_s, u"done"_s, u"cancel"_s, u"no-show"_s}.contains(sub))
        return step(ctx, sub, args.mid(1));
    throw UsageError{
        tr("Usage: jisrctl appointment slots --case DOSSIER --service CODE --from D [--to D] "
           "[--limit N]\n"
           "       jisrctl appointment book --case DOSSIER --service CODE "
           "--at YYYY-MM-DDTHH:MM [--practitioner ID]... [--room ID]\n"
           "       jisrctl appointment list --date D | check-in ID | start ID | done ID | "
           "cancel ID --reason R [--following] | no-show ID\n"
           "       jisrctl appointment series --case DOSSIER --service CODE "
           "--at YYYY-MM-DDTHH:MM --count N [--every-days 7]\n"
           "       jisrctl appointment slip ID --pdf FILE [--format a6|receipt]\n"
           "       jisrctl appointment day-list --date D [--practitioner ID] --pdf FILE")};
}

int AppointmentCommand::findSlots(CliContext &ctx, const QStringList &args)
{
    const CommandOptions o = CommandOptions::parse(
        args, u"appointment slots"_s,
        {{u"case"_s, u"service"_s, u"from"_s, u"to"_s, u"limit"_s}, {u"json"_s}});
    o.requireWords(0, tr("Usage: jisrctl appointment slots --case DOSSIER --service CODE "
                         "--from D [--to D] [--limit N]"));
    ctx.json = ctx.json || o.has(u"json"_s);
    if (!o.has(u"case"_s) || !o.has(u"service"_s) || !o.has(u"from"_s))
        throw UsageError{tr("appointment slots needs --case, --service and --from.")};
    SlotQuery q;
    q.caseId = o.value(u"case"_s);
    q.from = SchedulingCommand::date(o.value(u"from"_s), u"--from"_s);
    q.to =
        o.has(u"to"_s) ? SchedulingCommand::date(o.value(u"to"_s), u"--to"_s) : q.from.addDays(30);
    bool ok = true;
    q.limit = o.value(u"limit"_s, u"5"_s).toInt(&ok);
    if (!ok || q.limit < 1)
        throw CoreError(ErrorKind::BadInput, tr("--limit is a number of options, 1 or more."));
    printOptions(ctx,
                 ctx.workspace().appointments().findSlots(ctx.actor(), q, o.value(u"service"_s)));
    return 0;
}

int AppointmentCommand::book(CliContext &ctx, const QStringList &args)
{
    const CommandOptions o =
        CommandOptions::parse(args, u"appointment book"_s,
                              {{u"case"_s, u"service"_s, u"at"_s, u"practitioner"_s, u"room"_s},
                               {u"json"_s},
                               {u"practitioner"_s}});
    o.requireWords(0, tr("Usage: jisrctl appointment book --case DOSSIER --service CODE "
                         "--at YYYY-MM-DDTHH:MM [--practitioner ID]... [--room ID]"));
    ctx.json = ctx.json || o.has(u"json"_s);
    if (!o.has(u"case"_s) || !o.has(u"service"_s) || !o.has(u"at"_s))
        throw UsageError{tr("appointment book needs --case, --service and --at.")};
    const LocalTime at = LocalTime::fromString(o.value(u"at"_s));
    if (!at.isValid())
        throw CoreError(
            ErrorKind::BadInput,
            tr("--at is a date and time written YYYY-MM-DDTHH:MM: %1").arg(o.value(u"at"_s)));
    const Actor &actor = ctx.actor();
    try {
        const Appointment a = ctx.workspace().appointments().book(
            actor, {o.value(u"case"_s), o.value(u"service"_s), at, o.all(u"practitioner"_s),
                    o.value(u"room"_s)});
        if (ctx.json)
            ctx.printJson(json(ctx.workspace(), a));
        else
            ctx.print(tr("Booked: %1 %2").arg(a.id, a.start.toString()));
    } catch (const SlotUnavailableError &e) {
        // The fresh options on standard output, the refusal on standard error.
        printOptions(ctx, e.alternatives());
        throw;
    }
    return 0;
}

int AppointmentCommand::list(CliContext &ctx, const QStringList &args)
{
    const CommandOptions o =
        CommandOptions::parse(args, u"appointment list"_s, {{u"date"_s}, {u"json"_s}});
    o.requireWords(0, tr("Usage: jisrctl appointment list --date D"));
    ctx.json = ctx.json || o.has(u"json"_s);
    if (!o.has(u"date"_s))
        throw UsageError{tr("Usage: jisrctl appointment list --date D")};
    const QDate day = SchedulingCommand::date(o.value(u"date"_s), u"--date"_s);
    QJsonArray out;
    for (const Appointment &a : ctx.workspace().appointments().day(ctx.actor(), day)) {
        if (ctx.json)
            out.append(json(ctx.workspace(), a));
        else
            ctx.print(QStringList{a.start.toString().mid(11), a.end.toString().mid(11),
                                  dossierOf(ctx.workspace(), a.caseId),
                                  appointmentStatusCode(a.status), a.id}
                          .join(u'\t'));
    }
    if (ctx.json)
        ctx.printJson(out);
    return 0;
}

int AppointmentCommand::step(CliContext &ctx, const QString &sub, const QStringList &args)
{
    const bool cancel = sub == u"cancel"_s;
    const CommandOptions o = CommandOptions::parse(
        args, u"appointment "_s + sub,
        {cancel ? QStringList{u"reason"_s, u"by"_s} : QStringList{},
         cancel ? QStringList{u"json"_s, u"following"_s} : QStringList{u"json"_s}});
    o.requireWords(1, cancel ? tr("Usage: jisrctl appointment cancel ID --reason R "
                                  "[--by person|centre] [--following]")
                             : tr("Usage: jisrctl appointment %1 ID").arg(sub));
    ctx.json = ctx.json || o.has(u"json"_s);
    const QString id = o.words().first();
    if (o.has(u"following"_s))
        return AppointmentSeriesCommand::cancelFollowing(ctx, id, o.value(u"reason"_s),
                                                         o.value(u"by"_s, u"person"_s));
    const Actor &actor = ctx.actor();
    AppointmentService &appointments = ctx.workspace().appointments();
    Appointment a;
    if (sub == u"check-in"_s)
        a = appointments.checkIn(actor, id);
    else if (sub == u"start"_s)
        a = appointments.start(actor, id);
    else if (sub == u"done"_s)
        a = appointments.finish(actor, id);
    else if (sub == u"no-show"_s)
        a = appointments.markNoShow(actor, id);
    else {
        const QString by = o.value(u"by"_s, u"person"_s);
        if (by != u"person"_s && by != u"centre"_s)
            throw CoreError(ErrorKind::BadInput, tr("--by is person or centre."));
        a = appointments.cancel(actor, id, o.value(u"reason"_s), by == u"person"_s);
    }
    if (ctx.json)
        ctx.printJson(QJsonObject{{u"id"_s, a.id}, {u"status"_s, appointmentStatusCode(a.status)}});
    else
        ctx.print(tr("%1: %2").arg(a.id, appointmentStatusCode(a.status)));
    return 0;
}

} // namespace jisr
