#include "casecommand.h"

#include "casemediacommand.h"
#include "cases/casecsvexporter.h"
#include "cases/casecsvimporter.h"
#include "cases/casefile.h"
#include "cases/casefileservice.h"
#include "clicontext.h"
#include "commandoptions.h"
#include "documentprintcommand.h"
#include "platform/errors/coreerror.h"
#include "platform/text/textcleaner.h"
#include "platform/text/typeddate.h"
#include "workspace/workspace.h"

#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace jisr {

namespace {

// birth_date -> birth-date: options are hyphenated, fields (CSV columns, JSON) are not.
QString optionName(const QString &field)
{
    return QString(field).replace(u'_', u'-');
}

} // namespace

int CaseCommand::run(CliContext &ctx, const QStringList &args)
{
    const QString sub = args.value(0);
    const QStringList rest = args.mid(1);
    if (sub == u"add"_s)
        return add(ctx, rest);
    if (sub == u"show"_s)
        return show(ctx, rest);
    if (sub == u"export"_s)
        return exportCsv(ctx, rest);
    if (sub == u"import"_s)
        return importCsv(ctx, rest);
    if (sub == u"photo"_s)
        return CaseMediaCommand::photo(ctx, rest);
    if (sub == u"document"_s)
        return CaseMediaCommand::document(ctx, rest);
    if (sub == u"summary"_s)
        return DocumentPrintCommand::summary(ctx, rest);
    throw UsageError{tr("Usage: jisrctl case add|show|export|import|photo|document|summary ...")};
}

int CaseCommand::add(CliContext &ctx, const QStringList &args)
{
    // Every field of the form, hyphenated as options are (--family-name-ar); the yes-or-no ones
    // are flags.
    const QStringList flags{u"birth-year-only"_s, u"confirm-duplicate"_s};
    OptionSpec spec{{}, flags};
    for (const QString &field : CaseFileCodes::editableFields())
        if (!flags.contains(optionName(field)))
            spec.values << optionName(field);
    const CommandOptions options = CommandOptions::parse(args, u"case add"_s, spec);
    options.requireWords(0, tr("Usage: jisrctl case add --FIELD VALUE..."));
    QVariantMap fields;
    for (auto it = options.values().cbegin(); it != options.values().cend(); ++it)
        if (it.key() != u"confirm-duplicate"_s)
            fields.insert(QString(it.key()).replace(u'-', u'_'), it.value());
    CaseFile c = CaseFile::fromFieldMap(fields);
    // The command line takes dates as typed at the desk (dd/mm/yyyy) or ISO.
    const QString typedDate = fields.value(u"birth_date"_s).toString();
    if (!typedDate.isEmpty()) {
        c.birthDate = TypedDate::parse(typedDate);
        if (c.birthDate.isValid())
            c.birthYear = c.birthDate.year();
    }
    const QString indexDate = fields.value(u"rsu_index_date"_s).toString();
    if (!indexDate.isEmpty())
        c.rsuIndexDate = TypedDate::parse(indexDate);
    const CaseFile saved =
        ctx.workspace().cases().create(ctx.actor(), c, options.has(u"confirm-duplicate"_s));
    printCase(ctx, saved);
    return 0;
}

int CaseCommand::show(CliContext &ctx, const QStringList &args)
{
    const CommandOptions options = CommandOptions::parse(args, u"case show"_s, {});
    options.requireWords(1, tr("Usage: jisrctl case show ID|DOSSIER"));
    printCase(ctx, ctx.workspace().cases().open(ctx.actor(), options.words().first()));
    return 0;
}

int CaseCommand::exportCsv(CliContext &ctx, const QStringList &args)
{
    const CommandOptions options = CommandOptions::parse(args, u"case export"_s, {});
    options.requireWords(1, tr("Usage: jisrctl case export FILE.csv"));
    const QString file = options.words().first();
    const qint64 n = CaseCsvExporter(ctx.workspace()).run(ctx.actor(), file);
    if (ctx.json)
        ctx.printJson(QJsonObject{{u"exported"_s, n}, {u"file"_s, file}});
    else
        ctx.print(tr("%n case file(s) exported to %1", nullptr, int(n)).arg(file));
    return 0;
}

int CaseCommand::importCsv(CliContext &ctx, const QStringList &args)
{
    const CommandOptions options =
        CommandOptions::parse(args, u"case import"_s, {{u"encoding"_s}, {u"dry-run"_s}});
    options.requireWords(1, tr("Usage: jisrctl case import FILE.csv [--dry-run] [--encoding E]"));
    const bool dryRun = options.has(u"dry-run"_s);
    const ImportReport report =
        CaseCsvImporter(ctx.workspace())
            .run(ctx.actor(), options.words().first(), options.value(u"encoding"_s), dryRun);
    const auto problemText = [](const ImportProblem &p) {
        const QString where = p.line > 0 ? tr("line %1").arg(p.line) : tr("file");
        // The punctuation is the translation's: Arabic separates with its own comma (،).
        if (p.column.isEmpty())
            //: %1 is "line 3" or "file", %2 what is wrong there
            return tr("%1: %2").arg(where, p.message);
        //: %1 is "line 3" or "file", %2 the CSV column, %3 what is wrong with it
        return tr("%1, %2: %3").arg(where, p.column, p.message);
    };
    if (ctx.json) {
        QJsonArray errors, warnings;
        for (const ImportProblem &p : report.errors)
            errors.append(QJsonObject{
                {u"line"_s, p.line}, {u"column"_s, p.column}, {u"message"_s, p.message}});
        for (const ImportProblem &p : report.warnings)
            warnings.append(QJsonObject{
                {u"line"_s, p.line}, {u"column"_s, p.column}, {u"message"_s, p.message}});
        ctx.printJson(QJsonObject{{u"encoding"_s, report.encoding},
                                  {u"rows"_s, report.rows},
                                  {u"written"_s, report.written},
                                  {u"errors"_s, errors},
                                  {u"warnings"_s, warnings}});
    }
    if (!report.ok()) {
        QStringList lines;
        for (const ImportProblem &p : report.errors)
            lines << problemText(p);
        throw CoreError(ErrorKind::BadInput,
                        tr("Nothing was imported: %n problem(s) in the file.", nullptr,
                           int(report.errors.size())),
                        lines);
    }
    if (!ctx.json) {
        for (const ImportProblem &p : report.warnings)
            ctx.print(tr("Check: %1").arg(problemText(p)));
        ctx.print(dryRun ? tr("%n row(s) checked (%1): all valid, nothing written (dry run).",
                              nullptr, report.rows)
                               .arg(report.encoding)
                         : tr("%n case file(s) imported (%1).", nullptr, report.written)
                               .arg(report.encoding));
    }
    return 0;
}

void CaseCommand::printCase(CliContext &ctx, const CaseFile &c)
{
    if (ctx.json) {
        ctx.printJson(c.toJson());
        return;
    }
    // Each value on its one line, whatever a file written before the cleaning rules (or by a
    // future sync peer) holds: a line break would forge another field, an escape sequence would
    // be run by the terminal.
    ctx.print(tr("Dossier: %1").arg(TextCleaner::forTerminal(c.dossierNo)));
    ctx.print(tr("Id: %1").arg(TextCleaner::forTerminal(c.id)));
    const QVariantMap fields = c.toFieldMap();
    for (const QString &key : CaseFileCodes::editableFields()) {
        const QString value = fields.value(key).toString();
        if (!value.isEmpty())
            ctx.print(key + u": "_s + TextCleaner::forTerminal(value));
    }
}

} // namespace jisr
