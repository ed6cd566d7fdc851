// The day view on real widgets: a joint visit in both practitioners' columns with one id, the
// model keeping Qt's contract, the columns mirrored in Arabic, a screenshot in each language.
#include "common/applanguage.h"
#include "scheduling/appointmentservice.h"
#include "scheduling/dayschedulemodel.h"
#include "scheduling/dayviewdialog.h"
#include "scheduling/schedulingsetupservice.h"
#include "uiworkspace.h"

#include <QAbstractItemModelTester>
#include <QDateEdit>
#include <QDir>
#include <QTableView>
#include <QTest>
#include <QTimeZone>

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
        screenshot(&dialog, u"dayview-ar.png"_s);
    }
};

QTEST_MAIN(DayViewUiTest)
#include "test_dayview_ui.moc"
