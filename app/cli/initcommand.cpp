#include "initcommand.h"

#include "clicontext.h"
#include "coreerror.h"
#include "referencedata.h"
#include "workspace.h"
#include "workstationsettings.h"

#include <QJsonObject>
#include <QRegularExpression>

namespace jisr {

int InitCommand::run(CliContext &ctx, const QStringList &args)
{
    const QMap<QString, QString> options = parseOptions(args);
    const QString province = options.value(u"province"_qs).trimmed().toUpper();
    const QString centre = options.value(u"centre"_qs).simplified();
    const QString series = options.value(u"series"_qs).trimmed().toUpper();
    if (province.isEmpty() || centre.isEmpty())
        throw UsageError{tr("Usage: jisrctl init --province CODE --centre NAME [--series XYZ]")};
    if (!ReferenceData::instance().province(province))
        throw CoreError(ErrorKind::BadInput,
                        tr("Unknown province code %1 (use an ISO 3166-2:MA code such as MA-RAB).")
                            .arg(province));
    static const QRegularExpression seriesPattern(u"^[0-9A-HJKMNP-TV-Z]{2,4}$"_qs);
    if (!series.isEmpty() && !seriesPattern.match(series).hasMatch())
        throw CoreError(ErrorKind::BadInput,
                        tr("A series is 2 to 4 letters or digits (no I, L, O or U)."));
    if (centre.size() > 200)
        throw CoreError(ErrorKind::BadInput, tr("The centre name is too long."));

    WorkstationSettings &settings = ctx.workspace().settings();
    if (settings.isInitialized() && settings.provinceCode() != province)
        throw CoreError(ErrorKind::BadInput,
                        tr("This data folder already belongs to a centre of another province."));
    settings.initialize(province, centre, series);
    if (ctx.json) {
        ctx.printJson(QJsonObject{{u"workstation_id"_qs, settings.workstationId()},
                                  {u"province"_qs, settings.provinceCode()},
                                  {u"centre"_qs, settings.centreName()},
                                  {u"series"_qs, settings.dossierSeries()},
                                  {u"data_dir"_qs, ctx.workspace().dataDir()}});
    } else {
        ctx.print(tr("Centre ready: %1 (%2), dossier series %3, data in %4")
                      .arg(settings.centreName(), settings.provinceCode(),
                           settings.dossierSeries(), ctx.workspace().dataDir()));
    }
    return 0;
}

} // namespace jisr
