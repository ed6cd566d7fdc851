#include "evaluationcommand.h"

#include "cases/casefileservice.h"
#include "clicontext.h"
#include "commandoptions.h"
#include "documentprintcommand.h"
#include "evaluation/evaluationservice.h"
#include "platform/errors/coreerror.h"
#include "platform/text/typeddate.h"
#include "workspace/workspace.h"

#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace jisr {

namespace {

// "mobility=3,vision=2" -> {mobility: "3", vision: "2"}; the option may list several.
QList<std::pair<QString, QString>> pairs(const QString &option, const QString &text)
{
    QList<std::pair<QString, QString>> out;
    for (const QString &item : text.split(u',', Qt::SkipEmptyParts)) {
        const qsizetype eq = item.indexOf(u'=');
        if (eq <= 0)
            throw UsageError{EvaluationCommand::tr("--%1 expects NAME=VALUE, for example "
                                                   "mobility=3.")
                                 .arg(option)};
        out.append({item.left(eq).trimmed(), item.mid(eq + 1).trimmed()});
    }
    return out;
}

int qualifier(const QString &option, const QString &text)
{
    bool ok = false;
    const int q = text.toInt(&ok);
    if (!ok)
        throw UsageError{
            EvaluationCommand::tr("--%1 expects a qualifier from 0 to 4.").arg(option)};
    return q;
}

} // namespace

int EvaluationCommand::run(CliContext &ctx, const QStringList &args)
{
    const QString sub = args.value(0);
    const QStringList rest = args.mid(1);
    if (sub == u"open"_s)
        return open(ctx, rest);
    if (sub == u"medical"_s)
        return medical(ctx, rest);
    if (sub == u"social"_s)
        return social(ctx, rest);
    if (sub == u"submit"_s)
        return submit(ctx, rest);
    if (sub == u"decide"_s)
        return decide(ctx, rest);
    if (sub == u"letter"_s)
        return DocumentPrintCommand::letter(ctx, rest);
    throw UsageError{tr("Usage: jisrctl evaluation open|medical|social|submit|decide|letter ...")};
}

void EvaluationCommand::printEvaluation(CliContext &ctx, const Evaluation &e)
{
    if (ctx.json) {
        QJsonObject o{{u"id"_s, e.id},
                      {u"case_id"_s, e.caseId},
                      {u"kind"_s, e.kind},
                      {u"state"_s, e.state},
                      {u"received_on"_s, e.receivedOn.toString(Qt::ISODate)}};
        if (e.state == u"decided"_s) {
            o.insert(u"eligible"_s, e.eligible.value_or(false));
            o.insert(u"degree"_s, e.degree);
            o.insert(u"types"_s, QJsonArray::fromStringList(e.types));
            o.insert(u"reference"_s, e.decisionRef);
            o.insert(u"decision_date"_s, e.decisionDate.toString(Qt::ISODate));
            o.insert(u"valid_from"_s, e.validFrom.toString(Qt::ISODate));
            o.insert(u"valid_until"_s, e.validUntil.toString(Qt::ISODate));
        }
        ctx.printJson(o);
        return;
    }
    ctx.print(e.id);
    ctx.print(tr("State: %1").arg(e.state));
}

int EvaluationCommand::open(CliContext &ctx, const QStringList &args)
{
    const CommandOptions options = CommandOptions::parse(
        args, u"evaluation open"_s, {{u"kind"_s, u"applicant"_s}, {u"json"_s}});
    options.requireWords(1, tr("Usage: jisrctl evaluation open DOSSIER [--kind "
                               "first|renewal|change] [--json]"));
    ctx.json = ctx.json || options.has(u"json"_s);
    const QString caseId = ctx.workspace().cases().open(ctx.actor(), options.words().first()).id;
    const Evaluation e = ctx.workspace().evaluations().open(
        ctx.actor(), caseId, options.value(u"kind"_s, u"first"_s),
        options.value(u"applicant"_s, u"self"_s));
    if (ctx.json)
        ctx.printJson(QJsonObject{{u"id"_s, e.id}});
    else
        ctx.print(e.id);
    return 0;
}

int EvaluationCommand::medical(CliContext &ctx, const QStringList &args)
{
    const CommandOptions options = CommandOptions::parse(
        args, u"evaluation medical"_s,
        {{u"impairment"_s, u"diagnosis"_s, u"icd10"_s, u"devices"_s}, {u"json"_s}});
    options.requireWords(1, tr("Usage: jisrctl evaluation medical EVAL --impairment "
                               "DOMAIN=0..4[,DOMAIN=0..4...] [--diagnosis T] [--icd10 C]"));
    ctx.json = ctx.json || options.has(u"json"_s);
    MedicalAssessment m;
    for (const auto &[domain, value] : pairs(u"impairment"_s, options.value(u"impairment"_s)))
        m.impairments.insert(domain, qualifier(u"impairment"_s, value));
    m.diagnosis = options.value(u"diagnosis"_s);
    m.icd10 = options.value(u"icd10"_s);
    m.devices = options.value(u"devices"_s);
    const QString id = options.words().first();
    ctx.workspace().evaluations().recordMedical(ctx.actor(), id, m);
    printEvaluation(ctx, ctx.workspace().evaluations().get(ctx.actor(), id));
    return 0;
}

