#include "casemediacommand.h"

#include "cases/casefileservice.h"
#include "cases/casemediaservice.h"
#include "clicontext.h"
#include "commandoptions.h"
#include "platform/time/clock.h"
#include "workspace/workspace.h"

#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace jisr {

int CaseMediaCommand::photo(CliContext &ctx, const QStringList &args)
{
    const CommandOptions options = CommandOptions::parse(args, u"case photo"_s, {{}, {u"json"_s}});
    options.requireWords(2, tr("Usage: jisrctl case photo DOSSIER FILE"));
    const QString caseId = ctx.workspace().cases().open(ctx.actor(), options.words().first()).id;
    ctx.workspace().media().setPhotoFromFile(ctx.actor(), caseId, options.words().at(1));
    if (ctx.json || options.has(u"json"_s))
        ctx.printJson(QJsonObject{{u"case_id"_s, caseId}, {u"photo"_s, true}});
    else
        ctx.print(tr("Photo saved."));
    return 0;
}

int CaseMediaCommand::document(CliContext &ctx, const QStringList &args)
{
    const QString usage = tr("Usage: jisrctl case document add DOSSIER FILE --type "
                             "cin_copy|medical_report|social_inquiry|guardianship|other "
                             "[--title T]");
    if (args.value(0) != u"add"_s)
        throw UsageError{usage};
    const CommandOptions options = CommandOptions::parse(args.mid(1), u"case document add"_s,
                                                         {{u"type"_s, u"title"_s}, {u"json"_s}});
    options.requireWords(2, usage);
    QString type = options.value(u"type"_s);
    if (type == u"guardianship"_s)
        type = u"guardianship_order"_s; // the judgement, as the application's checklist names it
    if (type.isEmpty())
        throw UsageError{usage};
    const QString caseId = ctx.workspace().cases().open(ctx.actor(), options.words().first()).id;
    const CaseDocument d = ctx.workspace().media().addDocument(
        ctx.actor(), caseId, options.words().at(1), type, options.value(u"title"_s),
        ctx.workspace().clock().today());
    if (ctx.json || options.has(u"json"_s))
        ctx.printJson(QJsonObject{{u"id"_s, d.id}, {u"type"_s, d.docType}});
    else
        ctx.print(d.id);
    return 0;
}

} // namespace jisr
