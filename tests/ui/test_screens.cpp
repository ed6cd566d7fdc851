// Screenshots of the main screens in French and Arabic (for README and for a person to look at),
// with the checks a screenshot alone cannot make: direction, and no text cut by its widget.
#include "admin/centredetailsdialog.h"
#include "cases/casefileservice.h"
#include "cases/caseformwidget.h"
#include "cases/casenoteservice.h"
#include "centre/settingsservice.h"
#include "common/applanguage.h"
#include "common/messagebox.h"
#include "demo/demodataloader.h"
#include "shell/logindialog.h"
#include "shell/mainwindow.h"
#include "uiworkspace.h"

#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTest>

using namespace Qt::StringLiterals;

using namespace jisr;

class ScreensTest : public QObject
{
    Q_OBJECT

private:
    QString m_dir;

    void save(QWidget *w, const QString &name)
    {
        const QImage image = w->grab().toImage();
        QVERIFY(!image.isNull());
        if (!m_dir.isEmpty())
            QVERIFY(image.save(m_dir + u'/' + name + u".png"_s));
    }

    // A button or label whose text does not fit is cut off in one of the languages.
    static void expectTextsFit(QWidget *root)
    {
        for (QPushButton *b : root->findChildren<QPushButton *>()) {
            if (!b->isVisibleTo(root) || b->text().isEmpty())
                continue;
            const int needed = b->fontMetrics().horizontalAdvance(QString(b->text()).remove(u'&'));
            QVERIFY2(b->width() >= needed, qPrintable(b->text()));
        }
    }

private slots:
    void initTestCase()
    {
        m_dir = qEnvironmentVariable("JISR_SCREENSHOT_DIR");
        if (!m_dir.isEmpty())
            QDir().mkpath(m_dir);
    }

    void mainScreensInBothLanguages_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("fr") << u"fr"_s;
        QTest::newRow("ar") << u"ar"_s;
    }

    void mainScreensInBothLanguages()
    {
        QFETCH(QString, language);
        AppLanguage::instance().apply(language);
        UiWorkspace data;
        DemoDataLoader::markAsDemoDatabase(data.ws().settings());
        DemoDataLoader::load(data.ws(), data.admin, 60, 7);
        const CaseFile c = data.addCase(u"العلوي"_s, u"محمد"_s, u"Alaoui"_s, u"Mohamed"_s);

        LoginDialog login(data.ws());
        login.resize(420, 260);
        login.show();
        QVERIFY(QTest::qWaitForWindowExposed(&login));
        save(&login, u"login-"_s + language);

        MainWindow window(data.ws(), data.admin);
        window.resize(1180, 720);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const Qt::LayoutDirection expected =
            language == u"ar"_s ? Qt::RightToLeft : Qt::LeftToRight;
        QCOMPARE(window.layoutDirection(), expected);
        auto *search = window.findChild<QLineEdit *>(u"searchBox"_s);
        typeText(search, language == u"ar"_s ? u"محمد"_s : u"moh"_s);
        QTest::qWait(400);
        save(&window, u"main-"_s + language);
        expectTextsFit(&window);

        window.openCase(c.id);
        QTest::qWait(100);
        save(&window, u"form-"_s + language);
        expectTextsFit(window.form());

        // A refused registration: the count above the form, each problem under its field.
        window.newCase();
        window.findChild<QLineEdit *>(u"family_name_lat"_s)->setText(u"Tazi"_s);
        window.findChild<QLineEdit *>(u"birth_date"_s)->setText(u"31/02/1990"_s);
        QVERIFY(!window.form()->save());
        QTest::qWait(50);
        save(&window, u"form-errors-"_s + language);
        expectTextsFit(window.form());
        MessageBox::setNextAnswer(QMessageBox::Discard);
        window.showSearch();

        window.lock();
        save(&window, u"locked-"_s + language);

        // The doctor's identity: read only, and saying so.
        window.switchTo(data.doctor);
        window.openCase(c.id);
        QTest::qWait(50);
        save(&window, u"form-doctor-"_s + language);
        expectTextsFit(window.form());
    }

    void caseTabsInBothLanguages_data() { mainScreensInBothLanguages_data(); }

    // Each tab beside a case file, as the role that uses it sees it.
    void caseTabsInBothLanguages()
    {
        QFETCH(QString, language);
        AppLanguage::instance().apply(language);
        UiWorkspace data;
        const CaseFile c = data.addCase(u"العلوي"_s, u"محمد"_s, u"Alaoui"_s, u"Mohamed"_s);
        data.ws().notes().add(data.doctor, c.id, CaseNote::Kind::Medical, u"diagnosis"_s,
                              u"Hémiplégie droite, rééducation deux fois par semaine"_s);
        data.ws().notes().add(data.social, c.id, CaseNote::Kind::Social, u"family"_s,
                              u"يعيش مع والدته، الأسرة مسجلة في السجل الاجتماعي الموحد"_s);
        CaseFile edited = data.ws().cases().open(data.reception, c.id);
        edited.address = u"12, rue Al Qods"_s;
        data.ws().cases().update(data.reception, edited, true);
        const struct
        {
            Actor actor;
            QStringList tabs;
        } roles[] = {
            {data.admin,
             {u"documentsTab"_s, u"historyTab"_s, u"medicalNotesTab"_s, u"whoOpenedTab"_s}},
            {data.doctor, {u"medicalNotesTab"_s}},
            {data.social, {u"socialNotesTab"_s}},
        };
        for (const auto &role : roles) {
            MainWindow window(data.ws(), role.actor);
            window.resize(1180, 720);
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            window.openCase(c.id);
            for (const QString &tab : role.tabs) {
                QVERIFY2(showTabHolding(&window, tab), qPrintable(tab));
                QTest::qWait(50);
                save(&window, tab + u'-' + role.actor.login + u'-' + language);
                expectTextsFit(window.form());
            }
        }
    }

    void centreDetailsInBothLanguages_data() { mainScreensInBothLanguages_data(); }

    void centreDetailsInBothLanguages()
    {
        QFETCH(QString, language);
        AppLanguage::instance().apply(language);
        UiWorkspace data;
        data.ws().centreSettings().setCentreIdentity(
            data.admin, {u"Centre médico-social de Rabat"_s, u"المركز الطبي الاجتماعي بالرباط"_s,
                         u"Avenue Mohammed V, Rabat"_s, u"05 37 00 00 00"_s});
        CentreDetailsDialog dialog(data.ws(), data.admin);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QCOMPARE(dialog.layoutDirection(), language == u"ar"_s ? Qt::RightToLeft : Qt::LeftToRight);
        save(&dialog, u"centre-details-"_s + language);
        expectTextsFit(&dialog);
    }
};

QTEST_MAIN(ScreensTest)
#include "test_screens.moc"
