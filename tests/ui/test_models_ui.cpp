// Every item model of the interface keeps Qt's model contract (QAbstractItemModelTester) while
// it is filled, paged, searched, emptied, re-labelled and read again.
#include "admin/auditlogdialog.h"
#include "admin/useradmindialog.h"
#include "cases/casefileservice.h"
#include "cases/caseimportdialog.h"
#include "cases/caselistmodel.h"
#include "cases/casemediaservice.h"
#include "cases/casenoteservice.h"
#include "common/applanguage.h"
#include "demo/demodataloader.h"
#include "shell/mainwindow.h"
#include "uiworkspace.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QFile>
#include <QImage>
#include <QPushButton>
#include <QStandardItemModel>
#include <QTableView>
#include <QTest>

using namespace Qt::StringLiterals;

using namespace jisr;

namespace {

using Tester = QAbstractItemModelTester;
constexpr auto QtTestReporting = QAbstractItemModelTester::FailureReportingMode::QtTest;

QPushButton *buttonNamed(QWidget *root, const char *context, const char *text)
{
    const QString wanted = QCoreApplication::translate(context, text);
    for (QPushButton *b : root->findChildren<QPushButton *>())
        if (b->text() == wanted)
            return b;
    return nullptr;
}

} // namespace

class ModelsUiTest : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<UiWorkspace> m_data;

