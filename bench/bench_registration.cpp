// The cost of registering a person at the desk: the service's write (validation, duplicate
// check, dossier number, row, search index, change log, audit entry, one transaction) against
// the floor of a plain INSERT of the same row into the same table in its own transaction.
#include "benchworkspace.h"
#include "cases/casefileservice.h"
#include "demo/demodatagenerator.h"
#include "demo/demodataloader.h"
#include "platform/changelog/changelog.h"
#include "platform/db/database.h"
#include "platform/db/sqlquery.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QUuid>
#include <benchmark/benchmark.h>
#include <cstdio>

using namespace Qt::StringLiterals;

using namespace jisr;

namespace {

constexpr qint64 Preloaded = 20000; // a centre's first years of files
constexpr qint64 Writes = 3000;
double g_serviceNs = 0;
double g_plainNs = 0;

// A workspace with a centre's worth of files, and the next people to register, made up front
// so that generating them is not timed.
struct Fixture
{
    QTemporaryDir dir;
    std::unique_ptr<Workspace> ws;
    QList<CaseFile> next;

    Fixture()
    {
        ws = BenchWorkspace::empty(dir.path());
        DemoDataLoader::load(*ws, BenchWorkspace::actor(*ws), Preloaded, 3);
        DemoDataGenerator people(4, Preloaded, u"MA-RAB"_s);
        for (qint64 i = 0; i < Writes; ++i)
            next << people.next();
    }
};

// Each write is timed on its own (manual time): preparing the next row is not part of it.
void BM_RegisterThroughService(benchmark::State &state)
{
    Fixture f;
    const Actor actor = BenchWorkspace::actor(*f.ws);
    qsizetype i = 0;
    double totalNs = 0;
    for (auto _ : state) {
        const CaseFile &c = f.next.at(i++ % f.next.size());
        QElapsedTimer t;
        t.start();
        benchmark::DoNotOptimize(f.ws->cases().create(actor, c, true));
        const double ns = double(t.nsecsElapsed());
        totalNs += ns;
        state.SetIterationTime(ns / 1e9);
    }
    g_serviceNs = totalNs / double(state.iterations());
    state.counters["us_per_write"] = g_serviceNs / 1000;
}

// The same row, already normalised and numbered, as bound parameters of one INSERT.
struct PlainRow
{
    QString sql;
    QVariantMap params;
};

PlainRow plainRow(CaseFile c, qint64 localNo)
{
    c.cin.clear(); // the same people are inserted again; keep the unique indexes quiet
    c.idcs.clear();
    QVariantMap p = c.toFieldMap();
    p[u"id"_s] = QUuid::createUuid().toString(QUuid::WithoutBraces);
    p[u"dossier_no"_s] = u"RAB-2026-P01-%1"_s.arg(localNo);
    p[u"local_no"_s] = localNo;
    p[u"cin"_s] = QVariant();
    p[u"idcs"_s] = QVariant();
    p[u"hlc"_s] = localNo;
    p[u"workstation_id"_s] = u"bench"_s;
    p[u"created_at"_s] = u"2026-01-01T00:00:00Z"_s;
    QStringList placeholders;
    for (const QString &col : p.keys())
        placeholders << u':' + col;
    return {u"INSERT INTO case_files ("_s + p.keys().join(u", "_s) + u") VALUES ("_s +
                placeholders.join(u", "_s) + u')',
            p};
}

// The floor: the row alone, in its own transaction. With `withChangeLog`, the same row and
// its change-log entry in one transaction: what the change log itself costs.
double insertRows(benchmark::State &state, bool withChangeLog)
{
    Fixture f;
    QSqlDatabase db = f.ws->database().connection();
    qint64 localNo = Preloaded + 1;
    qsizetype i = 0;
    double totalNs = 0;
    for (auto _ : state) {
        const PlainRow row = plainRow(f.next.at(i++ % f.next.size()), localNo++);
        QElapsedTimer t;
        t.start();
        execQuery(db, u"BEGIN IMMEDIATE"_s);
        execNamedQuery(db, row.sql, row.params);
        if (withChangeLog)
            ChangeLog::append(db, {u"case_files"_s,
                                   row.params.value(u"id"_s).toString(),
                                   ChangeRecord::Operation::Insert,
                                   QJsonObject::fromVariantMap(row.params),
                                   0,
                                   row.params.value(u"hlc"_s).toLongLong(),
                                   u"bench"_s,
                                   {}});
        execQuery(db, u"COMMIT"_s);
        const double ns = double(t.nsecsElapsed());
        totalNs += ns;
        state.SetIterationTime(ns / 1e9);
    }
    const double mean = totalNs / double(state.iterations());
    state.counters["us_per_write"] = mean / 1000;
    return mean;
}

double g_changeLogNs = 0;

void BM_PlainInsert(benchmark::State &state)
{
    g_plainNs = insertRows(state, false);
}

void BM_InsertWithChangeLog(benchmark::State &state)
{
    g_changeLogNs = insertRows(state, true);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    benchmark::RegisterBenchmark("RegisterThroughService", BM_RegisterThroughService)
        ->Iterations(Writes)
        ->UseManualTime()
        ->Unit(benchmark::kMicrosecond);
    benchmark::RegisterBenchmark("PlainInsert", BM_PlainInsert)
        ->Iterations(Writes)
        ->UseManualTime()
        ->Unit(benchmark::kMicrosecond);
    benchmark::RegisterBenchmark("InsertWithChangeLog", BM_InsertWithChangeLog)
        ->Iterations(Writes)
        ->UseManualTime()
        ->Unit(benchmark::kMicrosecond);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    const auto ratio = [](double ns) { return g_plainNs > 0 ? ns / g_plainNs : 0.0; };
    std::printf(
        "\nRegistration over %lld existing files (mean per file):\n"
        "  plain INSERT of the row (floor)          %6.0f us\n"
        "  row + change-log entry                   %6.0f us   %.2fx the floor\n"
        "  through the service: validation, duplicate check, dossier number, row,\n"
        "  search index, name keys, change log, audit entry\n"
        "                                           %6.0f us   %.2fx the floor (goal <= 2x)\n",
        qlonglong(Preloaded), g_plainNs / 1000, g_changeLogNs / 1000, ratio(g_changeLogNs),
        g_serviceNs / 1000, ratio(g_serviceNs));
    return 0;
}
