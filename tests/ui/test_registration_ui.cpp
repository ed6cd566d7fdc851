// The front desk's work, driven through the real widgets: register with the keyboard alone,
// find by a variant spelling, edit, and the guards around bad input and unsaved changes.
#include "uiworkspace.h"

#include "applanguage.h"
#include "caseformwidget.h"
#include "caselistmodel.h"
#include "casefileservice.h"
#include "database.h"
#include "demodataloader.h"
#include "mainwindow.h"
#include "sqlquery.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QStackedWidget>
#include <QTableView>
#include <QTest>

using namespace jisr;

class RegistrationUiTest : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<UiWorkspace> m_data;
    std::unique_ptr<MainWindow> m_window;

    qint64 count(const QString &sql)
    {
        QSqlQuery q = execQuery(m_data->ws().database().connection(), sql);
        return q.next() ? q.value(0).toLongLong() : -1;
    }
    QWidget *focused() { return QApplication::focusWidget(); }
    void type(const QString &text)
    {
        typeText(focused(), text);
    }
    void tab() { QTest::keyClick(focused(), Qt::Key_Tab); }
    template <typename T> T *child(const QString &name)
    {
        T *w = m_window->findChild<T *>(name);
        if (!w)
            qFatal("no widget %s", qPrintable(name));
        return w;
    }
    bool formShown() { return m_window->form()->isVisible(); }

