// Importing a spreadsheet of case files from the application: checked before anything is
// written, every bad row named, the encoding choosable, and the list showing the new files.
#include "cases/casefileservice.h"
#include "cases/caseimportdialog.h"
#include "cases/caselistmodel.h"
#include "common/applanguage.h"
#include "common/filedialog.h"
#include "shell/mainwindow.h"
#include "uiworkspace.h"

#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QMenuBar>
#include <QPushButton>
#include <QStandardItemModel>
#include <QStatusBar>
#include <QStringDecoder>
#include <QStringEncoder>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

using namespace jisr;

class ImportUiTest : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<UiWorkspace> m_data;

    QString writeFile(const QString &name, const QByteArray &bytes)
    {
        const QString path = m_data->filePath(name);
        QFile f(path);
        f.open(QIODevice::WriteOnly);
        f.write(bytes);
        return path;
    }

    static QByteArray goodRows()
    {
        return QStringLiteral("family_name_ar;given_name_ar;family_name_lat;given_name_lat;sex;"
                              "birth_date;cin\r\n"
                              "بناني;سعاد;Bennani;Souad;F;03/05/1984;EE111111\r\n"
                              "التازي;يوسف;Tazi;Youssef;M;12/11/1979;EE222222\r\n")
            .toUtf8();
    }

    // Two good rows, then a birth date that does not exist on line 4 (the header is line 1).
    static QByteArray withOneBadRow()
    {
        return goodRows() +
               QStringLiteral("العلوي;علي;Alaoui;Ali;M;31/02/1975;EE333333\r\n").toUtf8();
    }

    qint64 caseCount() { return m_data->ws().cases().recent(m_data->admin, 0, 1000).size(); }

