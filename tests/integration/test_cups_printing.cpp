// A card printed through Qt's print system to a real CUPS queue (cupsd with Debian's cups-pdf
// backend, started for this run by tests/support/cupsqueue.sh as a CTest fixture), and the PDF
// that the queue wrote read back: page size, text of both scripts, and the QR code decoded by
// zbar and verified offline. What a card printer receives is what CUPS hands its driver; here
// cups-pdf stands in for the driver, nothing in Jisr is simulated.
#include "cards/cardprintlog.h"
#include "cards/cardservice.h"
#include "cases/casefileservice.h"
#include "evaluationpath.h"
#include "jisrtest.h"
#include "pdftools.h"
#include "print/cardbatchprint.h"
#include "print/printercardsink.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QPrinter>
#include <QPrinterInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QThread>

using namespace Qt::StringLiterals;
using namespace jisr;

namespace {

QString stateFile(const QString &name)
{
    QFile f(QStringLiteral(JISR_CUPS_STATE) + u'/' + name);
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()).trimmed() : QString();
}

// cups-pdf writes the file when the job is done (named after the job's title): the PDF that
// appears in the folder and was not in `before`.
QString newPdf(const QString &folder, const QStringList &before)
{
    QElapsedTimer t;
    t.start();
    while (t.elapsed() < 60000) {
        for (const QString &f : QDir(folder).entryList({u"*.pdf"_s}, QDir::Files))
            if (!before.contains(f)) {
                QThread::msleep(500); // it may still be being written
                return folder + u'/' + f;
            }
        QThread::msleep(200);
    }
    return {};
}

QStringList pdfsIn(const QString &folder)
{
    return QDir(folder).entryList({u"*.pdf"_s}, QDir::Files);
}

} // namespace

class CupsPrintingTest : public WorkspaceTest
{
protected:
    CupsPrintingTest() : admin(actorWith(Role::Administrator))
    {
        // libcups reads where its server is once, when first asked: before any QPrinter.
        qputenv("CUPS_SERVER", stateFile(u"server"_s).toUtf8());
    }
    Card approved(const QString &familyLat, const QString &familyAr)
    {
        const QString caseId =
            ws().cases().create(admin, sampleCase(familyAr, u"محمد"_s, familyLat), true).id;
        EvaluationPath::approved(*m_centre, caseId);
        return ws().cards().issue(admin, caseId);
    }

    Actor admin;
};

TEST_F(CupsPrintingTest, ACardPrintedToARealCupsQueueComesBackAsTheCardWithAVerifiableQr)
{
    const QString queue = stateFile(u"queue"_s);
    const QString out = stateFile(u"outdir"_s);
    ASSERT_FALSE(queue.isEmpty()) << "the cups fixture (tests/support/cupsqueue.sh) did not run";
    ASSERT_TRUE(QPrinterInfo::availablePrinterNames().contains(queue))
        << "Qt does not see the queue " << queue.toStdString();

    const QStringList before = pdfsIn(out);
    const Card card = approved(u"Alaoui"_s, u"العلوي"_s);
    QPrinter printer(QPrinter::HighResolution);
    printer.setPrinterName(queue);
    ASSERT_TRUE(printer.isValid());
    ASSERT_EQ(printer.outputFormat(), QPrinter::NativeFormat);
    PrinterCardSink sink(printer, PrinterCardSink::Paper::Card);
    const CardBatchPrint::Outcome outcome =
        CardBatchPrint(ws().cards(), admin, sink).print({card.id});
    ASSERT_TRUE(outcome.complete()) << outcome.failure.toStdString();
    EXPECT_EQ(ws().cards().get(admin, card.id).state, u"printed"_s);
    EXPECT_EQ(CardPrintLog(ws().platform()).entries(admin, {}).first().printer, queue);

    const QString pdf = newPdf(out, before);
    ASSERT_FALSE(pdf.isEmpty()) << "the queue wrote no PDF in " << out.toStdString();

    const QString info = PdfTools::run(u"pdfinfo"_s, {pdf});
    EXPECT_TRUE(info.contains(QRegularExpression(u"Pages:\\s+2\\n"_s))) << info.toStdString();
    const QRegularExpressionMatch size =
        QRegularExpression(u"Page size:\\s+([0-9.]+) x ([0-9.]+) pts"_s).match(info);
    ASSERT_TRUE(size.hasMatch()) << info.toStdString();
    // The card's size survives CUPS (whatever way round the driver turns it).
    const double w = qMax(size.captured(1).toDouble(), size.captured(2).toDouble());
    const double h = qMin(size.captured(1).toDouble(), size.captured(2).toDouble());
    EXPECT_NEAR(w, 85.60 / 25.4 * 72, 1.5) << info.toStdString();
    EXPECT_NEAR(h, 53.98 / 25.4 * 72, 1.5) << info.toStdString();

    const QString text = PdfTools::run(u"pdftotext"_s, {u"-enc"_s, u"UTF-8"_s, pdf, u"-"_s})
                             .normalized(QString::NormalizationForm_KC);
    EXPECT_TRUE(text.contains(u"ROYAUME DU MAROC"_s)) << text.toStdString();
    EXPECT_TRUE(text.contains(u"ALAOUI"_s)) << text.toStdString();
    EXPECT_TRUE(text.contains(u"العلوي"_s)) << text.toStdString();
    EXPECT_TRUE(text.contains(card.number)) << text.toStdString();

    // The back page, rendered and scanned as a phone would.
    QTemporaryDir tmp;
    PdfTools::run(u"pdftoppm"_s, {u"-png"_s, u"-r"_s, u"300"_s, u"-f"_s, u"2"_s, u"-l"_s, u"2"_s,
                                  pdf, tmp.path() + u"/back"_s});
    const QStringList pngs = QDir(tmp.path()).entryList({u"back*.png"_s});
    ASSERT_EQ(pngs.size(), 1);
    const QString scanned =
        PdfTools::run(u"zbarimg"_s, {u"-q"_s, u"--raw"_s, tmp.path() + u'/' + pngs.first()})
            .trimmed();
    ASSERT_TRUE(scanned.startsWith(u"JC1:"_s)) << scanned.toStdString();
    const CardVerifier::Result r = ws().cards().verifier().verify(scanned);
    EXPECT_EQ(r.status, CardVerifier::Status::Valid) << r.message.toStdString();
    ASSERT_TRUE(r.payload);
    EXPECT_EQ(r.payload->number, card.number);
}

