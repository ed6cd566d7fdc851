#include "documentprintcommand.h"

#include "clicontext.h"
#include "commandoptions.h"
#include "platform/db/datadirectory.h"
#include "print/casedocumentsource.h"
#include "print/casesummaryrenderer.h"
#include "print/refusalletterrenderer.h"

#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace jisr {

QString DocumentPrintCommand::pdfFile(CliContext &ctx, const QStringList &args,
                                      const QString &command, const QString &usage,
                                      QString &subject)
{
    const CommandOptions options = CommandOptions::parse(args, command, {{u"pdf"_s}, {u"json"_s}});
    options.requireWords(1, usage);
    ctx.json = ctx.json || options.has(u"json"_s);
    const QString file = options.value(u"pdf"_s);
    if (file.isEmpty())
        throw UsageError{usage};
    // A document with personal data never lands inside the private data folder.
    DataDirectory::requireOutside(file, ctx.dataDir);
    subject = options.words().first();
    return file;
}

int DocumentPrintCommand::letter(CliContext &ctx, const QStringList &args)
{
    QString evaluationId;
    const QString file =
        pdfFile(ctx, args, u"evaluation letter"_s,
                tr("Usage: jisrctl evaluation letter EVAL --pdf FILE"), evaluationId);
    RefusalLetterRenderer().writePdf(
        CaseDocumentSource(ctx.workspace(), ctx.actor()).refusal(evaluationId), file);
    if (ctx.json)
        ctx.printJson(QJsonObject{{u"pdf"_s, file}});
    else
        ctx.print(tr("Refusal letter written to %1").arg(file));
    return 0;
}

int DocumentPrintCommand::summary(CliContext &ctx, const QStringList &args)
{
    QString dossier;
    const QString file = pdfFile(ctx, args, u"case summary"_s,
                                 tr("Usage: jisrctl case summary DOSSIER --pdf FILE"), dossier);
    CaseSummaryRenderer().writePdf(
        CaseDocumentSource(ctx.workspace(), ctx.actor()).summary(dossier), file);
    if (ctx.json)
        ctx.printJson(QJsonObject{{u"pdf"_s, file}});
    else
        ctx.print(tr("Case summary written to %1").arg(file));
    return 0;
}

} // namespace jisr
