#pragma once

#include "platform/access/accesscontrol.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QLabel;
class QPushButton;
class QTabWidget;
class QTableView;

namespace jisr {

class AppointmentPrinting;
class DayScheduleModel;
class WeekScheduleModel;
class WeekView;
class Workspace;

// The day's appointments, a column per practitioner (mirrored in Arabic), for a chosen date;
// a week per practitioner in a second tab. An appointment is dragged to another time or column
// to reschedule it (the core's checks, a refusal says why). Its context menu (or Ctrl+P) prints
// its slip; buttons print the day's list, with a preview, or save it as PDF.
class DayViewDialog : public QDialog
{
    Q_OBJECT

public:
    DayViewDialog(Workspace &ws, const Actor &actor, QWidget *parent = nullptr);
    ~DayViewDialog() override;

    DayScheduleModel *model() const { return m_model; }
    WeekScheduleModel *weekModel() const { return m_weekModel; }
    // The appointment of the current cell, if any.
    QString currentAppointmentId() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    QWidget *buildDayTab();
    QWidget *buildWeekTab();
    void showContextMenu(const QPoint &pos);
    void showWeek();
    void fillPractitioners();
    void retranslate();

    Workspace &m_ws;
    Actor m_actor;
    DayScheduleModel *m_model;
    WeekScheduleModel *m_weekModel;
    std::unique_ptr<AppointmentPrinting> m_printing;
    QLabel *m_dateLabel;
    QDateEdit *m_date;
    QTabWidget *m_tabs;
    QTableView *m_table;
    QLabel *m_practitionerLabel;
    QComboBox *m_practitioner;
    WeekView *m_week;
    QPushButton *m_printList;
    QPushButton *m_saveList;
};

} // namespace jisr
