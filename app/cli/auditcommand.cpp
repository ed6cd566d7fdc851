#include "auditcommand.h"

#include "accounts/userservice.h"
#include "cases/casefileservice.h"
#include "clicontext.h"
#include "commandoptions.h"
#include "platform/audit/auditservice.h"
#include "platform/errors/coreerror.h"
#include "platform/text/typeddate.h"
#include "workspace/workspace.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QUuid>
#include <cstdio>

using namespace Qt::StringLiterals;

namespace jisr {

namespace {

const OptionSpec FilterOptions = {
    {u"user"_s, u"case"_s, u"from"_s, u"to"_s, u"action"_s, u"limit"_s}, {}};

AuditFilter filterFrom(CliContext &ctx, const CommandOptions &options)
{
    AuditFilter f;
    if (options.has(u"user"_s)) {
        const auto account = ctx.workspace().users().findByLogin(options.value(u"user"_s));
        if (!account)
            throw CoreError(ErrorKind::NotFound, AuditCommand::tr("There is no such user."));
        f.userId = account->id;
    }
    // By number or id, without opening the file: a look at the log is not a view of the file.
    if (options.has(u"case"_s)) {
        const QString c = options.value(u"case"_s).trimmed();
        (QUuid::fromString(c).isNull() ? f.dossierNo : f.caseId) = c;
    }
    for (const QString &name : {u"from"_s, u"to"_s}) {
        if (!options.has(name))
            continue;
        const QDate d = TypedDate::parse(options.value(name));
        if (!d.isValid())
            throw UsageError{AuditCommand::tr("--%1 takes a date (dd/MM/yyyy).").arg(name)};
        (name == u"from"_s ? f.from : f.to) = (name == u"from"_s ? d : d.addDays(1)).startOfDay();
    }
    if (options.has(u"action"_s))
        f.actions = options.value(u"action"_s).split(u',', Qt::SkipEmptyParts);
    f.limit = options.value(u"limit"_s, u"1000"_s).toInt();
    return f;
}

} // namespace

int AuditCommand::run(CliContext &ctx, const QStringList &args)
{
    const QString sub = args.value(0);
    // Options are checked before the database is opened.
    const auto audit = [&ctx]() -> AuditService & { return ctx.workspace().auditQueries(); };
    if (sub == u"verify"_s) {
        CommandOptions::parse(args.mid(1), u"audit verify"_s, {})
            .requireWords(0, tr("Usage: jisrctl --user LOGIN audit verify"));
        const AuditVerification v = audit().verify(ctx.actor());
        if (ctx.json)
            ctx.printJson(QJsonObject{{u"ok"_s, v.ok},
                                      {u"entries"_s, v.entries},
                                      {u"first_bad_seq"_s, v.firstBadSeq},
                                      {u"reason"_s, v.reason}});
        if (v.ok) {
            if (!ctx.json)
                ctx.print(
                    tr("The audit log is intact: %n entries checked.", nullptr, int(v.entries)));
            return 0;
        }
        std::fprintf(stderr, "jisrctl: %s\n",
                     tr("The audit log was altered at entry %1: %2")
                         .arg(v.firstBadSeq)
                         .arg(v.reason)
                         .toLocal8Bit()
                         .constData());
        return 9;
    }
    if (sub == u"list"_s || sub == u"export"_s) {
        const bool exporting = sub == u"export"_s;
        const CommandOptions options =
            CommandOptions::parse(args.mid(1), u"audit "_s + sub, FilterOptions);
        options.requireWords(exporting ? 1 : 0,
                             exporting ? tr("Usage: jisrctl audit export FILE.csv [--user L] "
                                            "[--case D] [--from D] [--to D]")
                                       : tr("Usage: jisrctl --user LOGIN audit verify|list|export "
                                            "..."));
        const AuditFilter f = filterFrom(ctx, options);
        if (exporting) {
            const qint64 n = audit().exportCsv(ctx.actor(), f, options.words().first());
            ctx.print(tr("%n entries exported.", nullptr, int(n)));
            return 0;
        }
        QJsonArray out;
        for (const AuditEntry &e : audit().list(ctx.actor(), f)) {
            if (ctx.json)
                out.append(QJsonObject{{u"seq"_s, e.seq},
                                       {u"at"_s, e.at.toString(Qt::ISODateWithMs)},
                                       {u"login"_s, e.login},
                                       {u"action"_s, e.action},
                                       {u"case_id"_s, e.caseId},
                                       {u"dossier"_s, e.dossierNo},
                                       {u"details"_s, e.details}});
            else
                ctx.print(QStringList{QString::number(e.seq),
                                      e.at.toLocalTime().toString(u"dd/MM/yyyy HH:mm:ss"_s),
                                      e.login, e.action, dossierOf(e), e.details}
                              .join(u'\t'));
        }
        if (ctx.json)
            ctx.printJson(out);
        return 0;
    }
    throw UsageError{tr("Usage: jisrctl --user LOGIN audit verify|list|export ...")};
}

} // namespace jisr
