// The shared workstation: each role sees its part of a dossier, the idle lock hides personal
// data, another user can take over and the first one's draft waits for them only.
#include "accounts/authservice.h"
#include "admin/auditlogdialog.h"
#include "cases/casefileservice.h"
#include "cases/caseformwidget.h"
#include "cases/caselistmodel.h"
#include "cases/casenoteservice.h"
#include "common/applanguage.h"
#include "common/codelabels.h"
#include "platform/errors/coreerror.h"
#include "shell/logindialog.h"
#include "shell/mainwindow.h"
#include "uiworkspace.h"

#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTimer>

using namespace Qt::StringLiterals;

using namespace jisr;

class WorkstationUiTest : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<UiWorkspace> m_data;
    CaseFile m_case;

    QStringList tabsFor(const Actor &actor)
    {
        MainWindow window(m_data->ws(), actor);
        window.show();
        window.openCase(m_case.id);
        auto *tabs = window.form()->findChild<QTabWidget *>();
        QStringList titles;
        for (int i = 0; i < tabs->count(); ++i)
            titles << tabs->tabText(i);
        return titles;
    }

    // Every text a user could read on the window right now.
    static QStringList visibleTexts(QWidget *root)
    {
        QStringList out;
        for (QLabel *l : root->findChildren<QLabel *>())
            if (l->isVisibleTo(root))
                out << l->text();
        for (QLineEdit *e : root->findChildren<QLineEdit *>())
            if (e->isVisibleTo(root))
                out << e->text();
        out << root->windowTitle();
        return out;
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
    void cleanup() { m_data.reset(); }

    // A centre renamed after set-up: the administrator types its Arabic name, and the Arabic
    // window shows it at once, without a restart.
    void theAdministratorRenamesTheCentreInArabic()
    {
        AppLanguage::instance().apply(u"ar"_s);
        MainWindow window(m_data->ws(), m_data->admin);
        window.show();
        auto *action = window.findChild<QAction *>(u"centreDetailsAction"_s);
        QVERIFY(action && action->isVisible());
        whenModalShows([](QWidget *dialog) {
            auto *nameAr = dialog->findChild<QLineEdit *>(u"centreNameAr"_s);
            nameAr->clear();
            typeText(nameAr, u"مركز سلا"_s);
            QTest::keyClick(nameAr, Qt::Key_Return);
        });
        action->trigger();
        auto *centre = window.findChild<QLabel *>(u"statusCentre"_s);
        QCOMPARE(centre->text(), u"مركز سلا"_s);
        QVERIFY(window.windowTitle().contains(u"مركز سلا"_s));
        MainWindow receptionWindow(m_data->ws(), m_data->reception);
        QVERIFY(!receptionWindow.findChild<QAction *>(u"centreDetailsAction"_s)->isVisible());
    }

    void eachRoleSeesItsPartOfTheDossier()
    {
        const QStringList reception = tabsFor(m_data->reception);
        const QStringList doctor = tabsFor(m_data->doctor);
        const QStringList social = tabsFor(m_data->social);
        const QStringList admin = tabsFor(m_data->admin);
        const auto title = [](const char *text) {
            return QCoreApplication::translate("jisr::CaseSidePanels", text);
        };
        const QString medical = title("Medical notes");
        const QString socialNotes = title("Social notes");
        const QString access = title("Who opened it");
        QVERIFY(!reception.contains(medical) && !reception.contains(socialNotes));
        QVERIFY(doctor.contains(medical) && !doctor.contains(socialNotes));
        QVERIFY(social.contains(socialNotes) && !social.contains(medical));
        QVERIFY(admin.contains(access) && !admin.contains(socialNotes));
        QVERIFY(!doctor.contains(access));
    }

    void theDoctorReadsTheNoteAndTheAdministratorOnlyAfterAnEmergency()
    {
        const auto notesIn = [](MainWindow &w) {
            auto *view = w.findChild<QTableView *>(u"medicalNotesView"_s);
            return view ? view->model()->rowCount() : -1;
        };
        // The notes are read when their tab is shown.
        MainWindow window(m_data->ws(), m_data->doctor);
        window.show();
        window.openCase(m_case.id);
        QVERIFY(showTabHolding(&window, u"medicalNotesView"_s));
        QCOMPARE(notesIn(window), 1);

        MainWindow adminWindow(m_data->ws(), m_data->admin);
        adminWindow.show();
        adminWindow.openCase(m_case.id);
        QVERIFY(showTabHolding(&adminWindow, u"medicalNotesView"_s));
        QCOMPARE(notesIn(adminWindow), 0);
        auto *emergency = adminWindow.findChild<QPushButton *>(u"emergencyAccessButton"_s);
        QVERIFY(emergency && !emergency->isHidden());
        whenModalShows([](QWidget *modal) {
            auto *input = static_cast<QInputDialog *>(modal);
            input->setTextValue(u"Crise à l'accueil, le médecin est absent"_s);
            input->accept();
        });
        emergency->click();
        QTRY_COMPARE(notesIn(adminWindow), 1);
        QVERIFY(emergency->isHidden());

        // The centre sees it: the doctor, in the file's medical notes and in the status bar.
        MainWindow later(m_data->ws(), m_data->doctor);
        later.show();
        auto *status = later.findChild<QLabel *>(u"statusEmergency"_s);
        QVERIFY(status && status->isVisibleTo(&later));
        QVERIFY2(status->text().contains(u"Accès d'urgence (30 jours) : 1"_s),
                 qPrintable(status->text()));
        QVERIFY(status->toolTip().contains(m_case.dossierNo));
        later.openCase(m_case.id);
        QVERIFY(showTabHolding(&later, u"medicalEmergencyNotice"_s));
        auto *notice = later.findChild<QLabel *>(u"medicalEmergencyNotice"_s);
        QVERIFY(notice && notice->isVisibleTo(notice->parentWidget()));
        QVERIFY(notice->text().contains(m_data->admin.login));
        QVERIFY(notice->text().contains(u"le médecin est absent"_s));
        const QString dir = qEnvironmentVariable("JISR_SCREENSHOT_DIR");
        if (!dir.isEmpty()) {
            AppLanguage::instance().apply(u"ar"_s);
            MainWindow arabic(m_data->ws(), m_data->doctor);
            arabic.resize(1180, 760);
            arabic.show();
            arabic.openCase(m_case.id);
            auto *tabs = arabic.form()->findChild<QTabWidget *>();
            auto *arabicNotice = arabic.findChild<QLabel *>(u"medicalEmergencyNotice"_s);
            for (int i = 0; i < tabs->count(); ++i)
                if (tabs->widget(i)->isAncestorOf(arabicNotice))
                    tabs->setCurrentIndex(i);
            QDir().mkpath(dir);
            arabic.grab().save(dir + u"/emergency-ar.png"_s);
            AppLanguage::instance().apply(u"fr"_s);
        }

        // Switching language keeps the tab in front.
        auto *tabs = later.form()->findChild<QTabWidget *>();
        for (int i = 0; i < tabs->count(); ++i)
            if (tabs->widget(i)->isAncestorOf(notice))
                tabs->setCurrentIndex(i);
        QWidget *front = tabs->currentWidget();
        QVERIFY(front != tabs->widget(0));
        AppLanguage::instance().apply(u"ar"_s);
        QCoreApplication::processEvents();
        QCOMPARE(tabs->currentWidget(), front);
        AppLanguage::instance().apply(u"fr"_s);
        QCoreApplication::processEvents();

        // Reception has no business with medical notes or the audit log: nothing shown.
        MainWindow desk(m_data->ws(), m_data->reception);
        desk.show();
        QVERIFY(!desk.findChild<QLabel *>(u"statusEmergency"_s)->isVisibleTo(&desk));
    }

    void theLockHidesEveryPersonalDetailUntilTheSameUserUnlocks()
    {
        MainWindow window(m_data->ws(), m_data->reception);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.openCase(m_case.id);
        QVERIFY(visibleTexts(&window).join(u' ').contains(u"Alaoui"_s));
        QTest::keyClick(&window, Qt::Key_L, Qt::ControlModifier);
        QTRY_VERIFY(window.isLocked());
        const QString shown = visibleTexts(&window).join(u' ');
        for (const QString &personal :
             {u"Alaoui"_s, u"العلوي"_s, u"محمد"_s, m_case.dossierNo, u"0661000000"_s})
            QVERIFY2(!shown.contains(personal), qPrintable(personal));
        QCOMPARE(window.listModel()->rowCount(), 0);
        const QString dir = qEnvironmentVariable("JISR_SCREENSHOT_DIR");
        if (!dir.isEmpty()) {
            QDir().mkpath(dir);
            window.grab().save(dir + u"/locked-fr.png"_s);
        }
        QVERIFY(!window.unlock(u"pas le bon"_s));
        QVERIFY(window.isLocked());
        QVERIFY(window.unlock(UiWorkspace::password));
        QVERIFY(!window.isLocked());
        QCOMPARE(window.form()->caseId(), m_case.id);
    }

    // A search typed just before the lock must not run behind it and fill the list again.
    void aSearchTypedBeforeTheLockDoesNotRunBehindIt()
    {
        MainWindow window(m_data->ws(), m_data->reception);
        window.show();
        auto *search = window.findChild<QLineEdit *>(u"searchBox"_s);
        typeText(search, u"Alaoui"_s);
        QTRY_COMPARE(window.listModel()->rowCount(), 1);
        typeText(search, u" M"_s);
        window.lock();
        QTest::qWait(400); // longer than the search's own delay
        QCOMPARE(window.listModel()->rowCount(), 0);
        QVERIFY(search->text().isEmpty());
        QVERIFY(window.unlock(UiWorkspace::password));
        QVERIFY(window.listModel()->searchText().isEmpty()); // the most recent files again
        QCOMPARE(window.listModel()->rowCount(), 1);
    }

    void theScreenLocksByItselfAfterTheIdleDelay()
    {
        MainWindow window(m_data->ws(), m_data->reception);
        window.show();
        auto *idle = window.findChild<QTimer *>(u"idleTimer"_s);
        QVERIFY(idle);
        QCOMPARE(idle->interval(), 5 * 60 * 1000); // the default
        idle->start(50);
        QTRY_VERIFY(window.isLocked());
    }

    void anotherUserTakesOverAndTheDraftWaitsForItsAuthor()
    {
        MainWindow window(m_data->ws(), m_data->reception);
        window.show();
        window.newCase();
        auto *family = window.findChild<QLineEdit *>(u"family_name_lat"_s);
        family->setFocus();
        typeText(family, u"Benjelloun"_s);
        window.lock();
        window.switchTo(m_data->doctor);
        QCOMPARE(window.actor().login, u"medecin"_s);
        QVERIFY(family->text().isEmpty());
        QVERIFY(window.findChild<QLabel *>(u"statusUser"_s)->text().contains(u"medecin"_s));
        window.lock();
        window.switchTo(m_data->admin);
        QVERIFY2(family->text().isEmpty(), "not the administrator's draft");
        window.lock();
        window.switchTo(m_data->reception);
        QCOMPARE(family->text(), u"Benjelloun"_s);
        QVERIFY(window.form()->isDirty());
    }

    // The log speaks the administrator's language: actions, reasons and fields in words, the
    // dossier by its number, dates that read left to right in Arabic too.
    void theAuditLogReadsInWordsNotCodes()
    {
        CaseFile edited = m_data->ws().cases().open(m_data->reception, m_case.id);
        edited.address = u"12, rue Al Qods"_s;
        m_data->ws().cases().update(m_data->reception, edited);
        QVERIFY_THROWS_EXCEPTION(CoreError, m_data->ws().auth().login(u"accueil"_s, u"non"_s));

        AuditLogDialog dialog(m_data->ws(), m_data->admin);
        const QAbstractItemModel *log = dialog.findChild<QTableView *>()->model();
        QStringList rows;
        for (int r = 0; r < log->rowCount(); ++r) {
            QStringList cells;
            for (int c = 0; c < log->columnCount(); ++c)
                cells << log->index(r, c).data().toString();
            rows << cells.join(u" | "_s);
        }
        const QString all = rows.join(u'\n');
        QVERIFY2(all.contains(u"Connexion refusée |  | mot de passe erroné"_s), qPrintable(all));
        QVERIFY2(all.contains(u"Dossier modifié | "_s + m_case.dossierNo + u" | Adresse"_s),
                 qPrintable(all));
        QVERIFY(!all.contains(u"case_changed"_s) && !all.contains(u"login_failed"_s));
        QVERIFY(log->index(0, 0).data().toString().startsWith(QChar(0x2066))); // LTR isolate
        // A login is a name, never translated, even when it looks like a code.
        const QString roles =
            CodeLabels::auditDetails(u"user_changed"_s, u"roles doctor doctor,reception"_s);
        QVERIFY2(roles.startsWith(u"rôles doctor Médecin"_s), qPrintable(roles));
    }

    void theLoginScreenSetsTheLanguageAndRefusesAWrongPassword()
    {
        LoginDialog dialog(m_data->ws());
        dialog.show();
        auto *language = dialog.findChild<QComboBox *>(u"languageCombo"_s);
        language->setCurrentIndex(language->findData(u"ar"_s));
        QCOMPARE(dialog.layoutDirection(), Qt::RightToLeft);
        dialog.findChild<QLineEdit *>(u"loginEdit"_s)->setText(u"accueil"_s);
        auto *password = dialog.findChild<QLineEdit *>(u"passwordEdit"_s);
        password->setText(u"faux mot de passe"_s);
        QTest::keyClick(password, Qt::Key_Return);
        QVERIFY(dialog.isVisible());
        QVERIFY(!dialog.findChild<QLabel *>(u"loginError"_s)->text().isEmpty());
        password->setText(UiWorkspace::password);
        QTest::keyClick(password, Qt::Key_Return);
        QTRY_COMPARE(dialog.result().actor.login, u"accueil"_s);
        AppLanguage::instance().apply(u"fr"_s);
    }
};

QTEST_MAIN(WorkstationUiTest)
#include "test_workstation_ui.moc"
