#include "cliapp.h"

#include "appointmentcommand.h"
#include "auditcommand.h"
#include "cardcommand.h"
#include "casecommand.h"
#include "clicontext.h"
#include "commandoptions.h"
#include "democommand.h"
#include "evaluationcommand.h"
#include "initcommand.h"
#include "platform/db/datadirectory.h"
#include "platform/errors/coreerror.h"
#include "platform/text/textcleaner.h"
#include "schedulingcommand.h"
#include "searchcommand.h"
#include "usercommand.h"

#include <cstdio>

using namespace Qt::StringLiterals;

namespace jisr {

namespace {

int exitCodeFor(ErrorKind kind)
{
    switch (kind) {
    case ErrorKind::Validation:
    case ErrorKind::Duplicate:
    case ErrorKind::BadInput:
    case ErrorKind::Conflict:
        return 3;
    case ErrorKind::NotFound:
        return 4;
    case ErrorKind::PermissionDenied:
        return 5;
    case ErrorKind::Authentication:
        return 6;
    case ErrorKind::Storage:
        return 7;
    case ErrorKind::IncompatibleDatabase:
        return 8;
    }
    return 1;
}

// Messages quote what was given (an option, a CSV cell): shown, never obeyed by the terminal.
void printError(const QString &line)
{
    std::fprintf(stderr, "jisrctl: %s\n",
                 TextCleaner::forTerminal(line, u"\n").toLocal8Bit().constData());
}

int dispatch(CliContext &ctx, const QString &command, const QStringList &rest)
{
    if (command == u"init"_s)
        return InitCommand::run(ctx, rest);
    if (command == u"case"_s)
        return CaseCommand::run(ctx, rest);
    if (command == u"search"_s)
        return SearchCommand::run(ctx, rest);
    if (command == u"user"_s)
        return UserCommand::run(ctx, rest);
    if (command == u"audit"_s)
        return AuditCommand::run(ctx, rest);
    if (command == u"demo"_s)
        return DemoCommand::run(ctx, rest);
    if (command == u"practitioner"_s)
        return SchedulingCommand::practitioner(ctx, rest);
    if (command == u"room"_s)
        return SchedulingCommand::room(ctx, rest);
    if (command == u"closing"_s)
        return SchedulingCommand::closing(ctx, rest);
    if (command == u"service"_s)
        return SchedulingCommand::service(ctx, rest);
    if (command == u"appointment"_s)
        return AppointmentCommand::run(ctx, rest);
    if (command == u"evaluation"_s)
        return EvaluationCommand::run(ctx, rest);
    if (command == u"card"_s)
        return CardCommand::run(ctx, rest);
    throw UsageError{CliApp::tr("Unknown command: %1").arg(command), true};
}

} // namespace

QString CliApp::usage()
{
    return tr("Usage: jisrctl [--data-dir DIR] [--json] [--user LOGIN] [--lang ar|fr] COMMAND\n"
              "Commands:\n"
              "  init --province CODE --centre NAME [--centre-ar NAME] --admin LOGIN "
              "--admin-name-fr N --admin-name-ar N [--demo]\n"
              "  case add --FIELD VALUE... [--confirm-duplicate]      case show ID|DOSSIER\n"
              "  case export FILE.csv           case import FILE.csv [--dry-run] [--encoding E]\n"
              "  case photo DOSSIER FILE        case document add DOSSIER FILE --type T "
              "[--title T]\n"
              "  evaluation open DOSSIER [--kind first|renewal|change]\n"
              "  evaluation medical EVAL --impairment DOMAIN=0..4[,...] [--diagnosis T] "
              "[--icd10 C]\n"
              "  evaluation social EVAL --participation DOMAIN=0..4[,...] [--environment "
              "FACTOR=barrier|facilitator[,...]]\n"
              "  evaluation submit EVAL\n"
              "  evaluation decide EVAL --eligible yes|no [--degree D] [--types T,...] "
              "--reference REF --date D [--reason T]\n"
              "  card issue DOSSIER             card print CARD --pdf FILE [--reason R]\n"
              "  card verify PAYLOAD|--image PNG card list [--expiring DAYS] [--state S]\n"
              "  card void CARD --reason R      card deliver CARD --receipt R    card keys\n"
              "  card revoke CARD --reason R    card keys --rotate\n"
              "  evaluation letter EVAL --pdf FILE                case summary DOSSIER --pdf FILE\n"
              "  search TEXT [--limit N]\n"
              "  demo --cases N [--seed S] [--with-users] [--confirm-real-centre]\n"
              "  user add|list|disable|enable|reset-password|passwd ...\n"
              "  audit verify|list|export ...\n"
              "  practitioner add|hours|absence ...   room add ...   closing add ...\n"
              "  service add CODE ...   appointment slots|book|list|check-in|start|done|cancel|"
              "no-show ...\n"
              "  appointment series|slip|day-list ...\n"
              "The password comes from JISR_PASSWORD or standard input.");
}

int CliApp::run(const QStringList &arguments)
{
    CliContext ctx;
    try {
        // Global options come before the command.
        const CommandOptions options =
            CommandOptions::parse(arguments.mid(1), {}, CommandOptions::globalOptions(), true);
        if (options.has(u"help"_s)) {
            std::fprintf(stdout, "%s\n", usage().toLocal8Bit().constData());
            return 0;
        }
        ctx.json = options.has(u"json"_s);
        ctx.userLogin = options.value(u"user"_s);
        const QStringList words = options.words();
        if (words.isEmpty())
            throw UsageError{tr("No command given."), true};
        ctx.dataDir = DataDirectory::resolve(options.value(u"data-dir"_s));
        return dispatch(ctx, words.first(), words.mid(1));
    } catch (const UsageError &e) {
        printError(e.message);
        if (e.showUsage)
            std::fprintf(stderr, "%s\n", usage().toLocal8Bit().constData());
        return 2;
    } catch (const CoreError &e) {
        // One line on stderr; the per-field or per-row details follow, indented.
        printError(e.message());
        for (const QString &d : e.details())
            std::fprintf(stderr, "  %s\n", TextCleaner::forTerminal(d).toLocal8Bit().constData());
        return exitCodeFor(e.kind());
    }
}

} // namespace jisr
