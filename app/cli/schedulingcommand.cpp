#include "schedulingcommand.h"

#include "clicontext.h"
#include "commandoptions.h"
#include "platform/errors/coreerror.h"
#include "platform/text/typeddate.h"
#include "scheduling/schedulingsetupservice.h"
#include "workspace/workspace.h"

#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace jisr {

namespace {

void printId(CliContext &ctx, const QString &id, const QString &text)
{
    if (ctx.json)
        ctx.printJson(QJsonObject{{u"id"_s, id}});
    else
        ctx.print(text);
}

QList<int> weekdaysOf(const QString &text)
{
    // "1".."7", or a range such as "1-5".
    const QStringList ends = text.trimmed().split(u'-');
    bool ok1 = false, ok2 = true;
    const int from = ends.value(0).toInt(&ok1);
    const int to = ends.size() == 2 ? ends.value(1).toInt(&ok2) : from;
    if (!ok1 || !ok2 || ends.size() > 2 || from < 1 || to > 7 || to < from)
        throw CoreError(ErrorKind::BadInput,
                        SchedulingCommand::tr("--weekday is 1 (Monday) to 7 (Sunday), or a range "
                                              "such as 1-5: %1")
                            .arg(text));
    QList<int> out;
    for (int d = from; d <= to; ++d)
        out << d;
    return out;
}

int clockOf(const QString &text, const QString &option)
{
    const int m = LocalTime::parseClock(text);
    if (m < 0)
        throw CoreError(ErrorKind::BadInput,
                        SchedulingCommand::tr("%1 is a time written HH:MM: %2").arg(option, text));
    return m;
}

} // namespace

QDate SchedulingCommand::date(const QString &text, const QString &option)
{
    const QDate d = TypedDate::parse(text);
    if (!d.isValid())
        throw CoreError(ErrorKind::BadInput,
                        tr("%1 is not a date (YYYY-MM-DD or dd/mm/yyyy): %2").arg(option, text));
    return d;
}

int SchedulingCommand::practitioner(CliContext &ctx, const QStringList &args)
{
    const QString sub = args.value(0);
    const QString usage =
        tr("Usage: jisrctl practitioner add --name-fr N --name-ar N --profession P "
           "[--specialty S] [--login L]\n"
           "       jisrctl practitioner hours ID --weekday 1..7 --from HH:MM --to HH:MM "
           "[--from-date D --to-date D] (repeatable)\n"
           "       jisrctl practitioner absence ID --from D [--to D] [--reason R]");
    SchedulingSetupService &setup = ctx.workspace().scheduling();
    if (sub == u"add"_s) {
        const CommandOptions o = CommandOptions::parse(
            args.mid(1), u"practitioner add"_s,
            {{u"name-fr"_s, u"name-ar"_s, u"profession"_s, u"specialty"_s, u"login"_s}, {}});
        o.requireWords(0, usage);
        Practitioner p;
        p.nameFr = o.value(u"name-fr"_s);
        p.nameAr = o.value(u"name-ar"_s);
        // "doctor:pmr" is accepted for --profession too, as services write their needs.
        const ServiceNeed need = ServiceNeed::fromCode(o.value(u"profession"_s));
        p.profession = need.profession;
        p.specialty = o.has(u"specialty"_s) ? o.value(u"specialty"_s) : need.specialty;
        const Practitioner saved = setup.addPractitioner(ctx.actor(), p, o.value(u"login"_s));
        printId(ctx, saved.id, tr("Practitioner added: %1").arg(saved.id));
        return 0;
    }
    if (sub == u"hours"_s) {
        const CommandOptions o =
            CommandOptions::parse(args.mid(1), u"practitioner hours"_s,
                                  {{u"weekday"_s, u"from"_s, u"to"_s, u"from-date"_s, u"to-date"_s},
                                   {},
                                   {u"weekday"_s, u"from"_s, u"to"_s}});
        o.requireWords(1, usage);
        const QStringList days = o.all(u"weekday"_s), froms = o.all(u"from"_s),
                          tos = o.all(u"to"_s);
        if (days.isEmpty() || days.size() != froms.size() || days.size() != tos.size())
            throw UsageError{tr("Give --weekday, --from and --to together, once per period.")};
        QList<WorkingPeriod> periods;
        for (qsizetype i = 0; i < days.size(); ++i)
            for (int d : weekdaysOf(days.at(i))) {
                WorkingPeriod w;
                w.practitionerId = o.words().first();
                w.weekday = d;
                w.startMinute = clockOf(froms.at(i), u"--from"_s);
                w.endMinute = clockOf(tos.at(i), u"--to"_s);
                if (o.has(u"from-date"_s))
                    w.validFrom = date(o.value(u"from-date"_s), u"--from-date"_s);
                if (o.has(u"to-date"_s))
                    w.validTo = date(o.value(u"to-date"_s), u"--to-date"_s);
                periods << w;
            }
        const Actor &actor = ctx.actor();
        for (const WorkingPeriod &w : periods)
            setup.addWorkingPeriod(actor, w);
        ctx.print(tr("%n working period(s) added.", nullptr, int(periods.size())));
        return 0;
    }
    if (sub == u"absence"_s) {
        const CommandOptions o = CommandOptions::parse(args.mid(1), u"practitioner absence"_s,
                                                       {{u"from"_s, u"to"_s, u"reason"_s}, {}});
        o.requireWords(1, usage);
        if (!o.has(u"from"_s))
            throw UsageError{usage};
        DateRange a;
        a.practitionerId = o.words().first();
        a.from = date(o.value(u"from"_s), u"--from"_s);
        a.to = o.has(u"to"_s) ? date(o.value(u"to"_s), u"--to"_s) : a.from;
        a.reason = o.value(u"reason"_s);
        const DateRange saved = setup.addAbsence(ctx.actor(), a);
        printId(ctx, saved.id, tr("Absence recorded."));
        return 0;
    }
    throw UsageError{usage};
}

