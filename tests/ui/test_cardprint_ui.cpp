// Printing cards from the real dialogs, in French and Arabic: a batch on a card printer that
// jams after two cards (the physical printer is the only stand-in: a sink that accepts k cards),
// a revoked card refused with its reason, a batch to PDF, the calibration kept per printer, the
// print log filtered, and the case summary saved as a PDF; screenshots for a person to look at.
#include "cards/cardlistdialog.h"
#include "cards/cardprintdialog.h"
#include "cards/cardservice.h"
#include "cards/casedocumentdialog.h"
#include "cards/printlogdialog.h"
#include "cards/printlogmodel.h"
#include "centre/settingsservice.h"
#include "common/applanguage.h"
#include "common/filedialog.h"
#include "common/messagebox.h"
#include "evaluation/evaluationservice.h"
#include "evaluationpath.h"
#include "jammingprinter.h"
#include "print/cardrenderer.h"
#include "print/casedocumentsource.h"
#include "print/casesummaryrenderer.h"
#include "uiworkspace.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QPushButton>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace jisr;

namespace {

void keep(QWidget &w, const QString &name)
{
    const QString dir = qEnvironmentVariable("JISR_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    QDir().mkpath(dir);
    w.grab().save(dir + u'/' + name + u".png"_s);
}

} // namespace

class CardPrintUiTest : public QObject
{
    Q_OBJECT

private:
    QStringList approvedCards(UiWorkspace &data)
    {
        QStringList ids;
        const QList<QStringList> people = {
            {u"العلوي"_s, u"Alaoui"_s}, {u"بناني"_s, u"Bennani"_s}, {u"الشرايبي"_s, u"Chraibi"_s}};
        for (const QStringList &p : people) {
            const CaseFile c = data.addCase(p.at(0), u"محمد"_s, p.at(1), u"Mohamed"_s);
            EvaluationPath::approved(data, c.id);
            ids << data.ws().cards().issue(data.admin, c.id).id;
        }
        return ids;
    }

private slots:
    void init()
    {
        MessageBox::setNextAnswer(QMessageBox::NoButton);
        FileDialog::clearNextFileName();
    }

    void languages_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("fr") << u"fr"_s;
        QTest::newRow("ar") << u"ar"_s;
    }

