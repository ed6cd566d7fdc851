// Issue 12's "done when", on the real main window and with the keyboard alone: reception finds
// the person, opens the dossier, books the joint visit (PMR doctor + social worker + accessible
// room) with Ctrl+B and Enter, the visit is in both practitioners' columns of the day, F3 opens
// the front desk where Enter checks the person in, and the waiting time grows with the clock.
// The navigation keys are counted against a budget, and the whole takes well under a minute.
#include "cases/caseformwidget.h"
#include "common/applanguage.h"
#include "scheduling/appointmentlabels.h"
#include "scheduling/appointmentservice.h"
#include "scheduling/dayschedulemodel.h"
#include "scheduling/frontdeskfiltermodel.h"
#include "scheduling/frontdeskmodel.h"
#include "scheduling/frontdeskpage.h"
#include "schedulingsetup.h"
#include "shell/mainwindow.h"

#include <QElapsedTimer>
#include <QStatusBar>
#include <QTableView>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace jisr;

class JointVisitUiTest : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<UiWorkspace> m_data;
    std::unique_ptr<SchedulingSetup> m_setup;
    std::unique_ptr<MainWindow> m_window;
    int m_navigationKeys = 0;

    QWidget *focused() { return QApplication::focusWidget(); }
    // A key that moves or chooses rather than types text; counted against the budget.
    void press(int key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
    {
        ++m_navigationKeys;
        QTest::keyClick(focused(), Qt::Key(key), modifiers);
    }

private slots:
    void init()
    {
        AppLanguage::instance().apply(u"fr"_s);
        m_data = std::make_unique<UiWorkspace>();
        m_setup = std::make_unique<SchedulingSetup>(*m_data);
        m_window = std::make_unique<MainWindow>(m_data->ws(), m_data->reception);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        m_window->frontDesk()->setTickInterval(20);
        m_navigationKeys = 0;
    }
    void cleanup()
    {
        m_window.reset();
        m_setup.reset();
        m_data.reset();
    }

    void receptionBooksAJointVisitAndChecksThePersonInWithTheKeyboardAlone()
    {
        QElapsedTimer elapsed;
        elapsed.start();
        // The search box has the focus: the name, then Enter opens the dossier.
        QCOMPARE(focused()->objectName(), u"searchBox"_s);
        typeText(focused(), u"Alaoui"_s);
        press(Qt::Key_Return);
        QCOMPARE(m_window->form()->caseId(), m_setup->alaoui.id);

        // Ctrl+B: the booking dialog, the service chosen, the earliest time selected; Enter.
        bool dialogSeen = false;
        whenModalShows([&](QWidget *dialog) {
            dialogSeen = dialog->objectName() == u"bookingDialog"_s;
            QVERIFY(QTest::qWaitForWindowActive(dialog));
            QTRY_COMPARE(focused()->objectName(), u"bookingService"_s);
            auto *options = dialog->findChild<QTableView *>(u"bookingOptions"_s);
            QVERIFY(options->model()->rowCount() > 0);
            QVERIFY(options->currentIndex().row() == 0);
            press(Qt::Key_Return);
        });
        press(Qt::Key_B, Qt::ControlModifier);
        QVERIFY(dialogSeen);
        // The dialog closed: the window manager gives the main window back its focus.
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        QVERIFY(m_window->statusBar()->currentMessage().contains(u"lundi 6 avril 2026"_s));
        const QList<Appointment> day =
            m_data->ws().appointments().day(m_data->reception, SchedulingSetup::Day);
        QCOMPARE(day.size(), 1);
        const Appointment visit = day.first();
        QCOMPARE(visit.start.toString(), u"2026-04-06T09:00"_s);
        QCOMPARE(visit.roomId(), m_setup->room);

        // In both practitioners' columns of the day, one appointment across them.
        DayScheduleModel schedule(m_data->ws());
        schedule.show(m_data->reception, SchedulingSetup::Day);
        const int row = (9 * 60 - DayScheduleModel::FirstMinute) / DayScheduleModel::StepMinutes;
        int columns = 0;
        for (int c = 0; c < schedule.columnCount(); ++c)
            if (schedule.index(row, c).data(DayScheduleModel::AppointmentIdRole) == visit.id)
                ++columns;
        QCOMPARE(columns, 2);

        // F3: the front desk of today, the arrival current; Enter checks the person in.
        press(Qt::Key_F3);
        FrontDeskPage *desk = m_window->frontDesk();
        QVERIFY(desk->isVisible());
        QCOMPARE(focused()->objectName(), u"expectedList"_s);
        press(Qt::Key_Return);
        QCOMPARE(m_data->ws().appointments().get(m_data->reception, visit.id).status,
                 AppointmentStatus::Arrived);
        FrontDeskFilterModel *waiting = desk->list(FrontDeskPage::Waiting);
        QCOMPARE(waiting->rowCount(), 1);
        QCOMPARE(waiting->index(0, FrontDeskModel::Person).data().toString(), u"Mohamed Alaoui"_s);
        QCOMPARE(waiting->index(0, FrontDeskModel::Waited).data().toString(),
                 AppointmentLabels::duration(0));
        m_data->clock().advanceSeconds(7 * 60);
        QTRY_COMPARE(waiting->index(0, FrontDeskModel::Waited).data().toString(),
                     AppointmentLabels::duration(7 * 60));

        qInfo("joint visit booked and checked in with %d navigation keys in %lld ms",
              m_navigationKeys, elapsed.elapsed());
        QVERIFY2(m_navigationKeys <= 15, qPrintable(QString::number(m_navigationKeys)));
        QVERIFY(elapsed.elapsed() < 60000);
    }

    void theLockHidesTheFrontDeskAndUnlockingComesBackToIt()
    {
        const Appointment a = m_data->ws().appointments().book(
            m_data->reception, {m_setup->alaoui.id,
                                u"joint_initial"_s,
                                LocalTime::fromString(u"2026-04-06T09:00"_s),
                                {},
                                {}});
        press(Qt::Key_F3);
        FrontDeskPage *desk = m_window->frontDesk();
        QCOMPARE(desk->model()->rowCount(), 1);
        m_window->lock();
        QVERIFY(!desk->isVisible());
        QCOMPARE(desk->model()->rowCount(), 0); // nobody's name behind the lock screen
        QVERIFY(m_window->unlock(UiWorkspace::password));
        QVERIFY(desk->isVisible());
        QCOMPARE(desk->model()->rowCount(), 1);
        QCOMPARE(desk->model()->index(0, 0).data(FrontDeskModel::AppointmentIdRole), a.id);
    }

    void onlyTheRolesThatBookSeeBookingInTheDossier()
    {
        m_window->openCase(m_setup->alaoui.id);
        QVERIFY(m_window->findChild<QWidget *>(u"bookButton"_s)->isVisible());
        m_window->lock();
        m_window->switchTo(m_data->admin);
        m_window->openCase(m_setup->alaoui.id);
        QVERIFY(!m_window->findChild<QWidget *>(u"bookButton"_s)->isVisible());
        // Ctrl+B opens nothing for an administrator (who manages, and does not book).
        QTest::keyClick(focused(), Qt::Key_B, Qt::ControlModifier);
        QVERIFY(QApplication::activeModalWidget() == nullptr);
    }
};

QTEST_MAIN(JointVisitUiTest)
#include "test_joint_visit_ui.moc"
