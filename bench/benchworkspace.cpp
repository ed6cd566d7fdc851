#include "benchworkspace.h"

#include "accounts/useraccount.h"
#include "accounts/userservice.h"
#include "demo/demodataloader.h"
#include "platform/db/database.h"
#include "platform/db/sqlquery.h"
#include "platform/settings/workstationsettings.h"
#include "testcentre.h"

#include <QDir>
#include <algorithm>
#include <cstdio>

using namespace Qt::StringLiterals;

using namespace jisr;

Actor BenchWorkspace::actor(Workspace &ws)
{
    if (const auto existing = ws.users().findByLogin(u"bench"_s))
        return existing->toActor();
    UserAccount a;
    a.login = u"bench"_s;
    a.nameFr = u"Banc d'essai"_s;
    a.roles = {Role::Administrator, Role::Reception};
    return ws.users().createFirstAdministrator(a, TestCentre::Password).toActor();
}

qint64 BenchWorkspace::caseCount(qint64 fallback)
{
    const QByteArray env = qgetenv("JISR_BENCH_CASES");
    return env.isEmpty() ? fallback : env.toLongLong();
}

std::unique_ptr<Workspace> BenchWorkspace::empty(const QString &dir)
{
    auto ws = std::make_unique<Workspace>(dir);
    if (!ws->settings().isInitialized()) {
        ws->settings().initialize(u"MA-RAB"_s, u"Centre de test"_s, u"B01"_s);
        DemoDataLoader::markAsDemoDatabase(ws->settings());
    }
    return ws;
}

std::unique_ptr<Workspace> BenchWorkspace::withCases(qint64 cases, quint64 seed)
{
    const QString root = qEnvironmentVariable("JISR_BENCH_DATA", u"bench-data"_s);
    const QString dir = u"%1/cases-%2-seed-%3"_s.arg(root).arg(cases).arg(seed);
    QDir().mkpath(dir);
    auto ws = empty(dir);
    // selectRows() resets its statement: a query left open here would pin a read snapshot for
    // the whole generation and stop every WAL checkpoint (the WAL then grows without bound).
    const auto rows = selectRows(ws->database().connection(), u"SELECT count(*) FROM case_files"_s);
    const qint64 existing = rows.isEmpty() ? 0 : rows.first().value(0).toLongLong();
    if (existing != cases) {
        if (existing != 0) {
            ws.reset();
            QDir(dir).removeRecursively();
            QDir().mkpath(dir);
            ws = empty(dir);
        }
        std::fprintf(stderr, "Generating %lld case files in %s (kept for later runs)...\n",
                     qlonglong(cases), qPrintable(dir));
        DemoDataLoader::load(*ws, actor(*ws), cases, seed, [](qint64 done, qint64 total) {
            std::fprintf(stderr, "\r  %lld / %lld", qlonglong(done), qlonglong(total));
        });
        std::fprintf(stderr, "\n");
        execQuery(ws->database().connection(), u"PRAGMA wal_checkpoint(TRUNCATE)"_s);
        execQuery(ws->database().connection(), u"ANALYZE"_s);
    }
    return ws;
}

double percentile(std::vector<double> values, double p)
{
    if (values.empty())
        return 0;
    std::sort(values.begin(), values.end());
    const auto index = std::min(values.size() - 1, size_t(p * double(values.size() - 1) + 0.5));
    return values[index];
}
