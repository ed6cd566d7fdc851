// The administrator's card lists on the real dialog, in French and Arabic: the lists follow the
// card's state, the model keeps Qt's contract, the preview paints the card, a PDF print is
// recorded; screenshots for a person to look at.
#include "cards/cardlistdialog.h"
#include "cards/cardlistmodel.h"
#include "cards/cardservice.h"
#include "common/applanguage.h"
#include "common/filedialog.h"
#include "evaluationpath.h"
#include "uiworkspace.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace jisr;

class CardsUiTest : public QObject
{
    Q_OBJECT

private slots:
    void listsPreviewAndPrintInBothLanguages_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("fr") << u"fr"_s;
        QTest::newRow("ar") << u"ar"_s;
    }

    void listsPreviewAndPrintInBothLanguages()
    {
        QFETCH(QString, language);
        AppLanguage::instance().apply(language);
        UiWorkspace data;
        const CaseFile c = data.addCase(u"العلوي"_s, u"محمد"_s, u"Alaoui"_s, u"Mohamed"_s);
        EvaluationPath::approved(data, c.id);
        const Card card = data.ws().cards().issue(data.admin, c.id);

        CardListDialog dialog(data.ws(), data.admin);
        QAbstractItemModelTester tester(dialog.model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QCOMPARE(dialog.layoutDirection(), language == u"ar"_s ? Qt::RightToLeft : Qt::LeftToRight);
        auto *view = dialog.findChild<QTableView *>(u"cardTable"_s);
        auto *list = dialog.findChild<QComboBox *>(u"cardList"_s);
        QCOMPARE(view->model()->rowCount(), 1); // approved, not yet printed
        // As a click does. (QTableView::selectRow looks for the column at the viewport's
        // width in right-to-left layouts, one pixel past the last one, and selects nothing.)
        view->selectionModel()->select(view->model()->index(0, 0),
                                       QItemSelectionModel::ClearAndSelect |
                                           QItemSelectionModel::Rows);
        QVERIFY2(!dialog.findChild<QLabel *>(u"cardFront"_s)->pixmap().isNull(),
                 qPrintable(dialog.findChild<QLabel *>(u"cardFront"_s)->text()));
        QVERIFY(!dialog.findChild<QLabel *>(u"cardBack"_s)->pixmap().isNull());
        const QString dir = qEnvironmentVariable("JISR_SCREENSHOT_DIR");
        if (!dir.isEmpty()) {
            QDir().mkpath(dir);
            dialog.grab().save(dir + u"/cards-"_s + language + u".png"_s);
        }

        // Printed to PDF: recorded, so it leaves the first list for the second.
        const QString pdf = QDir(QDir::tempPath()).filePath(u"cards-ui-"_s + language + u".pdf"_s);
        FileDialog::setNextFileName(pdf);
        QTest::mouseClick(dialog.findChild<QPushButton *>(u"printPdf"_s), Qt::LeftButton);
        QVERIFY(QFile::exists(pdf));
        QFile::remove(pdf);
        QCOMPARE(data.ws().cards().get(data.admin, card.id).state, u"printed"_s);
        QCOMPARE(view->model()->rowCount(), 0);
        list->setCurrentIndex(1);
        QCOMPARE(view->model()->rowCount(), 1);
        QCOMPARE(view->model()->index(0, CardListModel::Number).data().toString(), card.number);
        // Expiring within 90 days: none today, this one 60 days before its end.
        list->setCurrentIndex(2);
        QCOMPARE(view->model()->rowCount(), 0);
        data.clock().advanceDays(int(data.clock().today().daysTo(card.validUntil)) - 60);
        dialog.model()->reload();
        QCOMPARE(view->model()->rowCount(), 1);
    }
};

QTEST_MAIN(CardsUiTest)
#include "test_cards_ui.moc"