private slots:
    void init()
    {
        AppLanguage::instance().apply(u"fr"_s);
        m_data = std::make_unique<UiWorkspace>();
    }
    void cleanup()
    {
        FileDialog::clearNextFileName(); // a name a failed test left
        m_data.reset();
    }

    void aFileWithOneBadRowIsRefusedAndTheRowNamed()
    {
        const QByteArray bytes = withOneBadRow();
        CaseImportDialog dialog(m_data->ws(), m_data->admin, writeFile(u"b.csv"_s, bytes));
        dialog.show();
        QVERIFY(!dialog.importButton()->isEnabled());
        QCOMPARE(dialog.problems()->rowCount(), 1);
        QCOMPARE(dialog.problems()->item(0, 0)->text(), u"4"_s); // header is line 1
        QCOMPARE(dialog.problems()->item(0, 2)->text(), u"birth_date"_s);
        QVERIFY(dialog.problems()->item(0, 3)->text().contains(u"31/02/1975"_s));
        QVERIFY(dialog.summary().contains(u"Rien ne peut être importé"_s));
        QCOMPARE(caseCount(), 0);
    }

    void aValidFileIsImportedOnceAndTheListShowsIt()
    {
        MainWindow window(m_data->ws(), m_data->admin);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QCOMPARE(window.listModel()->rowCount(), 0);
        bool checkedFirst = false, importedOnce = false;
        whenModalShows([&](QWidget *modal) {
            auto *dialog = qobject_cast<CaseImportDialog *>(modal);
            QVERIFY(dialog);
            checkedFirst = caseCount() == 0 && dialog->importButton()->isEnabled() &&
                           dialog->importButton()->text().contains(u"2"_s);
            QTest::mouseClick(dialog->importButton(), Qt::LeftButton);
            importedOnce = dialog->imported() && !dialog->importButton()->isEnabled();
            dialog->accept();
        });
        window.importCasesFrom(writeFile(u"ok.csv"_s, goodRows()));
        QVERIFY2(checkedFirst, "nothing written before Import, and the count offered");
        QVERIFY2(importedOnce, "imported, and not offered twice");
        QCOMPARE(caseCount(), 2);
        QCOMPARE(window.listModel()->rowCount(), 2); // the main window's list, reloaded
    }

    // File > Import asks for the file, then shows the checked import.
    void theFileMenuAsksForTheFileToImport()
    {
        MainWindow window(m_data->ws(), m_data->admin);
        window.show();
        FileDialog::setNextFileName(writeFile(u"menu.csv"_s, goodRows()));
        whenModalShows([](QWidget *modal) {
            auto *dialog = qobject_cast<CaseImportDialog *>(modal);
            QVERIFY(dialog);
            QTest::mouseClick(dialog->importButton(), Qt::LeftButton);
            dialog->accept();
        });
        window.findChild<QAction *>(u"importCasesAction"_s)->trigger();
        QCOMPARE(caseCount(), 2);
        QCOMPARE(window.listModel()->rowCount(), 2);
    }

    void theFileMenuExportsToTheChosenFile()
    {
        MainWindow window(m_data->ws(), m_data->admin);
        window.show();
        auto *exportAction = window.findChild<QAction *>(u"exportCasesAction"_s);
        // Outside the data folder, where an export may not go (it could replace the database).
        const QTemporaryDir elsewhere;
        const QString path = elsewhere.filePath(u"export.csv"_s);
        FileDialog::setNextFileName(QString()); // cancelled: nothing written
        exportAction->trigger();
        QVERIFY(!QFile::exists(path));

        const CaseFile c = m_data->addCase(u"بناني"_s, u"سعاد"_s, u"Bennani"_s, u"Souad"_s);
        FileDialog::setNextFileName(path);
        exportAction->trigger();
        QFile written(path);
        QVERIFY(written.open(QIODevice::ReadOnly));
        QVERIFY(QString::fromUtf8(written.readAll()).contains(c.dossierNo));
        QCOMPARE(window.statusBar()->currentMessage(), u"1 dossier exporté."_s);
    }

    void aWindowsArabicFileReadsOnceItsEncodingIsChosen()
    {
        // Mostly French with accents and one Arabic name: detection takes it for Windows-1252
        // and the Arabic comes out as Latin garbage, refused. Windows-1256 reads both.
        QString text = u"family_name_lat,given_name_lat,family_name_ar,given_name_ar,sex,"
                       "birth_date,address\r\n"_s;
        for (int i = 0; i < 10; ++i)
            text += u"Lefèvre,Hélène,,,F,%1/05/1984,Résidence Élysée bâtiment é %1 Fès\r\n"_s.arg(
                i + 1, 2, 10, QChar(u'0'));
        text += u"Bennani,Ali,بناني,علي,M,03/05/1984,Fès\r\n"_s;
        QStringEncoder arabic("windows-1256");
        QVERIFY(arabic.isValid());
        CaseImportDialog dialog(m_data->ws(), m_data->admin, writeFile(u"w.csv"_s, arabic(text)));
        QCOMPARE(dialog.report().encoding, u"windows-1252"_s);
        QVERIFY(!dialog.importButton()->isEnabled());

        dialog.encodingBox()->setCurrentIndex(dialog.encodingBox()->findData(u"windows-1256"_s));
        QVERIFY2(dialog.importButton()->isEnabled(), qPrintable(dialog.summary()));
        QTest::mouseClick(dialog.importButton(), Qt::LeftButton);
        QVERIFY(dialog.imported());
        const auto hits = m_data->ws().cases().search(m_data->admin, u"علي بناني"_s, 10);
        QCOMPARE(hits.size(), 1);
        QCOMPARE(hits.first().summary.nameAr, u"علي بناني"_s);
        QCOMPARE(m_data->ws().cases().search(m_data->admin, u"Hélène Lefèvre"_s, 50).size(), 10);
    }

    void onlyRolesAllowedToImportSeeTheMenuAndTheCoreRefusesOthers()
    {
        const auto importOffered = [this](const Actor &actor) {
            MainWindow window(m_data->ws(), actor);
            window.show();
            bool visible = false;
            for (QAction *a : window.menuBar()->actions().first()->menu()->actions())
                visible |= a->isVisible() && a->text().contains(u"Importer des dossiers"_s);
            return visible;
        };
        QVERIFY(importOffered(m_data->admin));
        QVERIFY(!importOffered(m_data->reception));
        CaseImportDialog dialog(m_data->ws(), m_data->reception,
                                writeFile(u"ok.csv"_s, goodRows()));
        QVERIFY(!dialog.importButton()->isEnabled());
        QCOMPARE(dialog.problems()->rowCount(), 1); // the refusal, in words
        QCOMPARE(caseCount(), 0);
    }

    void theDialogIsReadableInArabic()
    {
        AppLanguage::instance().apply(u"ar"_s);
        const QByteArray bytes = withOneBadRow();
        CaseImportDialog dialog(m_data->ws(), m_data->admin, writeFile(u"b.csv"_s, bytes));
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QCOMPARE(dialog.layoutDirection(), Qt::RightToLeft);
        QVERIFY(dialog.summary().contains(u"لا يمكن"_s));
        const QString dir = qEnvironmentVariable("JISR_SCREENSHOT_DIR");
        if (!dir.isEmpty()) {
            QDir().mkpath(dir);
            dialog.grab().save(dir + u"/import-ar.png"_s);
        }
        AppLanguage::instance().apply(u"fr"_s);
    }
};

QTEST_MAIN(ImportUiTest)
#include "test_import_ui.moc"
