// The front desk's work, driven through the real widgets: register with the keyboard alone,
// find by a variant spelling, edit, and the guards around bad input and unsaved changes.
#include "cases/casefileservice.h"
#include "cases/caseformwidget.h"
#include "cases/caselistmodel.h"
#include "common/applanguage.h"
#include "common/messagebox.h"
#include "demo/demodataloader.h"
#include "platform/db/database.h"
#include "platform/db/sqlquery.h"
#include "shell/mainwindow.h"
#include "uiworkspace.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QStackedWidget>
#include <QTableView>
#include <QTest>

using namespace Qt::StringLiterals;

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
    void type(const QString &text) { typeText(focused(), text); }
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
        AppLanguage::instance().apply(u"fr"_s);
        m_data = std::make_unique<UiWorkspace>();
        m_window = std::make_unique<MainWindow>(m_data->ws(), m_data->reception);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        m_window->activateWindow();
    }
    void cleanup()
    {
        MessageBox::setNextAnswer(QMessageBox::NoButton); // an answer a failed test left
        m_window.reset();
        m_data.reset();
    }

    void theWholeRegistrationWithTheKeyboardAlone()
    {
        QTRY_COMPARE(focused()->objectName(), u"searchBox"_s);
        QTest::keyClick(focused(), Qt::Key_N, Qt::ControlModifier);
        QTRY_VERIFY(formShown());
        QTRY_COMPARE(focused()->objectName(), u"family_name_ar"_s);
        type(u"العلوي"_s);
        tab();
        type(u"محمد"_s);
        tab();
        type(u"Alaoui"_s);
        tab();
        type(u"Mohamed"_s);
        tab();
        QCOMPARE(focused()->objectName(), u"sex"_s);
        QTest::keyClick(focused(), Qt::Key_Down);
        tab();
        QCOMPARE(focused()->objectName(), u"birth_date"_s);
        type(u"17/05/1980"_s);
        QTest::keyClick(focused(), Qt::Key_2, Qt::AltModifier); // the parents' section
        QCOMPARE(focused()->objectName(), u"father_name"_s);
        type(u"أحمد"_s);
        QTest::keyClick(focused(), Qt::Key_1, Qt::AltModifier); // back to the identity
        QCOMPARE(focused()->objectName(), u"family_name_ar"_s);
        for (int i = 0; i < 6; ++i)
            tab();
        QCOMPARE(focused()->objectName(), u"cin"_s);
        type(u"ab123456"_s);
        QTest::keyClick(focused(), Qt::Key_S, Qt::ControlModifier);
        QTRY_COMPARE(count(u"SELECT count(*) FROM case_files"_s), 1);
        const CaseFile saved = m_data->ws().cases().open(m_data->admin, m_window->form()->caseId());
        QCOMPARE(saved.familyNameAr, u"العلوي"_s);
        QCOMPARE(saved.givenNameLat, u"Mohamed"_s);
        QCOMPARE(saved.fatherName, u"أحمد"_s);
        QCOMPARE(saved.sex, u"M"_s);
        QCOMPARE(saved.birthDate, QDate(1980, 5, 17));
        QCOMPARE(saved.cin, u"AB123456"_s);
        QCOMPARE(saved.provinceCode, u"MA-RAB"_s);
        QVERIFY(!m_window->form()->isDirty());
        QVERIFY(child<QLabel>(u"caseTitle"_s)->text().contains(saved.dossierNo));
    }

    void aVariantSpellingInTheOtherScriptFindsTheFileAndEnterOpensIt()
    {
        const CaseFile c = m_data->addCase({}, {}, u"Alaoui"_s, u"Mohamed"_s);
        m_data->addCase(u"بناني"_s, u"سعاد"_s, u"Bennani"_s, u"Souad"_s);
        auto *search = child<QLineEdit>(u"searchBox"_s);
        search->setFocus();
        typeText(search, u"محمد العلوي"_s);
        QTRY_COMPARE(m_window->listModel()->rowCount(), 1);
        QCOMPARE(m_window->listModel()->caseIdAt(0), c.id);
        QTest::keyClick(search, Qt::Key_Return);
        QTRY_VERIFY(formShown());
        QCOMPARE(m_window->form()->caseId(), c.id);
    }

    void anEditIsSavedAndFoundUnderTheNewSpelling()
    {
        const CaseFile c = m_data->addCase(u"العلوي"_s, u"محمد"_s, u"Alaoui"_s, u"Mohamed"_s);
        m_window->openCase(c.id);
        QTRY_VERIFY(formShown());
        auto *family = child<QLineEdit>(u"family_name_lat"_s);
        family->setFocus();
        family->selectAll();
        typeText(family, u"El Ouazzani"_s);
        QVERIFY(m_window->form()->isDirty());
        QVERIFY(m_window->form()->save());
        QTest::keyClick(family, Qt::Key_Escape);
        QTRY_VERIFY(!formShown());
        auto *search = child<QLineEdit>(u"searchBox"_s);
        typeText(search, u"mohammed wazzani"_s);
        QTRY_COMPARE(m_window->listModel()->rowCount(), 1);
        QCOMPARE(m_window->listModel()->caseIdAt(0), c.id);
    }

    void anInvalidCinIsShownInlineAndNothingIsSaved()
    {
        m_window->newCase();
        child<QLineEdit>(u"family_name_lat"_s)->setText(u"Tazi"_s);
        child<QLineEdit>(u"given_name_lat"_s)->setText(u"Ali"_s);
        child<QComboBox>(u"sex"_s)->setCurrentIndex(1);
        child<QLineEdit>(u"birth_date"_s)->setText(u"31/02/1990"_s);
        auto *cin = child<QLineEdit>(u"cin"_s);
        cin->setFocus();
        typeText(cin, u"12-AB"_s);
        QTest::keyClick(cin, Qt::Key_Tab); // a field's problem shows once it is left
        auto *message = child<QLabel>(u"cin_message"_s);
        QTRY_VERIFY(message->isVisible());
        QVERIFY(!message->text().isEmpty());
        QVERIFY(!m_window->form()->save());
        QVERIFY(child<QLabel>(u"birth_date_message"_s)->isVisible());
        QCOMPARE(count(u"SELECT count(*) FROM case_files"_s), 0);
    }

    void aCinAlreadyUsedIsRefusedWithALinkToTheExistingFile()
    {
        CaseFile existing = m_data->addCase(u"التازي"_s, u"علي"_s, u"Tazi"_s, u"Ali"_s);
        existing.cin = u"BK998877"_s;
        existing = m_data->ws().cases().update(m_data->reception, existing, true);
        m_window->newCase();
        child<QLineEdit>(u"family_name_lat"_s)->setText(u"Bennani"_s);
        child<QLineEdit>(u"given_name_lat"_s)->setText(u"Omar"_s);
        auto *cin = child<QLineEdit>(u"cin"_s);
        cin->setFocus();
        typeText(cin, u"bk 998877"_s);
        auto *open = child<QPushButton>(u"openExistingButton"_s);
        QTRY_VERIFY(open->isVisible());
        QVERIFY(child<QLabel>(u"duplicateBanner"_s)->text().contains(existing.dossierNo));
        QVERIFY(!m_window->form()->save());
        QCOMPARE(count(u"SELECT count(*) FROM case_files"_s), 1);
        MessageBox::setNextAnswer(QMessageBox::Discard); // the unsaved new file
        open->click();
        QCOMPARE(m_window->form()->caseId(), existing.id);
    }

    void unsavedChangesAreNotLostByEscape()
    {
        const CaseFile c = m_data->addCase(u"العلوي"_s, u"محمد"_s, u"Alaoui"_s, u"Mohamed"_s);
        m_window->openCase(c.id);
        auto *address = child<QLineEdit>(u"address"_s);
        address->setFocus();
        typeText(address, u"Hay Riad"_s);
        MessageBox::setNextAnswer(QMessageBox::Cancel);
        QTest::keyClick(address, Qt::Key_Escape);
        QVERIFY(formShown());
        QCOMPARE(address->text(), u"Hay Riad"_s);
        MessageBox::setNextAnswer(QMessageBox::Discard);
        QTest::keyClick(address, Qt::Key_Escape);
        QVERIFY(!formShown());
        QCOMPARE(m_data->ws().cases().open(m_data->admin, c.id).address, QString());
    }

    void switchingToArabicMirrorsTheWholeWindowAndTranslatesIt()
    {
        m_window->newCase();
        auto *save = child<QPushButton>(u"saveButton"_s);
        const QString french = save->text();
        AppLanguage::instance().apply(u"ar"_s);
        QCOMPARE(m_window->layoutDirection(), Qt::RightToLeft);
        QCOMPARE(m_window->form()->layoutDirection(), Qt::RightToLeft);
        QTRY_VERIFY(save->text() != french); // LanguageChange is delivered through the event loop
        QVERIFY(save->text().front().script() == QChar::Script_Arabic);
        // Identifiers stay left to right inside the Arabic layout.
        QCOMPARE(child<QLineEdit>(u"cin"_s)->layoutDirection(), Qt::LeftToRight);
        AppLanguage::instance().apply(u"fr"_s);
        QCOMPARE(m_window->layoutDirection(), Qt::LeftToRight);
        QTRY_COMPARE(save->text(), french);
    }

    void theListLoadsAPageAtATimeNotTheWholeDatabase()
    {
        DemoDataLoader::markAsDemoDatabase(m_data->ws().settings());
        DemoDataLoader::load(m_data->ws(), m_data->admin, 5000, 3);
        m_window->listModel()->reload();
        CaseListModel *model = m_window->listModel();
        QCOMPARE(model->rowCount(), CaseListModel::PageSize);
        QVERIFY(model->canFetchMore({}));
        child<QTableView>(u"caseList"_s)->scrollToBottom();
        QTRY_VERIFY(model->rowCount() > CaseListModel::PageSize);
        QVERIFY(model->rowCount() < 5000);
    }
};

QTEST_MAIN(RegistrationUiTest)
#include "test_registration_ui.moc"
