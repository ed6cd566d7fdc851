#include "appointmentprintcommand.h"

#include "clicontext.h"
#include "commandoptions.h"
#include "platform/db/datadirectory.h"
#include "platform/errors/coreerror.h"
#include "print/appointmentprintsource.h"
#include "print/appointmentsliprenderer.h"
#include "print/daylistrenderer.h"
#include "print/printtexts.h"
#include "schedulingcommand.h"
#include "workspace/workspace.h"

#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace jisr {

int AppointmentPrintCommand::slip(CliContext &ctx, const QStringList &args)
{
    const QString usage = tr("Usage: jisrctl appointment slip ID --pdf FILE [--format a6|receipt]");
    const CommandOptions o =
        CommandOptions::parse(args, u"appointment slip"_s, {{u"pdf"_s, u"format"_s}, {u"json"_s}});
    o.requireWords(1, usage);
    ctx.json = ctx.json || o.has(u"json"_s);
    if (o.value(u"pdf"_s).isEmpty()) // --pdf "" too: a file is needed
        throw UsageError{usage};
    const QString code = o.value(u"format"_s, u"a6"_s);
    const auto format = AppointmentSlipRenderer::formatFromCode(code);
    if (!format)
        throw CoreError(ErrorKind::BadInput, tr("--format is a6 or receipt."));
    // A slip names the person: like every export, never inside a data folder.
    DataDirectory::requireOutside(o.value(u"pdf"_s), ctx.dataDir);
    const AppointmentPrintData data =
        AppointmentPrintSource(ctx.workspace()).slip(ctx.actor(), o.words().first());
    AppointmentSlipRenderer(*format).writePdf(data, o.value(u"pdf"_s));
    if (ctx.json)
        ctx.printJson(QJsonObject{{u"pdf"_s, o.value(u"pdf"_s)}, {u"format"_s, code}});
    else
        ctx.print(o.value(u"pdf"_s));
    return 0;
}

int AppointmentPrintCommand::dayList(CliContext &ctx, const QStringList &args)
{
    const QString usage =
        tr("Usage: jisrctl appointment day-list --date D [--practitioner ID] --pdf FILE");
    const CommandOptions o = CommandOptions::parse(
        args, u"appointment day-list"_s, {{u"date"_s, u"practitioner"_s, u"pdf"_s}, {u"json"_s}});
    o.requireWords(0, usage);
    ctx.json = ctx.json || o.has(u"json"_s);
    if (!o.has(u"date"_s) || o.value(u"pdf"_s).isEmpty())
        throw UsageError{usage};
    const QDate day = SchedulingCommand::date(o.value(u"date"_s), u"--date"_s);
    DataDirectory::requireOutside(o.value(u"pdf"_s), ctx.dataDir);
    const DayListData data = AppointmentPrintSource(ctx.workspace())
                                 .dayList(ctx.actor(), day, o.value(u"practitioner"_s));
    // In the language jisrctl speaks (--lang, or the system's); French without a translation.
    QString language = PrintTexts::interfaceLanguage();
    if (language != u"ar"_s)
        language = u"fr"_s;
    const DayListRenderer renderer(language);
    renderer.writePdf(data, o.value(u"pdf"_s));
    if (ctx.json)
        ctx.printJson(QJsonObject{{u"pdf"_s, o.value(u"pdf"_s)},
                                  {u"sections"_s, int(data.sections.size())},
                                  {u"pages"_s, renderer.pageCount(data)}});
    else
        ctx.print(o.value(u"pdf"_s));
    return 0;
}

} // namespace jisr
