// The card's budgets (issue 13): one card, front and back, to PDF in 100 ms or less; a batch of
// 100 to one PDF in 5 s or less; a QR payload verified in 1 ms or less. Each against its floor:
// two empty pages written by the same PDF writer, and a bare Ed25519 verification.
#include "benchtiming.h"
#include "cards/cardservice.h"
#include "cards/cardsigningkey.h"
#include "cases/casefileservice.h"
#include "evaluationpath.h"
#include "print/cardrenderer.h"
#include "testcentre.h"

#include <QElapsedTimer>
#include <QGuiApplication>
#include <QPainter>
#include <QPdfWriter>
#include <QTemporaryDir>
#include <benchmark/benchmark.h>
#include <cstdio>
#include <memory>

using namespace Qt::StringLiterals;
using namespace jisr;

namespace {

double g_oneNs = 0, g_emptyNs = 0, g_batchNs = 0, g_verifyNs = 0, g_bareVerifyNs = 0;

struct Fixture : LazyFixture<Fixture>
{
    TestCentre centre;
    QTemporaryDir out;
    CardPrintData card;

    Fixture()
    {
        const Actor admin = centre.admin();
        const QString caseId = centre.ws().cases().create(admin, TestCentre::sampleCase()).id;
        EvaluationPath::approved(centre, caseId);
        const Card c = centre.ws().cards().issue(admin, caseId);
        card = centre.ws().cards().prepare(admin, c.id);
    }
};

void BM_EmptyTwoPagePdf(benchmark::State &state)
{
    Fixture &f = Fixture::instance();
    timedIterations(state, g_emptyNs, [&] {
        QPdfWriter pdf(f.out.filePath(u"empty.pdf"_s));
        pdf.setResolution(CardRenderer::Dpi);
        pdf.setPageSize(CardRenderer::pageSize());
        QPainter p(&pdf);
        p.drawPoint(0, 0);
        pdf.newPage();
        p.drawPoint(0, 0);
    });
}

void BM_OneCardPdf(benchmark::State &state)
{
    Fixture &f = Fixture::instance();
    const CardRenderer renderer;
    timedIterations(state, g_oneNs,
                    [&] { renderer.writePdf({f.card}, f.out.filePath(u"one.pdf"_s)); });
}

void BM_BatchOf100Pdf(benchmark::State &state)
{
    Fixture &f = Fixture::instance();
    const CardRenderer renderer;
    const QList<CardPrintData> batch(100, f.card);
    timedIterations(state, g_batchNs,
                    [&] { renderer.writePdf(batch, f.out.filePath(u"batch.pdf"_s)); });
}

void BM_VerifyPayload(benchmark::State &state)
{
    Fixture &f = Fixture::instance();
    const CardVerifier verifier = f.centre.ws().cards().verifier();
    timedIterations(state, g_verifyNs,
                    [&] { benchmark::DoNotOptimize(verifier.verify(f.card.qrText).status); });
}

void BM_BareEd25519Verify(benchmark::State &state)
{
    QTemporaryDir dir;
    const CardSigningKey key = CardSigningKey::loadOrCreate(dir.path());
    const QByteArray message(140, 'x');
    const QByteArray signature = key.sign(message);
    timedIterations(state, g_bareVerifyNs, [&] {
        benchmark::DoNotOptimize(CardSigningKey::verify(message, signature, key.publicKey()));
    });
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    benchmark::RegisterBenchmark("EmptyTwoPagePdf", BM_EmptyTwoPagePdf)
        ->Iterations(50)
        ->UseManualTime()
        ->Unit(benchmark::kMillisecond);
    benchmark::RegisterBenchmark("OneCardPdf", BM_OneCardPdf)
        ->Iterations(50)
        ->UseManualTime()
        ->Unit(benchmark::kMillisecond);
    benchmark::RegisterBenchmark("BatchOf100Pdf", BM_BatchOf100Pdf)
        ->Iterations(3)
        ->UseManualTime()
        ->Unit(benchmark::kMillisecond);
    benchmark::RegisterBenchmark("VerifyPayload", BM_VerifyPayload)
        ->Iterations(2000)
        ->UseManualTime()
        ->Unit(benchmark::kMicrosecond);
    benchmark::RegisterBenchmark("BareEd25519Verify", BM_BareEd25519Verify)
        ->Iterations(2000)
        ->UseManualTime()
        ->Unit(benchmark::kMicrosecond);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    Fixture::holder().reset();
    const auto ratio = [](double a, double b) { return b > 0 ? a / b : 0.0; };
    std::printf("\nCards (mean):\n"
                "  two empty CR80 pages to PDF (floor)   %8.2f ms\n"
                "  one card, front and back, to PDF      %8.2f ms   %.1fx the floor, "
                "%.2f of the 100 ms budget\n"
                "  100 cards to one PDF                  %8.2f ms   %.2f of the 5 s budget\n"
                "  bare Ed25519 verification (floor)     %8.3f ms\n"
                "  verify a QR payload                   %8.3f ms   %.2fx the floor, "
                "%.2f of the 1 ms budget\n",
                g_emptyNs / 1e6, g_oneNs / 1e6, ratio(g_oneNs, g_emptyNs), g_oneNs / 1e8,
                g_batchNs / 1e6, g_batchNs / 5e9, g_bareVerifyNs / 1e6, g_verifyNs / 1e6,
                ratio(g_verifyNs, g_bareVerifyNs), g_verifyNs / 1e6);
    std::fflush(stdout);
    return 0;
}