private slots:
    void init()
    {
        AppLanguage::instance().apply(u"fr"_qs);
        m_data = std::make_unique<UiWorkspace>();
        m_window = std::make_unique<MainWindow>(m_data->ws(), m_data->reception);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        m_window->activateWindow();
    }
    void cleanup()
    {
        m_window.reset();
        m_data.reset();
    }

    void theWholeRegistrationWithTheKeyboardAlone()
    {
        QTRY_COMPARE(focused()->objectName(), u"searchBox"_qs);
        QTest::keyClick(focused(), Qt::Key_N, Qt::ControlModifier);
        QTRY_VERIFY(formShown());
        QTRY_COMPARE(focused()->objectName(), u"family_name_ar"_qs);
        type(u"العلوي"_qs);
        tab();
        type(u"محمد"_qs);
        tab();
        type(u"Alaoui"_qs);
        tab();
        type(u"Mohamed"_qs);
        tab();
        type(u"أحمد"_qs); // father
        tab();
        tab(); // mother unknown
        QCOMPARE(focused()->objectName(), u"sex"_qs);
        QTest::keyClick(focused(), Qt::Key_Down);
        tab();
        QCOMPARE(focused()->objectName(), u"birth_date"_qs);
        type(u"17/05/1980"_qs);
        tab();
        tab();
        tab();
        QCOMPARE(focused()->objectName(), u"cin"_qs);
        type(u"ab123456"_qs);
        QTest::keyClick(focused(), Qt::Key_S, Qt::ControlModifier);
        QTRY_COMPARE(count(u"SELECT count(*) FROM case_files"_qs), 1);
        const CaseFile saved = m_data->ws().cases().open(m_data->admin, m_window->form()->caseId());
        QCOMPARE(saved.familyNameAr, u"العلوي"_qs);
        QCOMPARE(saved.givenNameLat, u"Mohamed"_qs);
        QCOMPARE(saved.fatherName, u"أحمد"_qs);
        QCOMPARE(saved.sex, u"M"_qs);
        QCOMPARE(saved.birthDate, QDate(1980, 5, 17));
        QCOMPARE(saved.cin, u"AB123456"_qs);
        QCOMPARE(saved.provinceCode, u"MA-RAB"_qs);
        QVERIFY(!m_window->form()->isDirty());
        QVERIFY(child<QLabel>(u"caseTitle"_qs)->text().contains(saved.dossierNo));
    }

    void aVariantSpellingInTheOtherScriptFindsTheFileAndEnterOpensIt()
    {
        const CaseFile c = m_data->addCase({}, {}, u"Alaoui"_qs, u"Mohamed"_qs);
        m_data->addCase(u"بناني"_qs, u"سعاد"_qs, u"Bennani"_qs, u"Souad"_qs);
        auto *search = child<QLineEdit>(u"searchBox"_qs);
        search->setFocus();
        typeText(search, u"محمد العلوي"_qs);
        QTRY_COMPARE(m_window->listModel()->rowCount(), 1);
        QCOMPARE(m_window->listModel()->caseIdAt(0), c.id);
        QTest::keyClick(search, Qt::Key_Return);
        QTRY_VERIFY(formShown());
        QCOMPARE(m_window->form()->caseId(), c.id);
    }

    void anEditIsSavedAndFoundUnderTheNewSpelling()
    {
        const CaseFile c = m_data->addCase(u"العلوي"_qs, u"محمد"_qs, u"Alaoui"_qs, u"Mohamed"_qs);
        m_window->openCase(c.id);
        QTRY_VERIFY(formShown());
        auto *family = child<QLineEdit>(u"family_name_lat"_qs);
        family->setFocus();
        family->selectAll();
        typeText(family, u"El Ouazzani"_qs);
        QVERIFY(m_window->form()->isDirty());
        QVERIFY(m_window->form()->save());
        QTest::keyClick(family, Qt::Key_Escape);
        QTRY_VERIFY(!formShown());
        auto *search = child<QLineEdit>(u"searchBox"_qs);
        typeText(search, u"mohammed wazzani"_qs);
        QTRY_COMPARE(m_window->listModel()->rowCount(), 1);
        QCOMPARE(m_window->listModel()->caseIdAt(0), c.id);
    }

    void anInvalidCinIsShownInlineAndNothingIsSaved()
    {
        m_window->newCase();
        child<QLineEdit>(u"family_name_lat"_qs)->setText(u"Tazi"_qs);
        child<QLineEdit>(u"given_name_lat"_qs)->setText(u"Ali"_qs);
        child<QComboBox>(u"sex"_qs)->setCurrentIndex(1);
        child<QLineEdit>(u"birth_date"_qs)->setText(u"31/02/1990"_qs);
        auto *cin = child<QLineEdit>(u"cin"_qs);
        cin->setFocus();
        typeText(cin, u"12-AB"_qs);
        auto *message = child<QLabel>(u"cin_message"_qs);
        QTRY_VERIFY(message->isVisible());
        QVERIFY(!message->text().isEmpty());
        QVERIFY(!m_window->form()->save());
        QVERIFY(child<QLabel>(u"birth_date_message"_qs)->isVisible());
        QCOMPARE(count(u"SELECT count(*) FROM case_files"_qs), 0);
    }

    void aCinAlreadyUsedIsRefusedWithALinkToTheExistingFile()
    {
        CaseFile existing = m_data->addCase(u"التازي"_qs, u"علي"_qs, u"Tazi"_qs, u"Ali"_qs);
        existing.cin = u"BK998877"_qs;
        existing = m_data->ws().cases().update(m_data->reception, existing, true);
        m_window->newCase();
        child<QLineEdit>(u"family_name_lat"_qs)->setText(u"Bennani"_qs);
        child<QLineEdit>(u"given_name_lat"_qs)->setText(u"Omar"_qs);
        auto *cin = child<QLineEdit>(u"cin"_qs);
        cin->setFocus();
        typeText(cin, u"bk 998877"_qs);
        auto *open = child<QPushButton>(u"openExistingButton"_qs);
        QTRY_VERIFY(open->isVisible());
        QVERIFY(child<QLabel>(u"duplicateBanner"_qs)->text().contains(existing.dossierNo));
        QVERIFY(!m_window->form()->save());
        QCOMPARE(count(u"SELECT count(*) FROM case_files"_qs), 1);
        whenModalShows([](QWidget *box) {
            static_cast<QMessageBox *>(box)->button(QMessageBox::Discard)->click();
        });
        open->click();
        QTRY_COMPARE(m_window->form()->caseId(), existing.id);
    }

    void unsavedChangesAreNotLostByEscape()
    {
        const CaseFile c = m_data->addCase(u"العلوي"_qs, u"محمد"_qs, u"Alaoui"_qs, u"Mohamed"_qs);
        m_window->openCase(c.id);
        auto *address = child<QLineEdit>(u"address"_qs);
        address->setFocus();
        typeText(address, u"Hay Riad"_qs);
        whenModalShows([](QWidget *box) {
            static_cast<QMessageBox *>(box)->button(QMessageBox::Cancel)->click();
        });
        QTest::keyClick(address, Qt::Key_Escape);
        QVERIFY(formShown());
        QCOMPARE(address->text(), u"Hay Riad"_qs);
        whenModalShows([](QWidget *box) {
            static_cast<QMessageBox *>(box)->button(QMessageBox::Discard)->click();
        });
        QTest::keyClick(address, Qt::Key_Escape);
        QTRY_VERIFY(!formShown());
        QCOMPARE(m_data->ws().cases().open(m_data->admin, c.id).address, QString());
    }

    void switchingToArabicMirrorsTheWholeWindowAndTranslatesIt()
    {
        m_window->newCase();
        auto *save = child<QPushButton>(u"saveButton"_qs);
        const QString french = save->text();
        AppLanguage::instance().apply(u"ar"_qs);
        QCOMPARE(m_window->layoutDirection(), Qt::RightToLeft);
        QCOMPARE(m_window->form()->layoutDirection(), Qt::RightToLeft);
        QTRY_VERIFY(save->text() != french); // LanguageChange is delivered through the event loop
        QVERIFY(save->text().front().script() == QChar::Script_Arabic);
        // Identifiers stay left to right inside the Arabic layout.
        QCOMPARE(child<QLineEdit>(u"cin"_qs)->layoutDirection(), Qt::LeftToRight);
        AppLanguage::instance().apply(u"fr"_qs);
        QCOMPARE(m_window->layoutDirection(), Qt::LeftToRight);
        QTRY_COMPARE(save->text(), french);
    }

    void theListLoadsAPageAtATimeNotTheWholeDatabase()
    {
        DemoDataLoader::load(m_data->ws(), m_data->admin, 5000, 3);
        m_window->listModel()->reload();
        CaseListModel *model = m_window->listModel();
        QCOMPARE(model->rowCount(), CaseListModel::PageSize);
        QVERIFY(model->canFetchMore({}));
        child<QTableView>(u"caseList"_qs)->scrollToBottom();
        QTRY_VERIFY(model->rowCount() > CaseListModel::PageSize);
        QVERIFY(model->rowCount() < 5000);
    }
};

QTEST_MAIN(RegistrationUiTest)
#include "test_registration_ui.moc"
