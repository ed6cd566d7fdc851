#include "casecommand.h"

#include "casefile.h"
#include "casefileservice.h"
#include "casefilevalidator.h"
#include "clicontext.h"
#include "workspace.h"

#include <QJsonObject>

namespace jisr {

int CaseCommand::run(CliContext &ctx, const QStringList &args)
{
    const QString sub = args.value(0);
    const QStringList rest = args.mid(1);
    if (sub == u"add"_qs)
        return add(ctx, rest);
    if (sub == u"show"_qs)
        return show(ctx, rest);
    if (sub == u"export"_qs)
        return exportCsv(ctx, rest);
    if (sub == u"import"_qs)
        return importCsv(ctx, rest);
    throw UsageError{tr("Usage: jisrctl case add|show|export|import ...")};
}

int CaseCommand::add(CliContext &ctx, const QStringList &args)
{
    QMap<QString, QString> options =
        parseOptions(args, {u"confirm_duplicate"_qs, u"birth_year_only"_qs});
    const bool confirm = options.take(u"confirm_duplicate"_qs) == u"1"_qs;
    const QStringList known = CaseFileCodes::editableFields();
    QVariantMap fields;
    for (auto it = options.cbegin(); it != options.cend(); ++it) {
        if (!known.contains(it.key()))
            throw UsageError{
                tr("Unknown field --%1. Fields: %2").arg(it.key(), known.join(u", "_qs))};
        fields.insert(it.key(), it.value());
    }
    // The command line takes dates as typed at the desk (dd/mm/yyyy) or ISO.
    const QString typedDate = fields.value(u"birth_date"_qs).toString();
    CaseFile c = CaseFile::fromFieldMap(fields);
    if (!typedDate.isEmpty()) {
        c.birthDate = CaseFileValidator::parseDate(typedDate);
        if (c.birthDate.isValid())
            c.birthYear = c.birthDate.year();
    }
    const QString indexDate = fields.value(u"rsu_index_date"_qs).toString();
    if (!indexDate.isEmpty())
        c.rsuIndexDate = CaseFileValidator::parseDate(indexDate);
    const CaseFile saved = ctx.workspace().cases().create(ctx.actor(), c, confirm);
    printCase(ctx, saved);
    return 0;
}

int CaseCommand::show(CliContext &ctx, const QStringList &args)
{
    if (args.size() != 1)
        throw UsageError{tr("Usage: jisrctl case show ID|DOSSIER")};
    printCase(ctx, ctx.workspace().cases().open(ctx.actor(), args.first()));
    return 0;
}

int CaseCommand::exportCsv(CliContext &, const QStringList &)
{
    throw UsageError{tr("case export is not available yet")};
}

int CaseCommand::importCsv(CliContext &, const QStringList &)
{
    throw UsageError{tr("case import is not available yet")};
}

void CaseCommand::printCase(CliContext &ctx, const CaseFile &c)
{
    if (ctx.json) {
        ctx.printJson(c.toJson());
        return;
    }
    ctx.print(tr("Dossier: %1").arg(c.dossierNo));
    ctx.print(tr("Id: %1").arg(c.id));
    const QVariantMap fields = c.toFieldMap();
    for (const QString &key : CaseFileCodes::editableFields()) {
        const QString value = fields.value(key).toString();
        if (!value.isEmpty())
            ctx.print(key + u": "_qs + value);
    }
}

} // namespace jisr
