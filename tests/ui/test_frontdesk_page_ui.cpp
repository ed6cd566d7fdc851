// The front desk page and the booking dialog on real widgets, driven by the keyboard: arrivals
// in time order and Enter checks in, the waiting time follows the ManualClock, type-to-filter,
// walk-ins, cancellations, no-shows and their undoing, each role's own day and permissions;
// booking with Enter, a time taken meanwhile, bad input. Screenshots in both languages.
#include "cases/casefileservice.h"
#include "common/applanguage.h"
#include "platform/db/database.h"
#include "platform/db/sqlquery.h"
#include "scheduling/appointmentlabels.h"
#include "scheduling/appointmentservice.h"
#include "scheduling/bookingdialog.h"
#include "scheduling/frontdeskfiltermodel.h"
#include "scheduling/frontdeskmodel.h"
#include "scheduling/frontdeskpage.h"
#include "scheduling/slotoptionsmodel.h"
#include "schedulingsetup.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace jisr;

namespace {

// A text as the interface shows it in the current language (the tests run in French).
QString shown(const char *context, const char *source)
{
    return QCoreApplication::translate(context, source);
}

// The part of a translated message before its first argument.
QString lead(const char *context, const char *source)
{
    return shown(context, source).section(u"%1"_s, 0, 0);
}

} // namespace

class FrontDeskPageUiTest : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<UiWorkspace> m_data;
    std::unique_ptr<SchedulingSetup> m_setup;
    std::unique_ptr<FrontDeskPage> m_page;
    std::vector<std::unique_ptr<QAbstractItemModelTester>> m_testers;

    Appointment book(const CaseFile &who, const QString &time)
    {
        return m_data->ws().appointments().book(
            m_data->reception,
            {who.id, u"joint_initial"_s, LocalTime::fromString(u"2026-04-06T"_s + time), {}, {}});
    }
    FrontDeskPage *openPage(const Actor &actor)
    {
        m_page = std::make_unique<FrontDeskPage>(m_data->ws());
        m_page->setTickInterval(20);
        m_page->resize(1180, 700);
        m_page->setActor(actor);
        m_page->show();
        m_page->activateWindow();
        if (!QTest::qWaitForWindowActive(m_page.get()))
            qWarning("the front desk page did not become active");
        m_page->focusArrivals();
        m_testers.clear();
        for (QAbstractItemModel *m : std::initializer_list<QAbstractItemModel *>{
                 m_page->model(), m_page->list(FrontDeskPage::Expected),
                 m_page->list(FrontDeskPage::Waiting), m_page->list(FrontDeskPage::Missed)})
            m_testers.push_back(std::make_unique<QAbstractItemModelTester>(
                m, QAbstractItemModelTester::FailureReportingMode::QtTest));
        return m_page.get();
    }
    QTableView *table(const QString &name) { return m_page->findChild<QTableView *>(name); }
    QString cell(FrontDeskPage::List list, int row, int column)
    {
        return m_page->list(list)->index(row, column).data().toString();
    }
    int rows(FrontDeskPage::List list) { return m_page->list(list)->rowCount(); }
    QString message() { return m_page->findChild<QLabel *>(u"frontDeskMessage"_s)->text(); }
    void key(const QString &list, int k, Qt::KeyboardModifiers mods = Qt::NoModifier)
    {
        // After a dialog, the page is the active window again, as the window manager makes it.
        m_page->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_page.get()));
        QTableView *t = table(list);
        t->setFocus();
        QTest::keyClick(t, Qt::Key(k), mods);
    }
    QString statusOf(const QString &id)
    {
        return appointmentStatusCode(m_data->ws().appointments().get(m_data->admin, id).status);
    }

