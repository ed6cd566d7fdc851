// A batch of cards as an administrator prints it (issue 13's budget for a batch of 100: 5 s):
// 100 approved cards, each its own file, through CardBatchPrint to one PDF: each prepared and
// signed, the PDF written, then each recorded in the print log through the write path. Each
// iteration reprints them all with a reason, so every one is a real print. The floor is the
// rendering alone (CardRenderer::writePdf of the same 100 cards, already prepared).
#include "cards/cardservice.h"
#include "cases/casefileservice.h"
#include "evaluationpath.h"
#include "print/cardbatchprint.h"
#include "print/cardrenderer.h"
#include "print/pdfcardsink.h"
#include "testcentre.h"

#include <QGuiApplication>
#include <QTemporaryDir>
#include <benchmark/benchmark.h>
#include <memory>

using namespace Qt::StringLiterals;
using namespace jisr;

namespace {

struct Batch
{
    TestCentre centre;
    QTemporaryDir out;
    QStringList ids;

    Batch()
    {
        const Actor admin = centre.admin();
        for (int i = 0; i < 100; ++i) {
            // Names of letters only: a given name with digits is refused.
            const QString given = u"Mohamed "_s + QChar(u'A' + i / 26) + QChar(u'a' + i % 26);
            const CaseFile holder =
                TestCentre::sampleCase(u"العلوي"_s, u"محمد"_s, u"Alaoui"_s, given);
            const QString caseId = centre.ws().cases().create(admin, holder, true).id;
            EvaluationPath::approved(centre, caseId);
            ids << centre.ws().cards().issue(admin, caseId).id;
        }
    }
};

std::unique_ptr<Batch> g_batch;

void BM_RenderOnly(benchmark::State &state)
{
    const Actor admin = g_batch->centre.admin();
    QList<CardPrintData> cards;
    for (const QString &id : std::as_const(g_batch->ids))
        cards << g_batch->centre.ws().cards().prepare(admin, id, u"bench"_s);
    const CardRenderer renderer;
    for (auto _ : state)
        renderer.writePdf(cards, g_batch->out.filePath(u"render.pdf"_s));
}

void BM_SignedPrintedAndLogged(benchmark::State &state)
{
    const Actor admin = g_batch->centre.admin();
    for (auto _ : state) {
        PdfCardSink pdf(g_batch->out.filePath(u"batch.pdf"_s));
        const CardBatchPrint::Outcome out = CardBatchPrint(g_batch->centre.ws().cards(), admin, pdf)
                                                .print(g_batch->ids, u"bench"_s);
        if (out.printed.size() != g_batch->ids.size())
            state.SkipWithError("not every card printed");
    }
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    g_batch = std::make_unique<Batch>();
    benchmark::RegisterBenchmark("RenderOnly100", BM_RenderOnly)
        ->Iterations(3)
        ->Unit(benchmark::kMillisecond);
    benchmark::RegisterBenchmark("SignedPrintedAndLogged100", BM_SignedPrintedAndLogged)
        ->Iterations(3)
        ->Unit(benchmark::kMillisecond);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    g_batch.reset();
    return 0;
}
