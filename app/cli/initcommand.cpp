#include "initcommand.h"

#include "accounts/useraccount.h"
#include "accounts/userservice.h"
#include "centre/referencedata.h"
#include "clicontext.h"
#include "platform/db/database.h"
#include "platform/db/sqltransaction.h"
#include "platform/errors/coreerror.h"
#include "platform/settings/workstationsettings.h"
#include "workspace/workspace.h"

#include <QJsonObject>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace jisr {

int InitCommand::run(CliContext &ctx, const QStringList &args)
{
    const QMap<QString, QString> options = parseOptions(args);
    const QString province = options.value(u"province"_s).trimmed().toUpper();
    const QString centre = options.value(u"centre"_s).simplified();
    const QString series = options.value(u"series"_s).trimmed().toUpper();
    if (province.isEmpty() || centre.isEmpty())
        throw UsageError{tr("Usage: jisrctl init --province CODE --centre NAME [--address A] "
                            "[--phone P] [--series XYZ] --admin LOGIN --admin-name-fr NAME "
                            "--admin-name-ar NAME")};
    if (!ReferenceData::instance().province(province))
        throw CoreError(ErrorKind::BadInput,
                        tr("Unknown province code %1 (use an ISO 3166-2:MA code such as MA-RAB).")
                            .arg(province));
    static const QRegularExpression seriesPattern(u"^[0-9A-HJKMNP-TV-Z]{2,4}$"_s);
    if (!series.isEmpty() && !seriesPattern.match(series).hasMatch())
        throw CoreError(ErrorKind::BadInput,
                        tr("A series is 2 to 4 letters or digits (no I, L, O or U)."));
    if (centre.size() > 200)
        throw CoreError(ErrorKind::BadInput, tr("The centre name is too long."));

    WorkstationSettings &settings = ctx.workspace().settings();
    if (settings.isInitialized() && settings.provinceCode() != province)
        throw CoreError(ErrorKind::BadInput,
                        tr("This data folder already belongs to a centre of another province."));
    UserService &users = ctx.workspace().users();
    const QString adminLogin = options.value(u"admin"_s);
    if (!users.hasUsers() && adminLogin.isEmpty())
        throw UsageError{tr("The first run also creates the centre's first administrator: add "
                            "--admin LOGIN --admin-name-fr NAME --admin-name-ar NAME.")};
    // The centre and its first administrator exist together or not at all.
    SqlTransaction tx(ctx.workspace().database());
    settings.initialize(province, centre, series);
    settings.setValue(u"centre_address"_s, options.value(u"address"_s).simplified());
    settings.setValue(u"centre_phone"_s, options.value(u"phone"_s).simplified());
    if (!adminLogin.isEmpty()) {
        UserAccount admin;
        admin.login = adminLogin;
        admin.nameFr = options.value(u"admin_name_fr"_s);
        admin.nameAr = options.value(u"admin_name_ar"_s);
        admin.language = options.value(u"admin_lang"_s, u"fr"_s);
        admin.roles = {Role::Administrator};
        users.createFirstAdministrator(
            admin,
            CliContext::readPassword(tr("Password for the administrator %1: ").arg(adminLogin)));
    }
    tx.commit();
    if (ctx.json) {
        ctx.printJson(QJsonObject{{u"workstation_id"_s, settings.workstationId()},
                                  {u"province"_s, settings.provinceCode()},
                                  {u"centre"_s, settings.centreName()},
                                  {u"series"_s, settings.dossierSeries()},
                                  {u"data_dir"_s, ctx.workspace().dataDir()}});
    } else {
        ctx.print(tr("Centre ready: %1 (%2), dossier series %3, data in %4")
                      .arg(settings.centreName(), settings.provinceCode(), settings.dossierSeries(),
                           ctx.workspace().dataDir()));
    }
    return 0;
}

} // namespace jisr
