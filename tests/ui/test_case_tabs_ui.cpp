// The tabs beside a case file load when they are shown, not when the file is opened: a doctor
// who opens a file without looking at its medical notes has not read them, and the audit log
// must not say otherwise.
#include "cases/casefileservice.h"
#include "cases/caseformwidget.h"
#include "cases/casenoteservice.h"
#include "common/applanguage.h"
#include "common/filedialog.h"
#include "platform/audit/auditlog.h"
#include "shell/mainwindow.h"
#include "uiworkspace.h"

#include <QImage>
#include <QInputDialog>
#include <QLabel>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTest>

using namespace Qt::StringLiterals;

using namespace jisr;

class CaseTabsUiTest : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<UiWorkspace> m_data;
    CaseFile m_case;

    qsizetype auditCount(const QString &action)
    {
        AuditFilter filter;
        filter.caseId = m_case.id;
        filter.actions = {action};
        return m_data->ws().audit().entries(filter).size();
    }
    qsizetype notesRead() { return auditCount(u"note_read"_s); }

    static int rowsIn(MainWindow &window, const QString &view)
    {
        return window.findChild<QTableView *>(view)->model()->rowCount();
    }

private slots:
    void init()
    {
        AppLanguage::instance().apply(u"fr"_s);
        m_data = std::make_unique<UiWorkspace>();
        m_case = m_data->addCase(u"العلوي"_s, u"محمد"_s, u"Alaoui"_s, u"Mohamed"_s);
        m_data->ws().notes().add(m_data->doctor, m_case.id, CaseNote::Kind::Medical, u"diagnosis"_s,
                                 u"Hémiplégie droite"_s);
    }
    void cleanup()
    {
        FileDialog::clearNextFileName(); // a name a failed test left
        m_data.reset();
    }

    void theMedicalNotesAreReadWhenShownAndOncePerShowing()
    {
        MainWindow window(m_data->ws(), m_data->doctor);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.openCase(m_case.id);
        QCoreApplication::processEvents();
        QCOMPARE(notesRead(), 0); // opened, the notes not looked at

        QVERIFY(showTabHolding(&window, u"medicalNotesView"_s));
        QCOMPARE(notesRead(), 1);
        QCOMPARE(rowsIn(window, u"medicalNotesView"_s), 1);

        // Still the same showing: a change of language re-labels, it does not read again.
        AppLanguage::instance().apply(u"ar"_s);
        QCoreApplication::processEvents();
        AppLanguage::instance().apply(u"fr"_s);
        QCoreApplication::processEvents();
        QCOMPARE(notesRead(), 1);
        QCOMPARE(rowsIn(window, u"medicalNotesView"_s), 1);

        QVERIFY(showTabHolding(&window, u"historyView"_s));
        QCOMPARE(notesRead(), 1);
        QVERIFY(showTabHolding(&window, u"medicalNotesView"_s));
        QCOMPARE(notesRead(), 2);

        // Back to the search and to the same file: it opens on its identity, nothing read.
        window.showSearch();
        window.openCase(m_case.id);
        QCoreApplication::processEvents();
        QCOMPARE(notesRead(), 2);
    }

    void aTabShowsNothingOfTheFileUntilItIsShownThenFollowsItsChanges()
    {
        MainWindow window(m_data->ws(), m_data->reception);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.openCase(m_case.id);
        QCOMPARE(rowsIn(window, u"historyView"_s), 0);
        QVERIFY(showTabHolding(&window, u"historyView"_s));
        QCOMPARE(rowsIn(window, u"historyView"_s), 1); // created

        // Saved while the history is in front: the new entry shows without leaving the tab.
        CaseFile edited = m_data->ws().cases().open(m_data->reception, m_case.id);
        edited.address = u"Hay Riad"_s;
        m_data->ws().cases().update(m_data->reception, edited, true);
        QTRY_COMPARE(rowsIn(window, u"historyView"_s), 2);
    }

    // The photo and a document chosen from the tab show in it at once.
    void aPhotoAndADocumentChosenInTheTabShowThere()
    {
        const QString picture = m_data->filePath(u"photo.png"_s);
        QImage image(120, 160, QImage::Format_RGB32);
        image.fill(Qt::darkCyan);
        QVERIFY(image.save(picture));
        MainWindow window(m_data->ws(), m_data->reception);
        window.show();
        window.openCase(m_case.id);
        QVERIFY(showTabHolding(&window, u"documentsView"_s));
        auto *photo = window.findChild<QLabel *>(u"photo"_s);
        QVERIFY(photo->pixmap().isNull());

        FileDialog::setNextFileName(picture);
        window.findChild<QPushButton *>(u"choosePhotoButton"_s)->click();
        QVERIFY(!photo->pixmap().isNull());

        FileDialog::setNextFileName(picture);
        whenModalShows([](QWidget *modal) { static_cast<QInputDialog *>(modal)->accept(); });
        window.findChild<QPushButton *>(u"addDocumentButton"_s)->click();
        QCOMPARE(rowsIn(window, u"documentsView"_s), 1);
    }
};

QTEST_MAIN(CaseTabsUiTest)
#include "test_case_tabs_ui.moc"
