#include "initcommand.h"

#include "centre/centresetup.h"
#include "clicontext.h"
#include "commandoptions.h"
#include "platform/db/datadirectory.h"
#include "platform/settings/workstationsettings.h"
#include "workspace/workspace.h"

#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace jisr {

namespace {

NewCentre centreFrom(const CommandOptions &options)
{
    NewCentre centre;
    centre.provinceCode = options.value(u"province"_s);
    centre.name = options.value(u"centre"_s);
    centre.nameAr = options.value(u"centre-ar"_s);
    centre.address = options.value(u"address"_s);
    centre.phone = options.value(u"phone"_s);
    centre.series = options.value(u"series"_s);
    centre.administrator.login = options.value(u"admin"_s);
    centre.administrator.nameFr = options.value(u"admin-name-fr"_s);
    centre.administrator.nameAr = options.value(u"admin-name-ar"_s);
    centre.administrator.language = options.value(u"admin-lang"_s, u"fr"_s);
    centre.demo = options.has(u"demo"_s);
    return centre;
}

void printCentre(CliContext &ctx, Workspace &ws)
{
    const WorkstationSettings &settings = ws.settings();
    if (ctx.json) {
        ctx.printJson(QJsonObject{{u"workstation_id"_s, settings.workstationId()},
                                  {u"province"_s, settings.provinceCode()},
                                  {u"centre"_s, settings.centreName()},
                                  {u"centre_ar"_s, settings.value(u"centre_name_ar"_s)},
                                  {u"series"_s, settings.dossierSeries()},
                                  {u"data_dir"_s, ws.dataDir()}});
    } else {
        ctx.print(InitCommand::tr("Centre ready: %1 (%2), dossier series %3, data in %4")
                      .arg(settings.centreName(), settings.provinceCode(), settings.dossierSeries(),
                           ws.dataDir()));
    }
}

} // namespace

int InitCommand::run(CliContext &ctx, const QStringList &args)
{
    const QString usage =
        tr("Usage: jisrctl init --province CODE --centre NAME [--centre-ar NAME] [--address A] "
           "[--phone P] [--series XYZ] [--demo] --admin LOGIN "
           "--admin-name-fr NAME --admin-name-ar NAME");
    const CommandOptions options = CommandOptions::parse(
        args, u"init"_s,
        {{u"province"_s, u"centre"_s, u"centre-ar"_s, u"address"_s, u"phone"_s, u"series"_s,
          u"admin"_s, u"admin-name-fr"_s, u"admin-name-ar"_s, u"admin-lang"_s},
         {u"demo"_s}});
    options.requireWords(0, usage);
    if (options.value(u"province"_s).trimmed().isEmpty() ||
        options.value(u"centre"_s).trimmed().isEmpty())
        throw UsageError{usage};
    const NewCentre centre = centreFrom(options);
    // Before the data folder is created: a mistake leaves nothing behind.
    CentreSetup::validateCentre(centre);
    if (!DataDirectory::hasDatabase(ctx.dataDir) && centre.administrator.login.isEmpty())
        throw UsageError{tr("The first run also creates the centre's first administrator: add "
                            "--admin LOGIN --admin-name-fr NAME --admin-name-ar NAME.")};

    Workspace &ws = ctx.createWorkspace();
    CentreSetup setup(ws);
    setup.validate(centre);
    // Asked for once everything else is known to be right.
    const QString password =
        centre.administrator.login.isEmpty()
            ? QString()
            : CliContext::readPassword(
                  tr("Password for the administrator %1: ").arg(centre.administrator.login));
    setup.run(centre, password);
    printCentre(ctx, ws);
    return 0;
}

} // namespace jisr