TEST_F(CupsPrintingTest, AnA4TestSheetCarriesBothSidesAtTheirRealSize)
{
    const QString queue = stateFile(u"queue"_s);
    const QString out = stateFile(u"outdir"_s);
    const QStringList before = pdfsIn(out);
    const Card card = approved(u"Bennani"_s, u"بناني"_s);
    QPrinter printer(QPrinter::HighResolution);
    printer.setPrinterName(queue);
    PrinterCardSink sink(printer, PrinterCardSink::Paper::A4Sheet);
    ASSERT_TRUE(CardBatchPrint(ws().cards(), admin, sink).print({card.id}).complete());
    const QString pdf = newPdf(out, before);
    ASSERT_FALSE(pdf.isEmpty()) << "the queue wrote no PDF in " << out.toStdString();
    const QString info = PdfTools::run(u"pdfinfo"_s, {pdf});
    EXPECT_TRUE(info.contains(QRegularExpression(u"Pages:\\s+1\\n"_s))) << info.toStdString();
    EXPECT_TRUE(info.contains(u"(A4)"_s)) << info.toStdString();
    const QString text = PdfTools::run(u"pdftotext"_s, {u"-enc"_s, u"UTF-8"_s, pdf, u"-"_s});
    EXPECT_TRUE(text.contains(u"BENNANI"_s)) << text.toStdString();
    EXPECT_TRUE(text.contains(card.number)) << text.toStdString();
}

// A queue that refuses jobs (cupsreject, as an administrator does when the printer is out of
// order): the card is not marked printed and the log has nothing.
TEST_F(CupsPrintingTest, AQueueThatRefusesJobsLeavesTheCardToPrint)
{
    const QString queue = stateFile(u"queue"_s);
    ASSERT_EQ(QProcess::execute(u"cupsreject"_s, {queue}), 0);
    const Card card = approved(u"Chraibi"_s, u"الشرايبي"_s);
    QPrinter printer(QPrinter::HighResolution);
    printer.setPrinterName(queue);
    PrinterCardSink sink(printer, PrinterCardSink::Paper::Card);
    const CardBatchPrint::Outcome outcome =
        CardBatchPrint(ws().cards(), admin, sink).print({card.id});
    QProcess::execute(u"cupsaccept"_s, {queue});
    EXPECT_FALSE(outcome.failure.isEmpty());
    EXPECT_TRUE(outcome.printed.isEmpty());
    EXPECT_EQ(ws().cards().get(admin, card.id).state, u"approved"_s);
    EXPECT_TRUE(CardPrintLog(ws().platform()).entries(admin, {}).isEmpty());
}
