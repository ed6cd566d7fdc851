// The front desk as a receptionist with a queue uses it (issue 11): nothing discarded comes
// back, a blocked save says why and goes there, every form opens at its top, the registration
// fits a budget of navigation keys.
#include "cases/casefileservice.h"
#include "cases/caseformwidget.h"
#include "cases/casenoteservice.h"
#include "common/applanguage.h"
#include "common/messagebox.h"
#include "platform/db/database.h"
#include "platform/db/sqlquery.h"
#include "platform/settings/workstationsettings.h"
#include "shell/helpmenu.h"
#include "shell/logindialog.h"
#include "shell/mainwindow.h"
#include "uiworkspace.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QTableView>
#include <QTest>
#include <QTextBrowser>

using namespace Qt::StringLiterals;

using namespace jisr;

class FrontDeskUiTest : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<UiWorkspace> m_data;
    std::unique_ptr<MainWindow> m_window;
    int m_navigationKeys = 0;

    qint64 count(const QString &sql)
    {
        QSqlQuery q = execQuery(m_data->ws().database().connection(), sql);
        return q.next() ? q.value(0).toLongLong() : -1;
    }
    QWidget *focused() { return QApplication::focusWidget(); }
    QString focusedName() { return focused() ? focused()->objectName() : QString(); }
    void type(const QString &text) { typeText(focused(), text); }
    // A key that moves or chooses rather than types text; counted against the budget.
    void press(int key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
    {
        ++m_navigationKeys;
        QTest::keyClick(focused(), Qt::Key(key), modifiers);
    }
    template <typename T> T *child(const QString &name)
    {
        T *w = m_window->findChild<T *>(name);
        if (!w)
            qFatal("no widget %s", qPrintable(name));
        return w;
    }
    bool formShown() { return m_window->form()->isVisible(); }
    QString savedPhone(const QString &id)
    {
        return m_data->ws().cases().open(m_data->admin, id).phone;
    }
    // Changes the phone of an open file and leaves it with "Leave without saving".
    void discardPhoneChange()
    {
        auto *phone = child<QLineEdit>(u"phone"_s);
        phone->setFocus();
        phone->selectAll();
        typeText(phone, u"0699999999"_s);
        QVERIFY(m_window->form()->isDirty());
        MessageBox::setNextAnswer(QMessageBox::Discard);
        QTest::keyClick(phone, Qt::Key_Escape);
        QVERIFY(!formShown());
    }

private slots:
    void init()
    {
        AppLanguage::instance().apply(u"fr"_s);
        m_data = std::make_unique<UiWorkspace>();
        m_window = std::make_unique<MainWindow>(m_data->ws(), m_data->reception);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        m_navigationKeys = 0;
    }
    void cleanup()
    {
        MessageBox::setNextAnswer(QMessageBox::NoButton);
        m_window.reset();
        m_data.reset();
    }

    void aDiscardedChangeDoesNotComeBackAfterTheLock()
    {
        const CaseFile c = m_data->addCase(u"العلوي"_s, u"محمد"_s, u"Alaoui"_s, u"Mohamed"_s);
        m_window->openCase(c.id);
        discardPhoneChange();
        m_window->lock();
        QVERIFY(m_window->unlock(UiWorkspace::password));
        QVERIFY(!formShown()); // back where the user was: the search
        QVERIFY(!m_window->form()->isDirty());
        QTest::keyClick(m_window.get(), Qt::Key_S, Qt::ControlModifier);
        QCOMPARE(savedPhone(c.id), c.phone);
        m_window->openCase(c.id);
        QCOMPARE(child<QLineEdit>(u"phone"_s)->text(), c.phone);
    }

    void aDiscardedNewFormDoesNotComeBackAfterTheLock()
    {
        m_window->newCase();
        typeText(child<QLineEdit>(u"family_name_ar"_s), u"التازي"_s);
        MessageBox::setNextAnswer(QMessageBox::Discard);
        QTest::keyClick(focused(), Qt::Key_Escape);
        QVERIFY(!formShown());
        m_window->lock();
        QVERIFY(m_window->unlock(UiWorkspace::password));
        QVERIFY(!formShown());
        QVERIFY(!m_window->form()->isDirty());
    }

    void aDiscardedChangeIsNotKeptAcrossAUserSwitch()
    {
        const CaseFile c = m_data->addCase(u"العلوي"_s, u"محمد"_s, u"Alaoui"_s, u"Mohamed"_s);
        m_window->openCase(c.id);
        discardPhoneChange();
        m_window->lock();
        m_window->switchTo(m_data->doctor);
        m_window->lock();
        m_window->switchTo(m_data->reception);
        QVERIFY(!formShown());
        QVERIFY(!m_window->form()->isDirty());
        QCOMPARE(savedPhone(c.id), c.phone);
    }

    void anUndecidedChangeIsStillKeptForItsAuthor()
    {
        const CaseFile c = m_data->addCase(u"العلوي"_s, u"محمد"_s, u"Alaoui"_s, u"Mohamed"_s);
        m_window->openCase(c.id);
        auto *phone = child<QLineEdit>(u"phone"_s);
        phone->setFocus();
        phone->selectAll();
        typeText(phone, u"0699999999"_s);
        m_window->lock(); // the idle lock: nothing was decided
        QVERIFY(m_window->unlock(UiWorkspace::password));
        QVERIFY(formShown());
        QCOMPARE(phone->text(), u"0699999999"_s);
    }

    void aSaveStoppedByASimilarNameSaysWhyAndGoesToTheChoice()
    {
        m_data->addCase(u"العلوي"_s, u"محمد"_s, u"Alaoui"_s, u"Mohamed"_s);
        m_window->newCase();
        child<QLineEdit>(u"family_name_ar"_s)->setText(u"العلوي"_s);
        child<QLineEdit>(u"given_name_ar"_s)->setText(u"محمد"_s);
        child<QLineEdit>(u"family_name_lat"_s)->setText(u"Alaoui"_s);
        child<QLineEdit>(u"given_name_lat"_s)->setText(u"Mohamed"_s);
        child<QComboBox>(u"sex"_s)->setCurrentIndex(1);
        auto *birth = child<QLineEdit>(u"birth_date"_s);
        birth->setFocus();
        typeText(birth, u"12/03/1985"_s);
        auto *another = child<QCheckBox>(u"confirmDifferentPerson"_s);
        QTRY_VERIFY(another->isVisible());
        QTest::keyClick(focused(), Qt::Key_S, Qt::ControlModifier);
        QCOMPARE(count(u"SELECT count(*) FROM case_files"_s), 1);
        auto *summary = child<QLabel>(u"saveProblems"_s);
        QVERIFY(summary->isVisible());
        QVERIFY(!summary->text().isEmpty());
        QCOMPARE(focusedName(), u"confirmDifferentPerson"_s);
        QTest::keyClick(focused(), Qt::Key_Space);
        QVERIFY(another->isChecked());
        QTest::keyClick(focused(), Qt::Key_S, Qt::ControlModifier);
        QCOMPARE(count(u"SELECT count(*) FROM case_files"_s), 2);
        QVERIFY(!summary->isVisible());
    }

    void everyFormOpensAtItsTopWithTheCursorInItsFirstField()
    {
        const CaseFile c = m_data->addCase(u"العلوي"_s, u"محمد"_s, u"Alaoui"_s, u"Mohamed"_s);
        m_window->newCase();
        auto *scroll = m_window->form()->findChild<QScrollArea *>();
        QVERIFY(scroll);
        m_window->resize(900, 420);
        QTest::qWait(20);
        child<QComboBox>(u"status"_s)->setFocus(); // low in the form: it scrolls there
        scroll->verticalScrollBar()->setValue(scroll->verticalScrollBar()->maximum());
        QVERIFY(scroll->verticalScrollBar()->value() > 0);
        MessageBox::setNextAnswer(QMessageBox::Cancel); // an untouched form asks nothing
        QTest::keyClick(focused(), Qt::Key_Escape);
        QVERIFY(!formShown());
        QTest::keyClick(focused(), Qt::Key_N, Qt::ControlModifier);
        QTRY_VERIFY(formShown());
        QCOMPARE(scroll->verticalScrollBar()->value(), 0);
        QCOMPARE(focusedName(), u"family_name_ar"_s);

        child<QLineEdit>(u"given_name_lat"_s)->setText(u"Ali"_s);
        MessageBox::setNextAnswer(QMessageBox::Discard);
        m_window->openCase(c.id);
        QTRY_VERIFY(formShown());
        QCOMPARE(scroll->verticalScrollBar()->value(), 0);
        QCOMPARE(focusedName(), u"family_name_ar"_s);
    }

    void problemsShowOnceAFieldIsLeftAndSaveCountsThemAndGoesToTheFirst()
    {
        m_window->newCase();
        auto *family = child<QLineEdit>(u"family_name_lat"_s);
        family->setFocus();
        typeText(family, u"Tazi"_s);
        QTest::qWait(400); // more than the delay of the checks while typing
        QVERIFY(!child<QLabel>(u"given_name_lat_message"_s)->isVisible());
        QVERIFY(!child<QLabel>(u"sex_message"_s)->isVisible());
        QVERIFY(!child<QLabel>(u"birth_date_message"_s)->isVisible());

        auto *birth = child<QLineEdit>(u"birth_date"_s);
        birth->setFocus();
        typeText(birth, u"31/02/1990"_s);
        QTest::keyClick(birth, Qt::Key_Tab); // left: its problem may show now
        QTRY_VERIFY(child<QLabel>(u"birth_date_message"_s)->isVisible());
        QVERIFY(!child<QLabel>(u"sex_message"_s)->isVisible());

        QTest::keyClick(focused(), Qt::Key_S, Qt::ControlModifier);
        auto *summary = child<QLabel>(u"saveProblems"_s);
        QVERIFY(summary->isVisible());
        QVERIFY2(summary->text().contains(u'3'), qPrintable(summary->text()));
        QVERIFY(child<QLabel>(u"sex_message"_s)->isVisible());
        QCOMPARE(focusedName(), u"given_name_lat"_s);
        QCOMPARE(count(u"SELECT count(*) FROM case_files"_s), 0);
    }

    void aTypicalRegistrationTakesAtMostTwelveNavigationKeys()
    {
        QTRY_COMPARE(focusedName(), u"searchBox"_s);
        press(Qt::Key_N, Qt::ControlModifier);
        QTRY_VERIFY(formShown());
        QCOMPARE(focusedName(), u"family_name_ar"_s);
        type(u"العلوي"_s);
        press(Qt::Key_Tab);
        type(u"محمد"_s);
        press(Qt::Key_Tab);
        type(u"Alaoui"_s);
        press(Qt::Key_Tab);
        type(u"Mohamed"_s);
        press(Qt::Key_Tab);
        QCOMPARE(focusedName(), u"sex"_s);
        press(Qt::Key_Down);
        press(Qt::Key_Tab);
        QCOMPARE(focusedName(), u"birth_date"_s);
        type(u"17/05/1980"_s);
        press(Qt::Key_Tab);
        QCOMPARE(focusedName(), u"cin"_s);
        type(u"ab123456"_s);
        press(Qt::Key_Tab);
        QCOMPARE(focusedName(), u"phone"_s);
        type(u"0661234567"_s);
        press(Qt::Key_S, Qt::ControlModifier);
        QTRY_COMPARE(count(u"SELECT count(*) FROM case_files"_s), 1);
        const CaseFile saved = m_data->ws().cases().open(m_data->admin, m_window->form()->caseId());
        QCOMPARE(saved.familyNameAr, u"العلوي"_s);
        QCOMPARE(saved.givenNameLat, u"Mohamed"_s);
        QCOMPARE(saved.sex, u"M"_s);
        QCOMPARE(saved.birthDate, QDate(1980, 5, 17));
        QCOMPARE(saved.cin, u"AB123456"_s);
        QCOMPARE(saved.phone, u"0661234567"_s);
        QCOMPARE(saved.provinceCode, u"MA-RAB"_s);
        QVERIFY2(m_navigationKeys <= 12, qPrintable(QString::number(m_navigationKeys)));
    }

    void sectionsHaveShortcuts()
    {
        m_window->newCase();
        const QStringList firsts = {u"family_name_ar"_s, u"father_name"_s,   u"idcs"_s,
                                    u"phone2"_s,         u"guardian_name"_s, u"disability_motor"_s};
        for (int i = 0; i < firsts.size(); ++i) {
            QTest::keyClick(focused(), Qt::Key(Qt::Key_1 + i), Qt::AltModifier);
            QCOMPARE(focusedName(), firsts.at(i));
        }
    }

    void theLoginScreenPutsTheCursorInTheEmptyLogin()
    {
        LoginDialog empty(m_data->ws());
        empty.setLogin({});
        QCOMPARE(empty.focusWidget()->objectName(), u"loginEdit"_s);
        LoginDialog known(m_data->ws());
        known.setLogin(u"accueil"_s);
        QCOMPARE(known.focusWidget()->objectName(), u"passwordEdit"_s);
    }

    void theLoginButtonKeepsItsNameAcrossLanguages()
    {
        LoginDialog dialog(m_data->ws());
        dialog.show();
        auto *box = dialog.findChild<QDialogButtonBox *>();
        QVERIFY(box);
        QPushButton *button = nullptr;
        for (QAbstractButton *b : box->buttons())
            if (box->buttonRole(b) == QDialogButtonBox::AcceptRole)
                button = qobject_cast<QPushButton *>(b);
        QVERIFY(button);
        const QString french = button->text();
        AppLanguage::instance().apply(u"ar"_s);
        QTRY_VERIFY(button->text() != french);
        const QString arabic = button->text();
        QTest::qWait(50); // every LanguageChange delivered, the button box's own included
        QCOMPARE(button->text(), arabic);
        AppLanguage::instance().apply(u"fr"_s);
        QTRY_COMPARE(button->text(), french);
        QTest::qWait(50);
        QCOMPARE(button->text(), french);
    }

    void theLanguageMenuTicksTheCurrentLanguage()
    {
        QAction *french = nullptr;
        QAction *arabic = nullptr;
        for (QAction *menu : m_window->menuBar()->actions())
            for (QAction *a : menu->menu() ? menu->menu()->actions() : QList<QAction *>()) {
                if (a->text() == u"Français"_s)
                    french = a;
                if (a->text() == u"العربية"_s)
                    arabic = a;
            }
        QVERIFY(french && arabic);
        QVERIFY(french->isChecked());
        QVERIFY(!arabic->isChecked());
        arabic->trigger();
        QVERIFY(arabic->isChecked());
        QVERIFY(!french->isChecked());
        AppLanguage::instance().apply(u"fr"_s);
    }

    void theArabicDateHintIsInArabic()
    {
        AppLanguage::instance().apply(u"ar"_s);
        auto *birth = child<QLineEdit>(u"birth_date"_s);
        QTRY_VERIFY(!birth->placeholderText().isEmpty() &&
                    birth->placeholderText().front().script() == QChar::Script_Arabic);
        AppLanguage::instance().apply(u"fr"_s);
        QTRY_VERIFY(birth->placeholderText().front().script() == QChar::Script_Latin);
    }

    void aReadOnlyIdentitySaysSoAndNoNewFileIsOffered()
    {
        const CaseFile c = m_data->addCase(u"العلوي"_s, u"محمد"_s, u"Alaoui"_s, u"Mohamed"_s);
        m_window->lock();
        m_window->switchTo(m_data->doctor);
        QVERIFY(!child<QLabel>(u"searchHint"_s)->text().contains(u"Ctrl+N"_s));
        m_window->openCase(c.id);
        QTRY_VERIFY(formShown());
        auto *notice = child<QLabel>(u"readOnlyNotice"_s);
        QVERIFY(notice->isVisible());
        QVERIFY(!notice->text().isEmpty());
        auto *family = child<QLineEdit>(u"family_name_lat"_s);
        QVERIFY(family->isReadOnly());
        QVERIFY(!family->styleSheet().isEmpty()); // drawn unlike an input
        m_window->lock();
        m_window->switchTo(m_data->reception);
        QTest::keyClick(m_window.get(), Qt::Key_N, Qt::ControlModifier);
        QTRY_VERIFY(formShown());
        QVERIFY(!notice->isVisible());
        QVERIFY(!family->isReadOnly());
        QVERIFY(family->styleSheet().isEmpty());
    }

    void aProblemShownIsSaidAgainInTheNewLanguage()
    {
        m_window->newCase();
        auto *birth = child<QLineEdit>(u"birth_date"_s);
        birth->setFocus();
        typeText(birth, u"31/02/1990"_s);
        QTest::keyClick(birth, Qt::Key_Tab);
        auto *message = child<QLabel>(u"birth_date_message"_s);
        QTRY_VERIFY(message->isVisible());
        QCOMPARE(message->text().front().script(), QChar::Script_Latin);
        AppLanguage::instance().apply(u"ar"_s);
        QTRY_COMPARE(message->text().front().script(), QChar::Script_Arabic);
        QVERIFY(message->isVisible());
        AppLanguage::instance().apply(u"fr"_s);
        QTRY_COMPARE(message->text().front().script(), QChar::Script_Latin);
    }

    void theListsColumnTitlesFitRightAfterASwitchOfLanguage()
    {
        m_data->addCase(u"العلوي"_s, u"محمد"_s, u"Alaoui"_s, u"Mohamed"_s);
        auto *list = child<QTableView>(u"caseList"_s);
        QHeaderView *header = list->horizontalHeader();
        for (const QString &language : {u"ar"_s, u"fr"_s}) {
            AppLanguage::instance().apply(language);
            QTest::qWait(50); // the change of language and of font delivered, nothing else
            for (int c = 0; c < header->count() - 1; ++c)
                QVERIFY2(header->sectionSize(c) >= header->sectionSizeHint(c),
                         qPrintable(language + u' ' + QString::number(c)));
        }
    }

    void notesNameTheirAuthorInTheInterfaceLanguage()
    {
        const CaseFile c = m_data->addCase(u"العلوي"_s, u"محمد"_s, u"Alaoui"_s, u"Mohamed"_s);
        m_data->ws().notes().add(m_data->doctor, c.id, CaseNote::Kind::Medical, u"diagnosis"_s,
                                 u"Hémiplégie droite"_s);
        AppLanguage::instance().apply(u"ar"_s);
        m_window->lock();
        m_window->switchTo(m_data->doctor);
        m_window->openCase(c.id);
        QVERIFY(showTabHolding(m_window.get(), u"medicalNotesTab"_s));
        auto *view = child<QTableView>(u"medicalNotesView"_s);
        QTRY_COMPARE(view->model()->rowCount(), 1);
        const QString author = view->model()->index(0, 2).data().toString();
        QCOMPARE(author, m_data->doctor.nameAr);
        // Date, kind and author take the width they need (not clipped to "01/…", "Dr …").
        QHeaderView *header = view->horizontalHeader();
        for (int col = 0; col < header->count() - 1; ++col) {
            const QString text = view->model()->index(0, col).data().toString();
            QVERIFY2(header->sectionSize(col) > view->fontMetrics().horizontalAdvance(text),
                     qPrintable(text));
        }
        AppLanguage::instance().apply(u"fr"_s);
    }

    void whoOpenedTheFileSaysWhatWasReadInWords()
    {
        const CaseFile c = m_data->addCase(u"العلوي"_s, u"محمد"_s, u"Alaoui"_s, u"Mohamed"_s);
        m_data->ws().notes().list(m_data->doctor, c.id, CaseNote::Kind::Medical);
        m_window->lock();
        m_window->switchTo(m_data->admin);
        m_window->openCase(c.id);
        QVERIFY(showTabHolding(m_window.get(), u"whoOpenedTab"_s));
        auto *view = child<QTableView>(u"whoOpenedView"_s);
        QTRY_VERIFY(view->model()->rowCount() > 0);
        for (int r = 0; r < view->model()->rowCount(); ++r)
            QVERIFY(view->model()->index(r, 3).data().toString() != u"medical"_s);
    }

    void theCentreIsNamedInTheInterfaceLanguage()
    {
        QCOMPARE(m_data->ws().settings().value(u"centre_name_ar"_s),
                 u"المركز الطبي الاجتماعي بالرباط"_s); // UiWorkspace's centre
        AppLanguage::instance().apply(u"ar"_s);
        LoginDialog dialog(m_data->ws());
        auto *loginCentre = dialog.findChild<QLabel *>(u"loginCentre"_s);
        QVERIFY(loginCentre);
        QCOMPARE(loginCentre->text(), u"المركز الطبي الاجتماعي بالرباط"_s);
        auto *statusCentre = child<QLabel>(u"statusCentre"_s);
        QTRY_COMPARE(statusCentre->text(), u"المركز الطبي الاجتماعي بالرباط"_s);
        AppLanguage::instance().apply(u"fr"_s);
        QTRY_COMPARE(statusCentre->text(), u"Centre médico-social de Rabat"_s);
        QTRY_COMPARE(loginCentre->text(), u"Centre médico-social de Rabat"_s);
    }

    void theHistorySaysWhatChangedFromWhatToWhatAndWho()
    {
        const CaseFile c = m_data->addCase(u"العلوي"_s, u"محمد"_s, u"Alaoui"_s, u"Mohamed"_s);
        CaseFile edited = m_data->ws().cases().open(m_data->reception, c.id);
        edited.phone = u"0699999999"_s;
        m_data->ws().cases().update(m_data->reception, edited, true);
        m_window->lock();
        m_window->switchTo(m_data->admin);
        m_window->openCase(c.id);
        QVERIFY(showTabHolding(m_window.get(), u"historyTab"_s));
        auto *view = child<QTableView>(u"historyView"_s);
        QTRY_COMPARE(view->model()->rowCount(), 2);
        const QString changes = view->model()->index(0, 3).data().toString();
        QVERIFY2(changes.contains(u"0661000000"_s) && changes.contains(u"0699999999"_s),
                 qPrintable(changes));
        QVERIFY2(changes.indexOf(u"0661000000"_s) < changes.indexOf(u"0699999999"_s),
                 qPrintable(changes)); // old, then new
        QCOMPARE(view->model()->index(0, 2).data().toString(), m_data->reception.nameFr);
    }

    void f1OpensTheUserGuideInTheInterfaceLanguage()
    {
        QTest::keyClick(m_window.get(), Qt::Key_F1);
        auto *text = m_window->findChild<QTextBrowser *>(u"helpText"_s);
        QVERIFY(text);
        QVERIFY(text->toPlainText().contains(u"Trouver une personne"_s));
        text->window()->close();
        AppLanguage::instance().apply(u"ar"_s);
        QTest::qWait(20);
        QVERIFY(HelpMenu::guideText().front().script() == QChar::Script_Arabic ||
                HelpMenu::guideText().contains(u"جسر"_s));
        AppLanguage::instance().apply(u"fr"_s);
    }

    // About names Jisr's own licence beside the fonts', and Help > Licence shows its full text.
    void aboutAndLicenceSayUnderWhichTermsJisrComes()
    {
        QString about;
        whenModalShows([&about](QWidget *box) {
            about = qobject_cast<QMessageBox *>(box)->text();
            box->close();
        });
        m_window->findChild<QAction *>(u"aboutAction"_s)->trigger();
        QVERIFY2(about.contains(u"GNU General Public License"_s), qPrintable(about));
        QVERIFY(about.contains(u"SIL Open Font License"_s));
        m_window->findChild<QAction *>(u"licenceAction"_s)->trigger();
        auto *dialog = m_window->findChild<QDialog *>(u"licenceDialog"_s);
        QVERIFY(dialog);
        QVERIFY(dialog->findChild<QTextBrowser *>()->toPlainText().contains(
            u"GNU GENERAL PUBLIC LICENSE"_s));
        dialog->close();
    }
};

QTEST_MAIN(FrontDeskUiTest)
#include "test_front_desk_ui.moc"
