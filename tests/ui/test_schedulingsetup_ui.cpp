// Issue 12's reference data screens (Administration > Scheduling set-up) on real widgets: an
// administrator adds a practitioner and their hours with the keyboard and the slot finder then
// offers those hours; reception does not see the entry and the core refuses it; bad input is
// said in the dialog and saves nothing.
#include "admin/adminmenu.h"
#include "common/applanguage.h"
#include "platform/errors/coreerror.h"
#include "scheduling/appointmentservice.h"
#include "scheduling/closingdayspage.h"
#include "scheduling/practitionerspage.h"
#include "scheduling/professionlabels.h"
#include "scheduling/roomspage.h"
#include "scheduling/schedulingsetupdialog.h"
#include "scheduling/schedulingsetupservice.h"
#include "scheduling/servicespage.h"
#include "scheduling/setuptablemodel.h"
#include "scheduling/workinghourspage.h"
#include "schedulingsetup.h"
#include "workspace/workspace.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;
using namespace jisr;

class SchedulingSetupUiTest : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<UiWorkspace> m_data;
    const QDate m_monday{2026, 4, 6};

    Workspace &ws() { return m_data->ws(); }
    static QWidget *focused() { return QApplication::focusWidget(); }
    template <typename T> static T *child(QWidget *root, const QString &name)
    {
        T *found = root->findChild<T *>(name);
        if (!found)
            qWarning("no widget %s", qPrintable(name));
        return found;
    }
    QString addPsychologist()
    {
        Practitioner p;
        p.nameFr = u"Salma Berrada"_s;
        p.profession = u"psychologist"_s;
        return ws().scheduling().addPractitioner(m_data->admin, p).id;
    }
    // Alt + the underlined letter of a label or tab, in the interface language.
    static void pressMnemonic(QWidget *dialog, const QString &text)
    {
        const qsizetype amp = text.indexOf(u'&');
        QVERIFY2(amp >= 0 && amp + 1 < text.size(), qPrintable(text));
        const QChar letter = text.at(amp + 1).toUpper();
        QTest::keyClick(dialog, Qt::Key(letter.unicode()), Qt::AltModifier);
    }
    static QString labelOf(QWidget *root, const QString &field)
    {
        for (QLabel *label : root->findChildren<QLabel *>())
            if (label->buddy() && label->buddy()->objectName() == field)
                return label->text();
        return {};
    }
    static void showOn(SchedulingSetupDialog &dialog, QWidget *page)
    {
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        dialog.tabs()->setCurrentWidget(page);
    }
    static void type(QWidget *root, const QString &field, const QString &text)
    {
        auto *edit = root->findChild<QLineEdit *>(field);
        QVERIFY(edit);
        edit->setText(text);
    }

