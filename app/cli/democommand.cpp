#include "democommand.h"

#include "clicontext.h"
#include "demodataloader.h"
#include "workspace.h"

#include <QElapsedTimer>
#include <QJsonObject>
#include <cstdio>

namespace jisr {

namespace {

qint64 numberOption(const QMap<QString, QString> &options, const QString &name, qint64 fallback,
                    qint64 max)
{
    if (!options.contains(name))
        return fallback;
    bool ok = false;
    const qint64 value = options.value(name).toLongLong(&ok);
    if (!ok || value < 0 || value > max)
        throw UsageError{DemoCommand::tr("--%1 takes a number from 0 to %2.").arg(name).arg(max)};
    return value;
}

} // namespace

int DemoCommand::run(CliContext &ctx, const QStringList &args)
{
    const QMap<QString, QString> options = parseOptions(args);
    const qint64 count = numberOption(options, u"cases"_qs, 1000, 10000000);
    const quint64 seed = quint64(numberOption(options, u"seed"_qs, 1, 0xffffffffLL));

    QElapsedTimer timer;
    timer.start();
    const qint64 written = DemoDataLoader::load(
        ctx.workspace(), ctx.actor(), count, seed, [&](qint64 done, qint64 total) {
            if (!ctx.json && total >= 20000)
                std::fprintf(stderr, "\r%lld / %lld", qlonglong(done), qlonglong(total));
        });
    if (!ctx.json && count >= 20000)
        std::fprintf(stderr, "\n");
    const double seconds = timer.elapsed() / 1000.0;
    if (ctx.json)
        ctx.printJson(QJsonObject{{u"cases"_qs, written}, {u"seconds"_qs, seconds}});
    else
        ctx.print(tr("%1 demo case files written in %2 s.").arg(written).arg(seconds, 0, 'f', 1));
    return 0;
}

} // namespace jisr
