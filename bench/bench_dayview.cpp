// The day view's budget (issue 12): a busy day (300 appointments) from click to painted in
// 100 ms or less. Measured on the real dialog, offscreen: opening it (both models load, the
// table lays out) and grab() painting it whole; and a reload of the day (another date chosen)
// followed by the same paint.
#include "benchtiming.h"
#include "cases/casefileservice.h"
#include "scheduling/appointmentservice.h"
#include "scheduling/dayschedulemodel.h"
#include "scheduling/dayviewdialog.h"
#include "scheduling/schedulingsetupservice.h"
#include "testcentre.h"

#include <QApplication>
#include <QTableView>
#include <QTimeZone>
#include <benchmark/benchmark.h>
#include <cstdio>
#include <memory>

using namespace Qt::StringLiterals;
using namespace jisr;

namespace {

constexpr int Practitioners = 30, PerPractitioner = 10;
const QDate Day(2026, 4, 6);
double g_openNs = 0, g_reloadNs = 0;
int g_painted = 0;

// 30 physiotherapists working 08:00-18:00, each with 10 half-hour visits of a different person
// from 08:00: 300 appointments on the day, booked through the service.
struct Fixture : LazyFixture<Fixture>
{
    TestCentre centre;
    Actor reception;

    Fixture()
    {
        centre.clock().set(QDateTime(Day, QTime(7, 0), QTimeZone("Africa/Casablanca")));
        const Actor admin = centre.admin();
        reception = centre.actor(Role::Reception);
        Workspace &ws = centre.ws();
        Service s;
        s.code = u"physio"_s;
        s.nameFr = u"Kinésithérapie"_s;
        s.nameAr = u"الترويض الطبي"_s;
        s.minutes = 30;
        s.needs = {ServiceNeed::fromCode(u"physiotherapist"_s)};
        ws.scheduling().addService(admin, s);
        for (int p = 0; p < Practitioners; ++p) {
            const QString id = ws.scheduling()
                                   .addPractitioner(admin, {{},
                                                            u"Kiné %1"_s.arg(p),
                                                            u"مروض %1"_s.arg(p),
                                                            u"physiotherapist"_s,
                                                            {},
                                                            {},
                                                            true,
                                                            0})
                                   .id;
            ws.scheduling().addWorkingPeriod(admin, {{}, id, 1, 8 * 60, 18 * 60, {}, {}});
            for (int v = 0; v < PerPractitioner; ++v) {
                CaseFile c = TestCentre::sampleCase();
                c.givenNameLat = u"Beneficiaire"_s + QChar(u'a' + p % 26) + QChar(u'a' + v);
                const QString caseId = ws.cases().create(reception, c, true).id;
                ws.appointments().book(
                    reception, {caseId, u"physio"_s, LocalTime{Day, 8 * 60 + 30 * v}, {id}, {}});
            }
        }
    }
};

// Click to painted: the dialog made (it loads the day and the first practitioner's week) and
// its whole window painted.
void BM_OpenAndPaint(benchmark::State &state)
{
    Fixture &f = Fixture::instance();
    timedIterations(state, g_openNs, [&] {
        DayViewDialog dialog(f.centre.ws(), f.reception);
        dialog.resize(1280, 800);
        const QPixmap shot = dialog.grab();
        benchmark::DoNotOptimize(shot);
        g_painted = dialog.model()->appointmentCount();
    });
}

// Another day chosen in an open view: the model reloads, the table repaints.
void BM_ReloadAndPaint(benchmark::State &state)
{
    Fixture &f = Fixture::instance();
    DayViewDialog dialog(f.centre.ws(), f.reception);
    dialog.resize(1280, 800);
    auto *table = dialog.findChild<QTableView *>(u"dayTable"_s);
    timedIterations(state, g_reloadNs, [&] {
        dialog.model()->show(f.reception, Day);
        const QPixmap shot = table->grab();
        benchmark::DoNotOptimize(shot);
    });
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    benchmark::RegisterBenchmark("DayViewOpenAndPaint", BM_OpenAndPaint)
        ->Iterations(20)
        ->UseManualTime()
        ->Unit(benchmark::kMillisecond);
    benchmark::RegisterBenchmark("DayViewReloadAndPaint", BM_ReloadAndPaint)
        ->Iterations(20)
        ->UseManualTime()
        ->Unit(benchmark::kMillisecond);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    Fixture::holder().reset();
    std::printf("\nDay view of a busy day (%d appointments, %d practitioners; mean):\n"
                "  open the view and paint it      %8.2f ms   %.2f of the 100 ms goal\n"
                "  reload the day and repaint      %8.2f ms   %.2f of the 100 ms goal\n",
                g_painted, Practitioners, g_openNs / 1e6, g_openNs / 1e8, g_reloadNs / 1e6,
                g_reloadNs / 1e8);
    std::fflush(stdout);
    return 0;
}