    void aJammedPrinterLeavesTheRestToPrintAndTheLogSaysWhich_data() { languages_data(); }
    void aJammedPrinterLeavesTheRestToPrintAndTheLogSaysWhich()
    {
        QFETCH(QString, language);
        AppLanguage::instance().apply(language);
        UiWorkspace data;
        const QStringList ids = approvedCards(data);

        CardPrintDialog dialog(data.ws(), data.admin, ids);
        dialog.setSinkFactory([](CardPrintDialog::Destination, const QString &, QPointF) {
            return std::make_unique<JammingPrinter>(2);
        });
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QCOMPARE(dialog.layoutDirection(), language == u"ar"_s ? Qt::RightToLeft : Qt::LeftToRight);
        QVERIFY(!dialog.findChild<QLabel *>(u"previewFront"_s)->pixmap().isNull());
        QVERIFY(!dialog.findChild<QLabel *>(u"previewBack"_s)->pixmap().isNull());
        QVERIFY(!dialog.findChild<QLineEdit *>(u"reprintReason"_s)->isEnabled());
        keep(dialog, u"card-print-"_s + language);

        MessageBox::setNextAnswer(QMessageBox::Ok);
        QTest::mouseClick(dialog.findChild<QPushButton *>(u"print"_s), Qt::LeftButton);
        QVERIFY2(dialog.lastReport().contains(u"Paper jam"_s), qPrintable(dialog.lastReport()));
        QCOMPARE(data.ws().cards().get(data.admin, ids.at(0)).state, u"printed"_s);
        QCOMPARE(data.ws().cards().get(data.admin, ids.at(1)).state, u"printed"_s);
        QCOMPARE(data.ws().cards().get(data.admin, ids.at(2)).state, u"approved"_s);

        // The log, from the card list: two first prints on that printer; filtered by card.
        PrintLogDialog log(data.ws(), data.admin);
        QAbstractItemModelTester tester(log.model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        log.show();
        QVERIFY(QTest::qWaitForWindowExposed(&log));
        auto *table = log.findChild<QTableView *>(u"logTable"_s);
        QCOMPARE(table->model()->rowCount(), 2);
        QCOMPARE(table->model()->index(0, PrintLogModel::Printer).data().toString(),
                 u"Evolis Primacy"_s);
        keep(log, u"card-print-log-"_s + language);
        // Dates read day first in both languages.
        const QString until = data.clock().today().toString(u"dd/MM/yyyy"_s);
        QCOMPARE(log.findChild<QDateEdit *>(u"logUntil"_s)->text(), until);
        log.findChild<QLineEdit *>(u"logCard"_s)
            ->setText(data.ws().cards().get(data.admin, ids.at(1)).number);
        QCOMPARE(table->model()->rowCount(), 1);
        log.findChild<QLineEdit *>(u"logCard"_s)
            ->setText(data.ws().cards().get(data.admin, ids.at(2)).number);
        QCOMPARE(table->model()->rowCount(), 0);
    }

    void aRevokedCardIsRefusedWithItsReason_data() { languages_data(); }
    void aRevokedCardIsRefusedWithItsReason()
    {
        QFETCH(QString, language);
        AppLanguage::instance().apply(language);
        UiWorkspace data;
        const QStringList ids = approvedCards(data);
        data.ws().cards().revoke(data.admin, ids.at(0), u"Fraude"_s);
        const QString expected =
            CardService::tr("This card is void or revoked: it cannot be printed.");
        // Translated: the message is the user's language, not the source's.
        QVERIFY(expected != u"This card is void or revoked: it cannot be printed."_s);

        CardPrintDialog dialog(data.ws(), data.admin, {ids.at(0)});
        dialog.setSinkFactory([](CardPrintDialog::Destination, const QString &, QPointF) {
            return std::make_unique<JammingPrinter>(10);
        });
        dialog.show();
        QCOMPARE(dialog.findChild<QLabel *>(u"previewFront"_s)->text(), expected);
        MessageBox::setNextAnswer(QMessageBox::Ok);
        QTest::mouseClick(dialog.findChild<QPushButton *>(u"print"_s), Qt::LeftButton);
        QVERIFY2(dialog.lastReport().contains(expected), qPrintable(dialog.lastReport()));
        QCOMPARE(data.ws().cards().get(data.admin, ids.at(0)).state, u"revoked"_s);
        keep(dialog, u"card-print-revoked-"_s + language);
    }

    void aBatchToPdfAndTheCalibrationKeptPerPrinter()
    {
        AppLanguage::instance().apply(u"fr"_s);
        UiWorkspace data;
        const QStringList ids = approvedCards(data);
        CardPrintDialog dialog(data.ws(), data.admin, ids);
        auto *printers = dialog.findChild<QComboBox *>(u"printerName"_s);
        // A printer's name as the system would list it (none is installed here).
        printers->addItem(u"Evolis Primacy"_s);
        printers->setCurrentText(u"Evolis Primacy"_s);
        dialog.findChild<QDoubleSpinBox *>(u"offsetX"_s)->setValue(1.25);
        dialog.findChild<QDoubleSpinBox *>(u"offsetY"_s)->setValue(-0.5);
        QTest::mouseClick(dialog.findChild<QPushButton *>(u"saveCalibration"_s), Qt::LeftButton);
        QCOMPARE(data.ws().centreSettings().cardPrinterOffset(u"Evolis Primacy"_s),
                 QPointF(1.25, -0.5));

        dialog.findChild<QComboBox *>(u"destination"_s)
            ->setCurrentIndex(int(CardPrintDialog::Destination::Pdf));
        QTemporaryDir out;
        FileDialog::setNextFileName(out.filePath(u"lot.pdf"_s));
        MessageBox::setNextAnswer(QMessageBox::Ok);
        QTest::mouseClick(dialog.findChild<QPushButton *>(u"print"_s), Qt::LeftButton);
        QVERIFY(QFile::exists(out.filePath(u"lot.pdf"_s)));
        for (const QString &id : ids)
            QCOMPARE(data.ws().cards().get(data.admin, id).state, u"printed"_s);

        // Printed already: a second print needs the reason, and says so.
        CardPrintDialog again(data.ws(), data.admin, {ids.at(0)});
        QVERIFY(again.findChild<QLineEdit *>(u"reprintReason"_s)->isEnabled());
        again.findChild<QComboBox *>(u"destination"_s)
            ->setCurrentIndex(int(CardPrintDialog::Destination::Pdf));
        MessageBox::setNextAnswer(QMessageBox::Ok);
        QTest::mouseClick(again.findChild<QPushButton *>(u"print"_s), Qt::LeftButton);
        QVERIFY2(again.lastReport().contains(u"raison"_s), qPrintable(again.lastReport()));
        QCOMPARE(data.ws().cards().get(data.admin, ids.at(0)).copy, 1);
    }

    void onlyAdministratorsSeePrintingAndTheLog()
    {
        AppLanguage::instance().apply(u"fr"_s);
        UiWorkspace data;
        approvedCards(data);
        CardListDialog admin(data.ws(), data.admin);
        CardListDialog reception(data.ws(), data.reception);
        for (const char16_t *name : {u"printLog", u"printApproved", u"printCard"}) {
            QVERIFY(!admin.findChild<QPushButton *>(QString::fromUtf16(name))->isHidden());
            QVERIFY(reception.findChild<QPushButton *>(QString::fromUtf16(name))->isHidden());
        }
        // The batch button prints the whole list of approved cards.
        QVERIFY(admin.findChild<QPushButton *>(u"printApproved"_s)->isEnabled());
    }

    void theRefusalLetterOpensForARefusalOnly_data() { languages_data(); }
    void theRefusalLetterOpensForARefusalOnly()
    {
        QFETCH(QString, language);
        AppLanguage::instance().apply(language);
        UiWorkspace data;
        const CaseFile c = data.addCase(u"بناني"_s, u"سعاد"_s, u"Bennani"_s, u"Souad"_s);
        EvaluationPath::completeFile(data, c.id);
        const QString id = EvaluationPath::evaluated(data, c.id);
        // Not decided yet: a message, no letter.
        MessageBox::setNextAnswer(QMessageBox::Ok);
        QWidget parent;
        CaseDocumentDialog::openRefusalLetter(data.ws(), data.admin, id, &parent);
        data.ws().evaluations().submit(data.reception, id);
        EvaluationService::Decision d;
        d.reference = u"CPH-RAB-2026-0042"_s;
        d.date = data.clock().today();
        d.reasons = u"Les limitations constatées ne restreignent pas la participation."_s;
        data.ws().evaluations().decide(data.admin, id, d);
        bool shown = false;
        whenModalShows([&](QWidget *modal) {
            shown = modal->objectName() == u"caseDocumentDialog"_s;
            keep(*modal, u"refusal-letter-"_s + language);
            modal->close();
        });
        CaseDocumentDialog::openRefusalLetter(data.ws(), data.admin, id, &parent);
        QVERIFY(shown);
    }

    void theCaseSummaryIsSavedAsAPdfInBothScripts_data() { languages_data(); }
    void theCaseSummaryIsSavedAsAPdfInBothScripts()
    {
        QFETCH(QString, language);
        AppLanguage::instance().apply(language);
        UiWorkspace data;
        const QStringList ids = approvedCards(data);
        const QString caseId = data.ws().cards().get(data.admin, ids.at(0)).caseId;
        CaseDocumentDialog dialog(data.ws(), std::make_unique<CaseSummaryRenderer>(),
                                  CaseDocumentSource(data.ws(), data.admin).summary(caseId),
                                  u"Summary"_s);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        keep(dialog, u"case-summary-"_s + language);
        QTemporaryDir out;
        FileDialog::setNextFileName(out.filePath(u"summary.pdf"_s));
        QVERIFY(dialog.saveAsPdf());
        QProcess text;
        text.start(u"pdftotext"_s, {u"-enc"_s, u"UTF-8"_s, out.filePath(u"summary.pdf"_s), u"-"_s});
        QVERIFY(text.waitForFinished(60000));
        const QString read = QString::fromUtf8(text.readAllStandardOutput())
                                 .normalized(QString::NormalizationForm_KC);
        QVERIFY2(read.contains(u"ALAOUI"_s), qPrintable(read));
        QVERIFY2(read.contains(u"العلوي"_s), qPrintable(read));
    }
};

QTEST_MAIN(CardPrintUiTest)
#include "test_cardprint_ui.moc"