int SchedulingCommand::room(CliContext &ctx, const QStringList &args)
{
    const CommandOptions o =
        CommandOptions::parse(args.mid(1), u"room add"_s, {{u"name"_s}, {u"accessible"_s}});
    if (args.value(0) != u"add"_s || !o.words().isEmpty())
        throw UsageError{tr("Usage: jisrctl room add --name N [--accessible]")};
    Room r;
    r.name = o.value(u"name"_s);
    r.accessible = o.has(u"accessible"_s);
    const Room saved = ctx.workspace().scheduling().addRoom(ctx.actor(), r);
    printId(ctx, saved.id, tr("Room added: %1").arg(saved.id));
    return 0;
}

int SchedulingCommand::closing(CliContext &ctx, const QStringList &args)
{
    const CommandOptions o =
        CommandOptions::parse(args.mid(1), u"closing add"_s, {{u"to"_s, u"reason"_s}, {}});
    if (args.value(0) != u"add"_s || o.words().size() != 1)
        throw UsageError{tr("Usage: jisrctl closing add D [--to D] --reason R")};
    DateRange c;
    c.from = date(o.words().first(), tr("The closing day"));
    c.to = o.has(u"to"_s) ? date(o.value(u"to"_s), u"--to"_s) : c.from;
    c.reason = o.value(u"reason"_s);
    const DateRange saved = ctx.workspace().scheduling().addClosing(ctx.actor(), c);
    printId(ctx, saved.id, tr("Closing recorded."));
    return 0;
}

int SchedulingCommand::service(CliContext &ctx, const QStringList &args)
{
    const CommandOptions o = CommandOptions::parse(
        args.mid(1), u"service add"_s,
        {{u"name-fr"_s, u"name-ar"_s, u"minutes"_s, u"need"_s, u"room"_s, u"max-gap"_s},
         {u"sequence"_s},
         {u"need"_s}});
    if (args.value(0) != u"add"_s || o.words().size() != 1)
        throw UsageError{tr("Usage: jisrctl service add CODE --name-fr N --name-ar N --minutes M "
                            "--need PROFESSION[:SPECIALTY]... [--room any|accessible] "
                            "[--sequence --max-gap M]")};
    Service s;
    s.code = o.words().first();
    s.nameFr = o.value(u"name-fr"_s);
    s.nameAr = o.value(u"name-ar"_s);
    bool ok = false;
    s.minutes = o.value(u"minutes"_s).toInt(&ok);
    if (!ok)
        throw CoreError(ErrorKind::BadInput, tr("--minutes is a number of minutes."));
    for (const QString &n : o.all(u"need"_s))
        s.needs << ServiceNeed::fromCode(n);
    const auto room = roomNeedFromCode(o.value(u"room"_s, u"none"_s));
    if (!room)
        throw CoreError(ErrorKind::BadInput, tr("--room is any or accessible."));
    s.roomNeed = *room;
    s.sequence = o.has(u"sequence"_s);
    s.maxGapMinutes = o.value(u"max-gap"_s, u"0"_s).toInt();
    const Service saved = ctx.workspace().scheduling().addService(ctx.actor(), s);
    printId(ctx, saved.id, tr("Service added: %1").arg(saved.code));
    return 0;
}

} // namespace jisr
