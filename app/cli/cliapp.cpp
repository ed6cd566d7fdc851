#include "cliapp.h"

#include "auditcommand.h"
#include "casecommand.h"
#include "clicontext.h"
#include "democommand.h"
#include "initcommand.h"
#include "platform/db/datadirectory.h"
#include "platform/errors/coreerror.h"
#include "platform/text/textcleaner.h"
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
    throw UsageError{CliApp::tr("Unknown command: %1").arg(command)};
}

} // namespace

QString CliApp::usage()
{
    return tr("Usage: jisrctl [--data-dir DIR] [--json] [--user LOGIN] [--lang ar|fr] COMMAND\n"
              "Commands:\n"
              "  init --province CODE --centre NAME --admin LOGIN --admin-name-fr N "
              "--admin-name-ar N [--demo]\n"
              "  case add --FIELD VALUE...      case show ID|DOSSIER\n"
              "  case export FILE.csv           case import FILE.csv [--dry-run] [--encoding E]\n"
              "  search TEXT [--limit N]\n"
              "  demo --cases N [--seed S] [--with-users] [--confirm-real-centre]\n"
              "  user add|list|disable|enable|reset-password|passwd ...\n"
              "  audit verify|list|export ...\n"
              "The password comes from JISR_PASSWORD or standard input.");
}

int CliApp::run(const QStringList &arguments)
{
    CliContext ctx;
    QString dataDirOption;
    QStringList words;
    try {
        for (int i = 1; i < arguments.size(); ++i) {
            const QString &arg = arguments.at(i);
            // Global options come before the command.
            if (words.isEmpty() &&
                (arg == u"--data-dir"_s || arg == u"--user"_s || arg == u"--lang"_s)) {
                if (i + 1 >= arguments.size())
                    throw UsageError{tr("The option %1 needs a value.").arg(arg)};
                const QString value = arguments.at(++i);
                if (arg == u"--data-dir"_s)
                    dataDirOption = value;
                else if (arg == u"--user"_s)
                    ctx.userLogin = value;
            } else if (words.isEmpty() && arg == u"--json"_s) {
                ctx.json = true;
            } else if (words.isEmpty() && (arg == u"--help"_s || arg == u"-h"_s)) {
                std::fprintf(stdout, "%s\n", usage().toLocal8Bit().constData());
                return 0;
            } else {
                words << arg;
            }
        }
        if (words.isEmpty())
            throw UsageError{tr("No command given.")};
        ctx.dataDir = DataDirectory::resolve(dataDirOption);
        return dispatch(ctx, words.first(), words.mid(1));
    } catch (const UsageError &e) {
        printError(e.message);
        std::fprintf(stderr, "%s\n", usage().toLocal8Bit().constData());
        return 2;
    } catch (const CoreError &e) {
        QString line = e.message();
        // One line on stderr; the per-field or per-row details follow, indented.
        printError(line);
        for (const QString &d : e.details())
            std::fprintf(stderr, "  %s\n", TextCleaner::forTerminal(d).toLocal8Bit().constData());
        return exitCodeFor(e.kind());
    }
}

} // namespace jisr