private slots:
    void init()
    {
        AppLanguage::instance().apply(u"fr"_s);
        m_data = std::make_unique<UiWorkspace>();
        m_data->clock().set(QDateTime(m_monday, QTime(8, 0), QTimeZone("Africa/Casablanca")));
    }
    void cleanup() { m_data.reset(); }

    void adminAddsAPractitionerAndHoursWithTheKeyboardAndTheSlotFinderOffersThem()
    {
        QWidget window;
        AdminMenu menu(ws(), &window);
        menu.setActor(m_data->admin);
        auto *entry = menu.findChild<QAction *>(u"schedulingSetupAction"_s);
        QVERIFY(entry);
        QVERIFY(entry->isVisible());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        int periods = -1;
        whenModalShows([&](QWidget *dialog) {
            QVERIFY(QTest::qWaitForWindowActive(dialog));
            pressMnemonic(dialog, labelOf(dialog, u"practitionerNameFr"_s));
            QTRY_COMPARE(focused()->objectName(), u"practitionerNameFr"_s);
            typeText(focused(), u"Salma Berrada"_s);
            QTest::keyClick(focused(), Qt::Key_Tab);
            typeText(focused(), u"سلمى برادة"_s);
            QTest::keyClick(focused(), Qt::Key_Tab);
            QCOMPARE(focused()->objectName(), u"practitionerProfession"_s);
            // The profession in words, as the administrator reads it.
            qobject_cast<QComboBox *>(focused())->lineEdit()->selectAll();
            typeText(focused(), ProfessionLabels::profession(u"psychologist"_s));
            QTest::keyClick(focused(), Qt::Key_Tab);
            QTest::keyClick(focused(), Qt::Key_Return);
            auto *page = dialog->findChild<PractitionersPage *>();
            QCOMPARE(page->model()->rowCount(), 1);
            QVERIFY2(page->message().contains(u"Salma Berrada"_s), qPrintable(page->message()));

            auto *tabs = dialog->findChild<QTabWidget *>();
            pressMnemonic(dialog, tabs->tabText(1)); // Hours and absences
            QTRY_COMPARE(tabs->currentIndex(), 1);
            pressMnemonic(dialog, labelOf(dialog, u"hoursWeekday"_s)); // Monday
            QTRY_COMPARE(focused()->objectName(), u"hoursWeekday"_s);
            QTest::keyClick(focused(), Qt::Key_Tab);
            QCOMPARE(focused()->objectName(), u"hoursFrom"_s);
            for (const auto &[from, to] :
                 {std::pair{u"09:00"_s, u"12:00"_s}, {u"14:00"_s, u"17:00"_s}}) {
                QTest::keyClicks(focused(), from);
                QTest::keyClick(focused(), Qt::Key_Tab);
                QTest::keyClicks(focused(), to);
                QTest::keyClick(focused(), Qt::Key_Return);
                QCOMPARE(focused()->objectName(), u"hoursFrom"_s);
            }
            auto *hours = dialog->findChild<WorkingHoursPage *>();
            periods = hours->hours()->rowCount();
            QVERIFY(saveScreenshot(dialog, u"scheduling_setup_hours_fr.png"_s));
            QTest::keyClick(focused(), Qt::Key_Escape);
        });
        entry->trigger();
        QCOMPARE(periods, 2);

        // The slot finder (core) offers the hours just typed, for a service needing her.
        const auto people = ws().scheduling().practitioners(m_data->admin);
        QCOMPARE(people.size(), 1);
        QCOMPARE(people.first().nameAr, u"سلمى برادة"_s);
        QCOMPARE(people.first().profession, u"psychologist"_s);
        Service s;
        s.code = u"psy"_s;
        s.nameFr = u"Entretien psychologique"_s;
        s.minutes = 60;
        s.needs = {ServiceNeed::fromCode(u"psychologist"_s)};
        ws().scheduling().addService(m_data->admin, s);
        SlotQuery q;
        q.caseId = m_data->addCase(u"العلوي"_s, u"محمد"_s, u"Alaoui"_s, u"Mohamed"_s).id;
        q.from = m_monday;
        q.to = m_monday.addDays(6);
        q.limit = 10;
        const QList<SlotOption> found =
            ws().appointments().findSlots(m_data->reception, q, u"psy"_s);
        QVERIFY(!found.isEmpty());
        QCOMPARE(found.first().start.toString(), u"2026-04-06T09:00"_s);
        QCOMPARE(found.first().practitionerIds(), QStringList{people.first().id});
        for (const SlotOption &o : found) {
            QCOMPARE(o.start.date, m_monday); // Monday only
            const bool morning = o.start.minute >= 9 * 60 && o.end.minute <= 12 * 60;
            const bool afternoon = o.start.minute >= 14 * 60 && o.end.minute <= 17 * 60;
            QVERIFY(morning || afternoon);
        }
    }

    void receptionDoesNotSeeTheEntryAndTheCoreRefuses()
    {
        QWidget window;
        AdminMenu menu(ws(), &window);
        menu.setActor(m_data->reception);
        QVERIFY(!menu.findChild<QAction *>(u"schedulingSetupAction"_s)->isVisible());
        Practitioner p;
        p.nameFr = u"Intrus"_s;
        p.profession = u"doctor"_s;
        QVERIFY_THROWS_EXCEPTION(CoreError,
                                 ws().scheduling().addPractitioner(m_data->reception, p));
        Room r;
        r.name = u"Salle"_s;
        QVERIFY_THROWS_EXCEPTION(CoreError, ws().scheduling().addRoom(m_data->reception, r));
        QVERIFY(ws().scheduling().practitioners(m_data->admin).isEmpty());
    }

    void badInputIsSaidInTheDialogAndSavesNothing()
    {
        const QString id = addPsychologist();
        SchedulingSetupDialog dialog(ws(), m_data->admin);
        auto *hours = dialog.hours();
        showOn(dialog, hours);
        auto add = [&](const QString &from, const QString &to, const QString &season = {}) {
            type(hours, u"hoursFrom"_s, from);
            type(hours, u"hoursTo"_s, to);
            type(hours, u"hoursSeasonFrom"_s, season);
            type(hours, u"hoursSeasonTo"_s, season);
            child<QPushButton>(hours, u"hoursAdd"_s)->click();
            return hours->message();
        };
        QCOMPARE(add(u"12:00"_s, u"09:00"_s),
                 SchedulingSetupService::tr("The end of a working period must come after its "
                                            "start."));
        QVERIFY(add(u"9h"_s, u"12:00"_s).contains(u"HH:MM"_s));
        QCOMPARE(add(u"09:00"_s, u"12:00"_s, u"31/02/2026"_s),
                 SetupPage::tr("%1 is not a date: type it as dd/mm/yyyy (for example 06/04/2026).")
                     .arg(WorkingHoursPage::tr("The first day of the season")));
        QCOMPARE(ws().scheduling().workingHours(m_data->admin, id).size(), 0);
        QCOMPARE(hours->hours()->rowCount(), 0);
        add(u"09:00"_s, u"12:00"_s);
        QCOMPARE(add(u"11:00"_s, u"13:00"_s),
                 SchedulingSetupService::tr("This period overlaps another one of the same day."));
        QCOMPARE(ws().scheduling().workingHours(m_data->admin, id).size(), 1);

        type(hours, u"absenceFrom"_s, u"10/04/2026"_s);
        type(hours, u"absenceTo"_s, u"08/04/2026"_s);
        child<QPushButton>(hours, u"absenceAdd"_s)->click();
        QCOMPARE(hours->message(),
                 SchedulingSetupService::tr("The last day comes before the first day."));
        QVERIFY(ws().scheduling().absences(m_data->admin, id).isEmpty());
        type(hours, u"absenceTo"_s, u"17/04/2026"_s);
        type(hours, u"absenceReason"_s, u"Congé annuel"_s);
        child<QPushButton>(hours, u"absenceAdd"_s)->click();
        QCOMPARE(hours->absences()->rowCount(), 1);
        QCOMPARE(hours->absences()->index(0, 2).data().toString(), u"Congé annuel"_s);

        dialog.tabs()->setCurrentWidget(dialog.practitioners());
        child<QPushButton>(dialog.practitioners(), u"practitionerNew"_s)->click();
        child<QPushButton>(dialog.practitioners(), u"practitionerSave"_s)->click();
        QCOMPARE(dialog.practitioners()->message(),
                 SchedulingSetupService::tr("A practitioner needs a name, in French or in "
                                            "Arabic."));
        QCOMPARE(ws().scheduling().practitioners(m_data->admin).size(), 1);

        dialog.tabs()->setCurrentWidget(dialog.rooms());
        child<QPushButton>(dialog.rooms(), u"roomAdd"_s)->click();
        QCOMPARE(dialog.rooms()->message(), SchedulingSetupService::tr("A room needs a name."));
        QVERIFY(ws().scheduling().rooms(m_data->admin).isEmpty());

        dialog.tabs()->setCurrentWidget(dialog.services());
        type(dialog.services(), u"serviceCode"_s, u"psy"_s);
        type(dialog.services(), u"serviceNameFr"_s, u"Entretien"_s);
        child<QPushButton>(dialog.services(), u"serviceAdd"_s)->click();
        QCOMPARE(dialog.services()->message(),
                 SchedulingSetupService::tr("Say which practitioners the service needs."));
        QVERIFY(ws().scheduling().services(m_data->admin).isEmpty());
    }

    void ramadanHoursAreSeasonalAndAMistakenPeriodIsRemoved()
    {
        const QString id = addPsychologist();
        SchedulingSetupDialog dialog(ws(), m_data->admin);
        auto *hours = dialog.hours();
        showOn(dialog, hours);
        type(hours, u"hoursFrom"_s, u"09:00"_s);
        type(hours, u"hoursTo"_s, u"15:00"_s);
        type(hours, u"hoursSeasonFrom"_s, u"18/02/2026"_s);
        type(hours, u"hoursSeasonTo"_s, u"19/03/2026"_s);
        child<QPushButton>(hours, u"hoursAdd"_s)->click();
        const auto periods = ws().scheduling().workingHours(m_data->admin, id);
        QCOMPARE(periods.size(), 1);
        QCOMPARE(periods.first().validFrom, QDate(2026, 2, 18));
        QCOMPARE(periods.first().validTo, QDate(2026, 3, 19));
        QVERIFY(hours->hours()->index(0, 2).data().toString().contains(u"19/03/2026"_s));
        child<QPushButton>(hours, u"hoursRemove"_s)->click(); // nothing selected yet
        QCOMPARE(ws().scheduling().workingHours(m_data->admin, id).size(), 1);
        child<QTableView>(hours, u"hoursList"_s)->setCurrentIndex(hours->hours()->index(0, 0));
        child<QPushButton>(hours, u"hoursRemove"_s)->click();
        QVERIFY(ws().scheduling().workingHours(m_data->admin, id).isEmpty());
        QCOMPARE(hours->hours()->rowCount(), 0);
    }

    void anAdministratorCorrectsAPractitionerInTheForm()
    {
        addPsychologist();
        SchedulingSetupDialog dialog(ws(), m_data->admin);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *page = dialog.practitioners();
        auto *list = child<QTableView>(page, u"practitionerList"_s);
        list->setCurrentIndex(page->model()->index(0, 0));
        QCOMPARE(child<QLineEdit>(page, u"practitionerNameFr"_s)->text(), u"Salma Berrada"_s);
        type(page, u"practitionerNameAr"_s, u"سلمى برادة"_s);
        type(page, u"practitionerLogin"_s, u"social"_s);
        child<QPushButton>(page, u"practitionerSave"_s)->click();
        const auto people = ws().scheduling().practitioners(m_data->admin);
        QCOMPARE(people.size(), 1);
        QCOMPARE(people.first().nameAr, u"سلمى برادة"_s);
        QCOMPARE(people.first().userAccountId, m_data->social.userId);
        QCOMPARE(page->model()->index(0, 3).data().toString(), u"social"_s);
    }

    void closingDaysShowTheNationalHolidaysAndTheEnteredOnes()
    {
        SchedulingSetupDialog dialog(ws(), m_data->admin);
        auto *page = dialog.closings();
        showOn(dialog, page);
        QCOMPARE(page->model()->rowCount(), 10); // the fixed national holidays of 2026
        type(page, u"closingFrom"_s, u"20/03/2026"_s);
        type(page, u"closingTo"_s, u"21/03/2026"_s);
        child<QPushButton>(page, u"closingAdd"_s)->click();
        QCOMPARE(page->message(), SchedulingSetupService::tr("Say why the centre is closed (for "
                                                             "example Eid al-Fitr)."));
        QCOMPARE(page->model()->rowCount(), 10);
        type(page, u"closingReason"_s, u"Aïd al-Fitr"_s);
        child<QPushButton>(page, u"closingAdd"_s)->click();
        QCOMPARE(page->model()->rowCount(), 11);
        QCOMPARE(page->model()->index(3, 1).data().toString(), u"Aïd al-Fitr"_s); // after 14/01
        QCOMPARE(ws().scheduling().closings(m_data->admin).size(), 1);
    }

    void theModelsAreSound()
    {
        SchedulingSetup setup(*m_data);
        SchedulingSetupDialog dialog(ws(), m_data->admin);
        for (QAbstractItemModel *model :
             {static_cast<QAbstractItemModel *>(dialog.practitioners()->model()),
              static_cast<QAbstractItemModel *>(dialog.hours()->hours()),
              static_cast<QAbstractItemModel *>(dialog.hours()->absences()),
              static_cast<QAbstractItemModel *>(dialog.rooms()->model()),
              static_cast<QAbstractItemModel *>(dialog.closings()->model()),
              static_cast<QAbstractItemModel *>(dialog.services()->model())})
            new QAbstractItemModelTester(
                model, QAbstractItemModelTester::FailureReportingMode::QtTest, &dialog);
        dialog.hours()->choosePractitioner(setup.sw);
        QCOMPARE(dialog.hours()->hours()->rowCount(), 10);
        dialog.rooms()->reload();
        dialog.services()->reload();
        QCOMPARE(dialog.services()->model()->rowCount(), 2);
        QCOMPARE(dialog.practitioners()->model()->index(0, 2).data().toString(),
                 ProfessionLabels::need(u"doctor:pmr"_s));
    }

    void screenshotsInBothLanguages()
    {
        for (const QString &language : {u"fr"_s, u"ar"_s}) {
            AppLanguage::instance().apply(language);
            m_data = std::make_unique<UiWorkspace>();
            m_data->clock().set(QDateTime(m_monday, QTime(8, 0), QTimeZone("Africa/Casablanca")));
            SchedulingSetup setup(*m_data);
            ws().scheduling().addAbsence(
                m_data->admin, {{}, setup.sw, QDate(2026, 4, 20), QDate(2026, 4, 24), u"Congé"_s});
            SchedulingSetupDialog dialog(ws(), m_data->admin);
            dialog.show();
            QVERIFY(QTest::qWaitForWindowExposed(&dialog));
            QVERIFY(
                saveScreenshot(&dialog, u"scheduling_setup_practitioners_%1.png"_s.arg(language)));
            dialog.tabs()->setCurrentWidget(dialog.hours());
            dialog.hours()->choosePractitioner(setup.sw);
            type(dialog.hours(), u"hoursFrom"_s, u"12:00"_s);
            type(dialog.hours(), u"hoursTo"_s, u"09:00"_s);
            child<QPushButton>(dialog.hours(), u"hoursAdd"_s)->click();
            QVERIFY(saveScreenshot(&dialog, u"scheduling_setup_hours_%1.png"_s.arg(language)));
            dialog.tabs()->setCurrentWidget(dialog.closings());
            QVERIFY(saveScreenshot(&dialog, u"scheduling_setup_closings_%1.png"_s.arg(language)));
            dialog.tabs()->setCurrentWidget(dialog.services());
            QVERIFY(saveScreenshot(&dialog, u"scheduling_setup_services_%1.png"_s.arg(language)));
        }
        AppLanguage::instance().apply(u"fr"_s);
    }
};

QTEST_MAIN(SchedulingSetupUiTest)
#include "test_schedulingsetup_ui.moc"