int EvaluationCommand::social(CliContext &ctx, const QStringList &args)
{
    const CommandOptions options = CommandOptions::parse(
        args, u"evaluation social"_s,
        {{u"participation"_s, u"environment"_s, u"living-situation"_s, u"rsu-index"_s},
         {u"json"_s}});
    options.requireWords(1, tr("Usage: jisrctl evaluation social EVAL --participation "
                               "DOMAIN=0..4[/0..4][,...] [--environment "
                               "FACTOR=barrier|facilitator[,...]]"));
    ctx.json = ctx.json || options.has(u"json"_s);
    SocialAssessment s;
    // DOMAIN=P or DOMAIN=P/C: performance, and capacity when it differs.
    for (const auto &[domain, value] :
         pairs(u"participation"_s, options.value(u"participation"_s))) {
        const QStringList pc = value.split(u'/');
        const int performance = qualifier(u"participation"_s, pc.value(0));
        const int capacity =
            pc.size() > 1 ? qualifier(u"participation"_s, pc.value(1)) : performance;
        s.participation.insert(domain, {performance, capacity});
    }
    for (const auto &[factor, value] : pairs(u"environment"_s, options.value(u"environment"_s)))
        s.environment.insert(factor, value);
    s.livingSituation = options.value(u"living-situation"_s);
    if (options.has(u"rsu-index"_s)) {
        bool ok = false;
        s.rsuIndex = options.value(u"rsu-index"_s).toDouble(&ok);
        if (!ok)
            throw UsageError{tr("--rsu-index expects a number.")};
    }
    const QString id = options.words().first();
    ctx.workspace().evaluations().recordSocial(ctx.actor(), id, s);
    printEvaluation(ctx, ctx.workspace().evaluations().get(ctx.actor(), id));
    return 0;
}

int EvaluationCommand::submit(CliContext &ctx, const QStringList &args)
{
    const CommandOptions options =
        CommandOptions::parse(args, u"evaluation submit"_s, {{}, {u"json"_s}});
    options.requireWords(1, tr("Usage: jisrctl evaluation submit EVAL"));
    ctx.json = ctx.json || options.has(u"json"_s);
    printEvaluation(ctx,
                    ctx.workspace().evaluations().submit(ctx.actor(), options.words().first()));
    return 0;
}

int EvaluationCommand::decide(CliContext &ctx, const QStringList &args)
{
    const CommandOptions options =
        CommandOptions::parse(args, u"evaluation decide"_s,
                              {{u"eligible"_s, u"degree"_s, u"types"_s, u"reference"_s, u"date"_s,
                                u"reason"_s, u"valid-from"_s, u"valid-until"_s},
                               {u"json"_s}});
    const QString usage = tr("Usage: jisrctl evaluation decide EVAL --eligible yes|no [--degree "
                             "mild|moderate|severe|profound] [--types motor,...] --reference "
                             "REF --date D [--reason T]");
    options.requireWords(1, usage);
    ctx.json = ctx.json || options.has(u"json"_s);
    const QString eligible = options.value(u"eligible"_s);
    if (eligible != u"yes"_s && eligible != u"no"_s)
        throw UsageError{usage};
    EvaluationService::Decision d;
    d.eligible = eligible == u"yes"_s;
    d.degree = options.value(u"degree"_s);
    d.types = options.value(u"types"_s).split(u',', Qt::SkipEmptyParts);
    for (QString &t : d.types)
        t = t.trimmed();
    d.reference = options.value(u"reference"_s);
    d.reasons = options.value(u"reason"_s);
    const auto date = [&](const QString &name) {
        const QString text = options.value(name);
        if (text.isEmpty())
            return QDate();
        const QDate parsed = TypedDate::parse(text);
        if (!parsed.isValid())
            throw UsageError{tr("--%1 expects a date (dd/mm/yyyy or yyyy-mm-dd).").arg(name)};
        return parsed;
    };
    d.date = date(u"date"_s);
    d.validFrom = date(u"valid-from"_s);
    d.validUntil = date(u"valid-until"_s);
    printEvaluation(ctx,
                    ctx.workspace().evaluations().decide(ctx.actor(), options.words().first(), d));
    return 0;
}

} // namespace jisr
