// The day view on real widgets: a joint visit in both practitioners' columns with one id, the
// model keeping Qt's contract, the columns mirrored in Arabic, a screenshot in each language.
#include "common/applanguage.h"
#include "common/filedialog.h"
#include "common/messagebox.h"
#include "scheduling/appointmentservice.h"
#include "scheduling/dayschedulemodel.h"
#include "scheduling/dayviewdialog.h"
#include "scheduling/schedulingsetupservice.h"
#include "scheduling/weekschedulemodel.h"
#include "scheduling/weekview.h"
#include "uiworkspace.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QItemSelectionModel>
#include <QLineEdit>
#include <QMimeData>
#include <QPrintPreviewDialog>
#include <QProcess>
#include <QPushButton>
#include <QShortcut>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <QTimer>

using namespace Qt::StringLiterals;
using namespace jisr;

class DayViewUiTest : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<UiWorkspace> m_data;
    QString m_pmr, m_sw, m_caseId;
    const QDate m_day{2026, 4, 6};

    void setUpCentre()
    {
        Workspace &ws = m_data->ws();
        m_data->clock().set(QDateTime(m_day, QTime(8, 0), QTimeZone("Africa/Casablanca")));
        Practitioner p{
            {}, u"Dr Youssef Alaoui"_s, u"د. يوسف العلوي"_s, u"doctor"_s, u"pmr"_s, {}, true, 0};
        m_pmr = ws.scheduling().addPractitioner(m_data->admin, p, u"medecin"_s).id;
        p = {{}, u"Nadia Tazi"_s, u"نادية التازي"_s, u"social_worker"_s, {}, {}, true, 0};
        m_sw = ws.scheduling().addPractitioner(m_data->admin, p, u"social"_s).id;
        for (const QString &id : {m_pmr, m_sw})
            ws.scheduling().addWorkingPeriod(m_data->admin, {{}, id, 1, 9 * 60, 12 * 60, {}, {}});
        Service s;
        s.code = u"joint_initial"_s;
        s.nameFr = u"Bilan initial conjoint"_s;
        s.minutes = 45;
        s.needs = {ServiceNeed::fromCode(u"doctor:pmr"_s),
                   ServiceNeed::fromCode(u"social_worker"_s)};
        ws.scheduling().addService(m_data->admin, s);
        m_caseId = m_data->addCase(u"العلوي"_s, u"محمد"_s, u"Alaoui"_s, u"Mohamed"_s).id;
    }

    void screenshot(QWidget *w, const QString &name)
    {
        const QString dir = qEnvironmentVariable("JISR_SCREENSHOT_DIR");
        if (dir.isEmpty())
            return;
        QDir().mkpath(dir);
        QVERIFY(w->grab().save(QDir(dir).filePath(name)));
    }