private slots:
    void init()
    {
        AppLanguage::instance().apply(u"fr"_s);
        m_data = std::make_unique<UiWorkspace>();
    }
    void cleanup() { m_data.reset(); }

    void theCaseListPagesSearchesAndEmpties()
    {
        DemoDataLoader::markAsDemoDatabase(m_data->ws().settings());
        DemoDataLoader::load(m_data->ws(), m_data->admin, 2 * CaseListModel::PageSize + 50, 11);
        CaseListModel model(m_data->ws().cases());
        Tester tester(&model, QtTestReporting);
        // The test pages through the list itself. The tester would fetch the next page from
        // inside its own handler of modelReset, before it records that the reset is over, and
        // then report the rows it made the model insert as inserted during the reset.
        tester.setUseFetchMore(false);
        model.setActor(m_data->admin);
        QCOMPARE(model.rowCount(), CaseListModel::PageSize);
        while (model.canFetchMore({}))
            model.fetchMore({});
        QCOMPARE(model.rowCount(), 2 * CaseListModel::PageSize + 50);
        model.fetchMore({}); // at the end: nothing happens
        const CaseFile c = m_data->addCase(u"العلوي"_s, u"محمد"_s, u"Alaoui"_s, u"Mohamed"_s);
        QCOMPARE(model.rowCount(), CaseListModel::PageSize); // created: read again from the top
        QCOMPARE(model.caseIdAt(0), c.id);
        model.setSearchText(u"محمد العلوي"_s);
        QVERIFY(model.rowCount() >= 1);
        QVERIFY(!model.canFetchMore({})); // results are ranked, not paged
        model.retranslate();
        model.reload();
        model.clear();
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(model.searchText().isEmpty());
        model.setActor(Actor()); // nobody: nothing to show
        QCOMPARE(model.rowCount(), 0);
    }

    void theCaseListUnderItsView()
    {
        DemoDataLoader::markAsDemoDatabase(m_data->ws().settings());
        DemoDataLoader::load(m_data->ws(), m_data->admin, CaseListModel::PageSize + 20, 12);
        MainWindow window(m_data->ws(), m_data->admin);
        Tester tester(window.listModel(), QtTestReporting);
        tester.setUseFetchMore(false); // the view fetches, as it scrolls
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.findChild<QTableView *>(u"caseList"_s)->scrollToBottom();
        QTRY_COMPARE(window.listModel()->rowCount(), CaseListModel::PageSize + 20);
        typeText(window.findChild<QWidget *>(u"searchBox"_s), u"a"_s);
        QTRY_VERIFY(!window.listModel()->searchText().isEmpty());
        window.lock();
        QCOMPARE(window.listModel()->rowCount(), 0);
        QVERIFY(window.unlock(UiWorkspace::password));
        QVERIFY(window.listModel()->rowCount() > 0);
    }

    // The tables beside a case file: filled when shown, re-labelled on a change of language,
    // read again when their data changes, emptied for another file.
    void theCaseTabsModels()
    {
        const CaseFile c = m_data->addCase(u"العلوي"_s, u"محمد"_s, u"Alaoui"_s, u"Mohamed"_s);
        m_data->ws().notes().add(m_data->doctor, c.id, CaseNote::Kind::Medical, u"diagnosis"_s,
                                 u"Hémiplégie droite"_s);
        m_data->ws().notes().add(m_data->social, c.id, CaseNote::Kind::Social, u"family"_s,
                                 u"Visite à domicile"_s);
        const QString scan = m_data->filePath(u"cin.png"_s);
        QImage(40, 30, QImage::Format_RGB32).save(scan);
        m_data->ws().media().addDocument(m_data->reception, c.id, scan,
                                         CaseMediaService::documentTypes().first(), u"CIN"_s,
                                         QDate::currentDate());
        const struct
        {
            Actor actor;
            QStringList views;
        } roles[] = {
            {m_data->admin, {u"documentsView"_s, u"historyView"_s, u"whoOpenedView"_s}},
            {m_data->doctor, {u"medicalNotesView"_s}},
            {m_data->social, {u"socialNotesView"_s}},
        };
        for (const auto &role : roles) {
            MainWindow window(m_data->ws(), role.actor);
            std::vector<std::unique_ptr<Tester>> testers;
            for (const QString &name : role.views) {
                auto *view = window.findChild<QTableView *>(name);
                QVERIFY2(view, qPrintable(name));
                testers.push_back(std::make_unique<Tester>(view->model(), QtTestReporting));
            }
            window.show();
            window.openCase(c.id);
            for (const QString &name : role.views) {
                QVERIFY2(showTabHolding(&window, name), qPrintable(name));
                QVERIFY2(window.findChild<QTableView *>(name)->model()->rowCount() > 0,
                         qPrintable(name));
                AppLanguage::instance().apply(u"ar"_s);
                QCoreApplication::processEvents();
                AppLanguage::instance().apply(u"fr"_s);
                QCoreApplication::processEvents();
            }
            CaseFile edited = m_data->ws().cases().open(
                role.actor.can(Capability::EditIdentity) ? role.actor : m_data->reception, c.id);
            edited.commune = u"Agdal"_s + role.actor.login;
            m_data->ws().cases().update(m_data->reception, edited, true);
            window.openCase(m_data->addCase({}, {}, u"Tazi"_s, u"Ali"_s).id);
        }
    }

    void theDialogsModels()
    {
        AuditLogDialog audit(m_data->ws(), m_data->admin);
        Tester auditTester(audit.findChild<QTableView *>()->model(), QtTestReporting);
        QPushButton *filter = buttonNamed(&audit, "jisr::AuditLogDialog", "Filter");
        QVERIFY(filter);
        filter->click();
        QVERIFY(audit.findChild<QTableView *>()->model()->rowCount() > 0);

        UserAdminDialog users(m_data->ws(), m_data->admin);
        auto *usersView = users.findChild<QTableView *>();
        Tester usersTester(usersView->model(), QtTestReporting);
        for (int r = 0; r < usersView->model()->rowCount(); ++r)
            if (usersView->model()->index(r, 0).data() == m_data->doctor.login)
                usersView->selectRow(r);
        QPushButton *toggle = buttonNamed(&users, "jisr::UserAdminDialog", "Disable / enable");
        QVERIFY(toggle);
        toggle->click();
        toggle->click();
        QCOMPARE(usersView->model()->rowCount(), 4);

        const QString path = m_data->filePath(u"bad.csv"_s);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("family_name_lat;given_name_lat;sex;birth_date\r\nTazi;Ali;M;31/02/1975\r\n");
        file.close();
        CaseImportDialog import(m_data->ws(), m_data->admin, path);
        Tester importTester(import.problems(), QtTestReporting);
        QCOMPARE(import.problems()->rowCount(), 1);
        import.encodingBox()->setCurrentIndex(import.encodingBox()->findData(u"windows-1252"_s));
        QCOMPARE(import.problems()->rowCount(), 1);
    }
};

QTEST_MAIN(ModelsUiTest)
#include "test_models_ui.moc"