private slots:
    void init()
    {
        AppLanguage::instance().apply(u"fr"_s);
        m_data = std::make_unique<UiWorkspace>();
        m_setup = std::make_unique<SchedulingSetup>(*m_data);
    }
    void cleanup()
    {
        m_testers.clear();
        m_page.reset();
        m_setup.reset();
        m_data.reset();
        AppLanguage::instance().apply(u"fr"_s);
    }

    void arrivalsInTimeOrderEnterChecksInAndTheWaitGrowsWithTheClock()
    {
        const Appointment later = book(m_setup->bennani, u"10:00"_s);
        const Appointment first = book(m_setup->alaoui, u"09:00"_s);
        openPage(m_data->reception);
        QCOMPARE(rows(FrontDeskPage::Expected), 2);
        QVERIFY(cell(FrontDeskPage::Expected, 0, FrontDeskModel::Time).contains(u"09:00"_s));
        QCOMPARE(cell(FrontDeskPage::Expected, 0, FrontDeskModel::Person), u"Mohamed Alaoui"_s);
        QVERIFY(cell(FrontDeskPage::Expected, 0, FrontDeskModel::Dossier)
                    .contains(m_setup->alaoui.dossierNo));
        QCOMPARE(cell(FrontDeskPage::Expected, 0, FrontDeskModel::Practitioners),
                 u"Dr Youssef Alaoui"_s + shown("CodeLabels", ", ") + u"Nadia Tazi"_s);
        QCOMPARE(cell(FrontDeskPage::Expected, 0, FrontDeskModel::Room), u"Salle 1 (RDC)"_s);
        QCOMPARE(QApplication::focusWidget(), table(u"expectedList"_s));
        // One key: the first row is current, Enter checks Mohamed Alaoui in.
        QTest::keyClick(table(u"expectedList"_s), Qt::Key_Return);
        QCOMPARE(statusOf(first.id), u"arrived"_s);
        QCOMPARE(rows(FrontDeskPage::Expected), 1);
        QCOMPARE(rows(FrontDeskPage::Waiting), 1);
        QVERIFY(message().contains(u"Mohamed Alaoui"_s));
        // The next person is current at once, for the next Enter.
        QCOMPARE(table(u"expectedList"_s)->currentIndex().row(), 0);
        QCOMPARE(cell(FrontDeskPage::Waiting, 0, FrontDeskModel::Waited),
                 AppointmentLabels::duration(0));
        m_data->clock().advanceSeconds(12 * 60);
        QTRY_COMPARE(cell(FrontDeskPage::Waiting, 0, FrontDeskModel::Waited),
                     AppointmentLabels::duration(12 * 60));
        m_data->clock().advanceSeconds(3 * 60);
        QTest::keyClick(table(u"expectedList"_s), Qt::Key_Return);
        QCOMPARE(statusOf(later.id), u"arrived"_s);
        m_data->clock().advanceSeconds(60 * 60);
        // Longest wait first, and said above the lists.
        QTRY_COMPARE(cell(FrontDeskPage::Waiting, 0, FrontDeskModel::Waited),
                     AppointmentLabels::duration(75 * 60));
        QCOMPARE(cell(FrontDeskPage::Waiting, 1, FrontDeskModel::Waited),
                 AppointmentLabels::duration(60 * 60));
        QTRY_VERIFY(m_page->findChild<QLabel *>(u"longestWait"_s)
                        ->text()
                        .contains(AppointmentLabels::duration(75 * 60)));
    }

    void lettersTypedInAListFilterEveryListByNameOrDossier()
    {
        book(m_setup->alaoui, u"09:00"_s);
        book(m_setup->bennani, u"10:00"_s);
        openPage(m_data->reception);
        QTest::keyClicks(table(u"expectedList"_s), u"benn"_s);
        QCOMPARE(m_page->findChild<QLineEdit *>(u"frontDeskFilter"_s)->text(), u"benn"_s);
        QCOMPARE(rows(FrontDeskPage::Expected), 1);
        QCOMPARE(cell(FrontDeskPage::Expected, 0, FrontDeskModel::Person), u"Souad Bennani"_s);
        QCOMPARE(QApplication::focusWidget(), table(u"expectedList"_s));
        QTest::keyClick(table(u"expectedList"_s), Qt::Key_Escape);
        QCOMPARE(rows(FrontDeskPage::Expected), 2);
        // The dossier number's sequence, and Arabic letters typed in French.
        QTest::keyClicks(table(u"expectedList"_s), m_setup->bennani.dossierNo.right(4));
        QCOMPARE(rows(FrontDeskPage::Expected), 1);
        QTest::keyClick(table(u"expectedList"_s), Qt::Key_Escape);
        typeText(table(u"expectedList"_s), u"العلوي"_s);
        QCOMPARE(rows(FrontDeskPage::Expected), 1);
        QCOMPARE(cell(FrontDeskPage::Expected, 0, FrontDeskModel::Person), u"Mohamed Alaoui"_s);
    }

    void f4QueuesAWalkInAndDeleteCancelsWithAReason()
    {
        const Appointment a = book(m_setup->alaoui, u"09:00"_s);
        openPage(m_data->reception);
        whenModalShows([](QWidget *dialog) {
            QCOMPARE(dialog->objectName(), u"walkInDialog"_s);
            typeText(QApplication::focusWidget(), u"Bennani"_s);
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        });
        key(u"expectedList"_s, Qt::Key_F4);
        QCOMPARE(rows(FrontDeskPage::Waiting), 1);
        QCOMPARE(cell(FrontDeskPage::Waiting, 0, FrontDeskModel::Person), u"Souad Bennani"_s);
        QCOMPARE(cell(FrontDeskPage::Waiting, 0, FrontDeskModel::Practitioners),
                 shown("jisr::FrontDeskModel", "First available"));
        QVERIFY(message().contains(u"Souad Bennani"_s));
        // Cancelling needs a reason; Enter confirms.
        whenModalShows([](QWidget *dialog) {
            QCOMPARE(dialog->objectName(), u"cancelAppointmentDialog"_s);
            typeText(QApplication::focusWidget(), u"Transport"_s);
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        });
        key(u"expectedList"_s, Qt::Key_Delete);
        QCOMPARE(statusOf(a.id), u"cancelled"_s);
        QCOMPARE(rows(FrontDeskPage::Missed), 1);
        QCOMPARE(cell(FrontDeskPage::Missed, 0, FrontDeskModel::Status),
                 shown("jisr::FrontDeskModel", "Cancelled: %1").arg(u"Transport"_s));
        // Esc in the dialog keeps the appointment.
        whenModalShows(
            [](QWidget *) { QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape); });
        key(u"waitingList"_s, Qt::Key_Delete);
        QCOMPARE(rows(FrontDeskPage::Waiting), 1);
    }

    void eachPractitionerMarksTheirOwnConsultationsReceptionCannot()
    {
        const Appointment a = book(m_setup->alaoui, u"09:00"_s);
        m_data->ws().appointments().checkIn(m_data->reception, a.id);
        openPage(m_data->reception);
        key(u"waitingList"_s, Qt::Key_Return);
        QCOMPARE(statusOf(a.id), u"arrived"_s);
        QCOMPARE(message(), shown("jisr::FrontDeskPage",
                                  "The practitioner marks the start of the consultation."));
        QVERIFY(m_page->findChild<QAction *>(u"walkInAction"_s)->isVisible());

        openPage(m_data->doctor);
        QVERIFY(m_page->findChild<QLabel *>(u"frontDeskTitle"_s)
                    ->text()
                    .startsWith(lead("jisr::FrontDeskPage", "My day — %1")));
        QVERIFY(!m_page->findChild<QAction *>(u"walkInAction"_s)->isVisible());
        QVERIFY(!m_page->findChild<QAction *>(u"noShowAction"_s)->isVisible());
        QCOMPARE(QApplication::focusWidget(), table(u"waitingList"_s));
        QTest::keyClick(table(u"waitingList"_s), Qt::Key_Return);
        QCOMPARE(statusOf(a.id), u"in_consultation"_s);
        QCOMPARE(rows(FrontDeskPage::Consulting), 1);
        key(u"consultationList"_s, Qt::Key_Return);
        QCOMPARE(statusOf(a.id), u"done"_s);
        QCOMPARE(rows(FrontDeskPage::Finished), 1);
        // The doctor does not check in; the page says so and the core refuses anyway.
        book(m_setup->bennani, u"10:00"_s);
        key(u"expectedList"_s, Qt::Key_Return);
        QCOMPARE(rows(FrontDeskPage::Expected), 1);
    }

    void aNoShowOnceTheDayIsOverAndAnAdministratorUndoesIt()
    {
        const Appointment a = book(m_setup->alaoui, u"09:00"_s);
        openPage(m_data->reception);
        key(u"expectedList"_s, Qt::Key_F8);
        QCOMPARE(statusOf(a.id), u"scheduled"_s);
        QCOMPARE(message(), shown("jisr::AppointmentService",
                                  "A no-show is recorded once the appointment's day is over."));
        m_data->clock().advanceDays(1);
        // Left on "today", the page turns to the new day by itself.
        QTRY_COMPARE(m_page->model()->day(), SchedulingSetup::Day.addDays(1));
        QCOMPARE(rows(FrontDeskPage::Expected), 0);
        key(u"expectedList"_s, Qt::Key_PageUp, Qt::ControlModifier);
        QCOMPARE(m_page->model()->day(), SchedulingSetup::Day);
        key(u"expectedList"_s, Qt::Key_F8);
        QCOMPARE(statusOf(a.id), u"no_show"_s);
        QCOMPARE(rows(FrontDeskPage::Missed), 1);
        QCOMPARE(cell(FrontDeskPage::Missed, 0, FrontDeskModel::Status),
                 AppointmentLabels::status(AppointmentStatus::NoShow));
        key(u"missedList"_s, Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(statusOf(a.id), u"no_show"_s); // reception does not undo a no-show

        openPage(m_data->admin);
        key(u"expectedList"_s, Qt::Key_PageUp, Qt::ControlModifier);
        key(u"missedList"_s, Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(statusOf(a.id), u"scheduled"_s);
        QCOMPARE(rows(FrontDeskPage::Expected), 1);
    }

    void frontDeskScreenshotsInFrenchAndArabic()
    {
        for (const QString &lang : {u"fr"_s, u"ar"_s}) {
            cleanup();
            init();
            AppLanguage::instance().apply(lang);
            const Appointment a = book(m_setup->alaoui, u"09:00"_s);
            book(m_setup->bennani, u"10:00"_s);
            m_data->ws().appointments().checkIn(m_data->reception, a.id);
            m_data->clock().advanceSeconds(25 * 60);
            openPage(m_data->reception);
            QCOMPARE(m_page->layoutDirection(),
                     lang == u"ar"_s ? Qt::RightToLeft : Qt::LeftToRight);
            if (lang == u"ar"_s)
                QCOMPARE(cell(FrontDeskPage::Expected, 0, FrontDeskModel::Person), u"سعاد بناني"_s);
            QTRY_VERIFY(cell(FrontDeskPage::Waiting, 0, FrontDeskModel::Waited).contains(u"25"_s));
            QVERIFY(saveScreenshot(m_page.get(), u"frontdesk-%1.png"_s.arg(lang)));
        }
    }

    void enterBooksTheSelectedTimeAndTheDialogSaysWhat()
    {
        BookingDialog dialog(m_data->ws(), m_data->reception, m_setup->alaoui.id,
                             u"Mohamed Alaoui"_s);
        QAbstractItemModelTester tester(dialog.options(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QCOMPARE(dialog.options()->rowCount(), BookingDialog::OptionCount);
        QCOMPARE(dialog.options()->index(0, SlotOptionsModel::Day).data().toString(),
                 u"lundi 6 avril 2026"_s);
        QCOMPARE(dialog.options()->index(0, SlotOptionsModel::Time).data().toString(),
                 u"09:00 – 09:45"_s);
        QCOMPARE(dialog.options()->index(0, SlotOptionsModel::Practitioners).data().toString(),
                 u"Dr Youssef Alaoui"_s + shown("CodeLabels", ", ") + u"Nadia Tazi"_s);
        // Afternoon only: the first option moves to 14:00.
        auto *dayPart = dialog.findChild<QWidget *>(u"bookingDayPart"_s);
        dayPart->setFocus();
        QTest::keyClick(dayPart, Qt::Key_Down);
        QTest::keyClick(dayPart, Qt::Key_Down);
        QCOMPARE(dialog.options()->index(0, 0).data(SlotOptionsModel::StartRole).toString(),
                 u"2026-04-06T14:00"_s);
        QTest::keyClick(dayPart, Qt::Key_Return);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(dialog.booked().start.toString(), u"2026-04-06T14:00"_s);
        QVERIFY(dialog.summary().contains(u"lundi 6 avril 2026"_s));
        QVERIFY(dialog.summary().contains(u"Salle 1 (RDC)"_s));
        QCOMPARE(m_data->ws().appointments().day(m_data->reception, SchedulingSetup::Day).size(),
                 1);
    }

    void aTimeTakenMeanwhileIsRefusedWithTheFreshOptionsReadyForEnter()
    {
        BookingDialog dialog(m_data->ws(), m_data->reception, m_setup->alaoui.id,
                             u"Mohamed Alaoui"_s);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        // Another workstation books 09:00 for someone else while the dialog is open.
        book(m_setup->bennani, u"09:00"_s);
        QTest::keyClick(dialog.findChild<QWidget *>(u"bookingService"_s), Qt::Key_Return);
        QVERIFY(dialog.isVisible());
        QVERIFY(
            dialog.findChild<QLabel *>(u"bookingMessage"_s)
                ->text()
                .startsWith(lead("jisr::AppointmentService", "This time cannot be booked: %1")));
        QCOMPARE(QApplication::focusWidget(), dialog.findChild<QTableView *>(u"bookingOptions"_s));
        QCOMPARE(dialog.findChild<QTableView *>(u"bookingOptions"_s)->currentIndex().row(), 0);
        QCOMPARE(dialog.options()->index(0, 0).data(SlotOptionsModel::StartRole).toString(),
                 u"2026-04-06T09:45"_s);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(dialog.booked().start.toString(), u"2026-04-06T09:45"_s);
    }

    void badInputIsSaidInTheDialogAndNothingIsBooked()
    {
        auto dialog = std::make_unique<BookingDialog>(m_data->ws(), m_data->reception,
                                                      m_setup->alaoui.id, u"Mohamed Alaoui"_s);
        dialog->show();
        auto *from = dialog->findChild<QLineEdit *>(u"bookingFrom"_s);
        auto *to = dialog->findChild<QLineEdit *>(u"bookingTo"_s);
        auto *said = dialog->findChild<QLabel *>(u"bookingMessage"_s);
        from->selectAll();
        QTest::keyClicks(from, u"31/02/2026"_s);
        QCOMPARE(said->text(),
                 shown("jisr::BookingDialog",
                       "%1 is not a date: type it as dd/mm/yyyy (for example %2).")
                     .arg(shown("jisr::BookingDialog", "The first day"), u"06/04/2026"_s));
        QCOMPARE(dialog->options()->rowCount(), 0);
        QTest::keyClick(from, Qt::Key_Return);
        QVERIFY(dialog->isVisible());
        from->selectAll();
        QTest::keyClicks(from, u"10/04/2026"_s);
        QTest::keyClicks(to, u"01/04/2026"_s);
        QCOMPARE(said->text(), shown("jisr::AppointmentService",
                                     "The end of the search comes before its start."));
        to->clear();
        // A profession nobody has.
        QTest::keyClicks(dialog->findChild<QWidget *>(u"bookingService"_s), u"O"_s);
        QVERIFY2(said->text().contains(u"speech_therapist"_s), qPrintable(said->text()));
        QTest::keyClick(from, Qt::Key_Return);
        // A deceased person.
        CaseFile c = m_data->ws().cases().open(m_data->admin, m_setup->bennani.id);
        c.status = u"deceased"_s;
        m_data->ws().cases().update(m_data->admin, c);
        dialog = std::make_unique<BookingDialog>(m_data->ws(), m_data->reception, c.id,
                                                 u"Souad Bennani"_s);
        QCOMPARE(dialog->findChild<QLabel *>(u"bookingMessage"_s)->text(),
                 shown("jisr::AppointmentService",
                       "This person is recorded as deceased: no appointment can be booked."));
        QCOMPARE(dialog->options()->rowCount(), 0);
        QCOMPARE(m_data->ws().appointments().day(m_data->reception, SchedulingSetup::Day).size(),
                 0);
        qint64 n = -1;
        QSqlQuery q =
            execQuery(m_data->ws().database().connection(), u"SELECT count(*) FROM appointments"_s);
        if (q.next())
            n = q.value(0).toLongLong();
        QCOMPARE(n, 0);
    }

    void bookingScreenshotsInFrenchAndArabic()
    {
        for (const QString &lang : {u"fr"_s, u"ar"_s}) {
            AppLanguage::instance().apply(lang);
            BookingDialog dialog(m_data->ws(), m_data->reception, m_setup->alaoui.id,
                                 lang == u"ar"_s ? u"محمد العلوي"_s : u"Mohamed Alaoui"_s);
            dialog.show();
            dialog.activateWindow();
            QVERIFY(QTest::qWaitForWindowActive(&dialog));
            QCOMPARE(dialog.layoutDirection(), lang == u"ar"_s ? Qt::RightToLeft : Qt::LeftToRight);
            QVERIFY(dialog.windowTitle() != u"Book an appointment"_s || lang == u"fr"_s);
            auto *options = dialog.findChild<QTableView *>(u"bookingOptions"_s);
            QCOMPARE(options->selectionModel()->selectedRows().size(), 1);
            QCOMPARE(options->currentIndex().row(), 0);
            QVERIFY(saveScreenshot(&dialog, u"booking-%1.png"_s.arg(lang)));
        }
    }
};

QTEST_MAIN(FrontDeskPageUiTest)
#include "test_frontdesk_page_ui.moc"