private slots:
    void init()
    {
        AppLanguage::instance().apply(u"fr"_s);
        m_data = std::make_unique<UiWorkspace>();
        setUpCentre();
    }
    void cleanup()
    {
        m_data.reset();
        AppLanguage::instance().apply(u"fr"_s);
    }

    void aJointVisitShowsInBothColumnsLinkedByItsId()
    {
        DayViewDialog dialog(m_data->ws(), m_data->reception);
        QAbstractItemModelTester tester(dialog.model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        DayScheduleModel *model = dialog.model();
        QCOMPARE(model->columnCount(), 2);
        QCOMPARE(model->headerData(0, Qt::Vertical).toString(), u"08:00"_s);
        // Booked while the view is open: it refreshes itself.
        const Appointment a = m_data->ws().appointments().book(
            m_data->reception,
            {m_caseId, u"joint_initial"_s, LocalTime::fromString(u"2026-04-06T09:00"_s), {}, {}});
        const int row = (9 * 60 - DayScheduleModel::FirstMinute) / DayScheduleModel::StepMinutes;
        for (int column = 0; column < 2; ++column) {
            QCOMPARE(model->index(row, column).data(DayScheduleModel::AppointmentIdRole).toString(),
                     a.id);
            QVERIFY(model->index(row, column).data().toString().contains(u"09:00 "_s));
            QCOMPARE(model->index(row + 2, column).data(DayScheduleModel::AppointmentIdRole),
                     QVariant(a.id));
            // 45 minutes: three quarters of an hour.
            QVERIFY(
                !model->index(row + 3, column).data(DayScheduleModel::AppointmentIdRole).isValid());
        }
        // Another day is empty; back to the day, the visit is there again.
        dialog.findChild<QDateEdit *>(u"dayDate"_s)->setDate(m_day.addDays(1));
        QVERIFY(!model->index(row, 0).data(DayScheduleModel::AppointmentIdRole).isValid());
        dialog.findChild<QDateEdit *>(u"dayDate"_s)->setDate(m_day);
        QCOMPARE(model->index(row, 1).data(DayScheduleModel::AppointmentIdRole).toString(), a.id);
        screenshot(&dialog, u"dayview-fr.png"_s);
    }

    void theDoctorSeesOnlyTheirOwnColumnMirroredInArabic()
    {
        m_data->ws().appointments().book(
            m_data->reception,
            {m_caseId, u"joint_initial"_s, LocalTime::fromString(u"2026-04-06T10:00"_s), {}, {}});
        AppLanguage::instance().apply(u"ar"_s);
        DayViewDialog dialog(m_data->ws(), m_data->doctor);
        QAbstractItemModelTester tester(dialog.model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QCOMPARE(dialog.model()->columnCount(), 1);
        QCOMPARE(dialog.model()->headerData(0, Qt::Horizontal).toString(), u"د. يوسف العلوي"_s);
        QCOMPARE(dialog.findChild<QTableView *>(u"dayTable"_s)->layoutDirection(), Qt::RightToLeft);
        QCOMPARE(dialog.windowTitle(),
                 QCoreApplication::translate("jisr::DayViewDialog", "Appointments of the day"));
        QVERIFY(dialog.windowTitle() != u"Appointments of the day"_s);
        QCOMPARE(dialog.findChild<QDateEdit *>(u"dayDate"_s)->date(), m_day);
        // Read like every date of the application: day, month, year, left to right.
        QCOMPARE(dialog.findChild<QDateEdit *>(u"dayDate"_s)->text(), u"06/04/2026"_s);
        QCOMPARE(dialog.findChild<QDateEdit *>(u"dayDate"_s)->findChild<QLineEdit *>()->text(),
                 u"06/04/2026"_s);
        screenshot(&dialog, u"dayview-ar.png"_s);
    }

private:
    // Drags the appointment of a cell onto another cell through the real view's model, as the
    // view's drop does.
    bool drag(QTableView *table, int fromRow, int fromColumn, int toRow, int toColumn)
    {
        QAbstractItemModel *model = table->model();
        const QModelIndex from = model->index(fromRow, fromColumn);
        if (!(model->flags(from) & Qt::ItemIsDragEnabled))
            return false;
        std::unique_ptr<QMimeData> data(model->mimeData({from}));
        const QModelIndex to = model->index(toRow, toColumn);
        if (!(model->flags(to) & Qt::ItemIsDropEnabled) ||
            !model->canDropMimeData(data.get(), Qt::MoveAction, -1, -1, to))
            return false;
        return model->dropMimeData(data.get(), Qt::MoveAction, -1, -1, to);
    }

    // The dialog shown, and its day table; null if the window never showed.
    static QTableView *shownTable(DayViewDialog &dialog)
    {
        dialog.show();
        return QTest::qWaitForWindowExposed(&dialog) ? dialog.findChild<QTableView *>(u"dayTable"_s)
                                                     : nullptr;
    }

    Appointment bookAt(const QString &clock)
    {
        return m_data->ws().appointments().book(m_data->reception,
                                                {m_caseId,
                                                 u"joint_initial"_s,
                                                 LocalTime::fromString(u"2026-04-06T"_s + clock),
                                                 {},
                                                 {}});
    }

    static int rowAt(int hour, int minute = 0)
    {
        return (hour * 60 + minute - DayScheduleModel::FirstMinute) / DayScheduleModel::StepMinutes;
    }

private slots:
    void draggingAVisitReschedulesItThroughTheCore()
    {
        const Appointment a = bookAt(u"09:00"_s);
        DayViewDialog dialog(m_data->ws(), m_data->reception);
        QTableView *table = shownTable(dialog);
        QVERIFY(table);
        QCOMPARE(table->dragDropMode(), QAbstractItemView::DragDrop);
        QSignalSpy refused(dialog.model(), &DayScheduleModel::dropRefused);
        // Grabbed by its second quarter and dropped on 10:15: it now starts at 10:00.
        QVERIFY(drag(table, rowAt(9, 15), 0, rowAt(10, 15), 0));
        QCOMPARE(refused.count(), 0);
        const QString moved = dialog.model()
                                  ->index(rowAt(10), 0)
                                  .data(DayScheduleModel::AppointmentIdRole)
                                  .toString();
        QVERIFY(!moved.isEmpty() && moved != a.id);
        // Both practitioners move together; the old one is kept, rescheduled.
        QCOMPARE(dialog.model()->index(rowAt(10), 1).data(DayScheduleModel::AppointmentIdRole),
                 QVariant(moved));
        QVERIFY(!dialog.model()
                     ->index(rowAt(9), 0)
                     .data(DayScheduleModel::AppointmentIdRole)
                     .isValid());
        QCOMPARE(m_data->ws().appointments().get(m_data->reception, a.id).status,
                 AppointmentStatus::Rescheduled);
        QCOMPARE(m_data->ws().appointments().get(m_data->reception, moved).rescheduledFrom, a.id);

        // Outside working hours (they end at 12:00): refused with the reason, nothing moves.
        MessageBox::setNextAnswer(QMessageBox::Ok);
        QVERIFY(!drag(table, rowAt(10), 0, rowAt(11, 30), 0));
        QCOMPARE(refused.count(), 1);
        QVERIFY(!refused.first().first().toString().isEmpty());
        QCOMPARE(dialog.model()->index(rowAt(10), 0).data(DayScheduleModel::AppointmentIdRole),
                 QVariant(moved));
        QCOMPARE(m_data->ws().appointments().get(m_data->reception, moved).status,
                 AppointmentStatus::Scheduled);
        // Onto the other practitioner of the same visit: refused, said why.
        MessageBox::setNextAnswer(QMessageBox::Ok);
        QVERIFY(!drag(table, rowAt(10), 0, rowAt(10), 1));
        QCOMPARE(refused.count(), 2);
        // An empty cell cannot be dragged.
        QVERIFY(!drag(table, rowAt(8), 0, rowAt(10), 0));
    }

    // The same through the real table's drop handling: the drag's data as the view makes it for
    // the pressed cell, then the enter, move and drop events a drag sends to the viewport at
    // 11:00 (the offscreen platform runs no drag loop of its own, so the events are sent here).
    void droppingOnTheTableMovesTheVisit()
    {
        const Appointment a = bookAt(u"09:00"_s);
        DayViewDialog dialog(m_data->ws(), m_data->reception);
        QTableView *table = shownTable(dialog);
        QVERIFY(table);
        QWidget *viewport = table->viewport();
        const QModelIndex source = dialog.model()->index(rowAt(9), 1);
        table->setCurrentIndex(source);
        std::unique_ptr<QMimeData> data(
            dialog.model()->mimeData(table->selectionModel()->selectedIndexes()));
        QVERIFY(data);
        table->scrollTo(dialog.model()->index(rowAt(11), 1));
        const QPoint to = table->visualRect(dialog.model()->index(rowAt(11), 1)).center();
        QDragEnterEvent enter(to, Qt::MoveAction, data.get(), Qt::LeftButton, {});
        QApplication::sendEvent(viewport, &enter);
        QVERIFY(enter.isAccepted());
        QDragMoveEvent move(to, Qt::MoveAction, data.get(), Qt::LeftButton, {});
        QApplication::sendEvent(viewport, &move);
        QVERIFY(move.isAccepted());
        QDropEvent drop(QPointF(to), Qt::MoveAction, data.get(), Qt::LeftButton, {});
        QApplication::sendEvent(viewport, &drop);
        QCOMPARE(m_data->ws().appointments().get(m_data->reception, a.id).status,
                 AppointmentStatus::Rescheduled);
        const QVariant moved =
            dialog.model()->index(rowAt(11), 0).data(DayScheduleModel::AppointmentIdRole);
        QVERIFY(moved.isValid());
        QCOMPARE(dialog.model()->index(rowAt(11), 1).data(DayScheduleModel::AppointmentIdRole),
                 moved);
    }

    void theWeekOfAPractitionerIsPaintedMirroredInArabic()
    {
        m_data->ws().appointments().book(
            m_data->reception,
            {m_caseId, u"joint_initial"_s, LocalTime::fromString(u"2026-04-06T10:00"_s), {}, {}});
        for (const QString &language : {u"fr"_s, u"ar"_s}) {
            AppLanguage::instance().apply(language);
            DayViewDialog dialog(m_data->ws(), m_data->reception);
            QAbstractItemModelTester tester(dialog.weekModel(),
                                            QAbstractItemModelTester::FailureReportingMode::QtTest);
            dialog.findChild<QTabWidget *>(u"scheduleTabs"_s)->setCurrentIndex(1);
            dialog.show();
            QVERIFY(QTest::qWaitForWindowExposed(&dialog));
            WeekScheduleModel *week = dialog.weekModel();
            QCOMPARE(week->columnCount(), 7);
            QCOMPARE(week->monday(), m_day);
            QVERIFY(week->index(rowAt(10), 0).data(DayScheduleModel::AppointmentIdRole).isValid());
            QVERIFY(!week->index(rowAt(10), 1).data(DayScheduleModel::AppointmentIdRole).isValid());
            auto *view = dialog.findChild<WeekView *>(u"weekView"_s);
            QCOMPARE(view->model(), week);
            if (language == u"ar"_s) {
                QVERIFY(week->headerData(0, Qt::Horizontal).toString().startsWith(u"الاثنين"_s));
                QVERIFY(view->columnRect(0).left() > view->columnRect(6).left());
            } else {
                QVERIFY(week->headerData(0, Qt::Horizontal).toString().startsWith(u"lundi"_s));
                QVERIFY(view->columnRect(0).left() < view->columnRect(6).left());
            }
            // The other practitioner's week shows the same visit.
            auto *who = dialog.findChild<QComboBox *>(u"weekPractitioner"_s);
            QCOMPARE(who->count(), 2);
            who->setCurrentIndex(1);
            QVERIFY(week->index(rowAt(10), 0).data(DayScheduleModel::AppointmentIdRole).isValid());
            screenshot(&dialog, u"weekview-%1.png"_s.arg(language));
        }
    }

    void theDayListIsSavedAsPdfAndTheSlipIsPreviewed()
    {
        const Appointment a = bookAt(u"09:00"_s);
        DayViewDialog dialog(m_data->ws(), m_data->reception);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QTemporaryDir out;
        const QString pdf = out.filePath(u"day.pdf"_s);
        FileDialog::setNextFileName(pdf);
        QTest::mouseClick(dialog.findChild<QPushButton *>(u"saveDayList"_s), Qt::LeftButton);
        QVERIFY(QFile::exists(pdf));
        QProcess text;
        text.start(u"pdftotext"_s, {u"-enc"_s, u"UTF-8"_s, pdf, u"-"_s});
        QVERIFY(text.waitForFinished());
        const QString content = QString::fromUtf8(text.readAllStandardOutput());
        QVERIFY2(content.contains(u"Rendez-vous de Dr Youssef Alaoui"_s), qPrintable(content));
        QVERIFY(content.contains(u"Nadia Tazi"_s));

        // The slip's preview from the current cell's shortcut (Ctrl+P): a print preview that
        // the test closes.
        auto *table = dialog.findChild<QTableView *>(u"dayTable"_s);
        table->setCurrentIndex(dialog.model()->index(rowAt(9), 0));
        QCOMPARE(dialog.currentAppointmentId(), a.id);
        bool previewed = false;
        QTimer::singleShot(0, &dialog, [&] {
            auto *preview = qobject_cast<QPrintPreviewDialog *>(QApplication::activeModalWidget());
            previewed = preview && preview->objectName() == u"appointmentPrintPreview"_s;
            if (preview) {
                preview->resize(700, 800);
                screenshot(preview, u"slip-preview-fr.png"_s);
                preview->reject();
            }
        });
        auto *shortcut = table->findChild<QShortcut *>();
        QVERIFY(shortcut);
        QCOMPARE(shortcut->key(), QKeySequence(QKeySequence::Print));
        emit shortcut->activated();
        QVERIFY(previewed);
    }

    // The list names people: saved into the data folder, it is refused with a message (which
    // the test answers) and nothing is written there.
    void theDayListIsNeverSavedIntoTheDataFolder()
    {
        bookAt(u"09:00"_s);
        DayViewDialog dialog(m_data->ws(), m_data->reception);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        const QString inside = m_data->filePath(u"day.pdf"_s);
        FileDialog::setNextFileName(inside);
        MessageBox::setNextAnswer(QMessageBox::Ok);
        QTest::mouseClick(dialog.findChild<QPushButton *>(u"saveDayList"_s), Qt::LeftButton);
        QVERIFY(!QFile::exists(inside));
        MessageBox::setNextAnswer(QMessageBox::NoButton);
    }
};

QTEST_MAIN(DayViewUiTest)
#include "test_dayview_ui.moc"
