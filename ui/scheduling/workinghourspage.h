#pragma once

#include "scheduling/setuppage.h"

class QComboBox;
class QLineEdit;
class QPushButton;
class QTableView;

namespace jisr {

class SetupTableModel;

// One practitioner's week and absences. A period is a weekday and HH:MM to HH:MM; with a first
// and last date it is seasonal (Ramadan's shorter, continuous hours replace the usual ones on
// those days). A day may have several periods. An absence runs from one day to another (one day
// when the last is left empty), with its reason.
class WorkingHoursPage : public SetupPage
{
    Q_OBJECT

public:
    WorkingHoursPage(Workspace &ws, const Actor &actor, QWidget *parent = nullptr);

    SetupTableModel *hours() const { return m_hours; }
    SetupTableModel *absences() const { return m_absences; }
    void reload() override;
    void choosePractitioner(const QString &id);

public slots:
    void addPeriod();
    void removePeriod();
    void addAbsence();

protected:
    void showEvent(QShowEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QWidget *buildPeriodForm();
    QWidget *buildAbsenceForm();
    void fillPractitioners();
    void showPractitioner();
    QString practitionerId() const;

    SetupTableModel *m_hours;
    SetupTableModel *m_absences;
    QTableView *m_hoursTable;
    QComboBox *m_practitioner = nullptr;
    QComboBox *m_weekday = nullptr;
    QLineEdit *m_from = nullptr;
    QLineEdit *m_to = nullptr;
    QLineEdit *m_seasonFrom = nullptr;
    QLineEdit *m_seasonTo = nullptr;
    QLineEdit *m_absenceFrom = nullptr;
    QLineEdit *m_absenceTo = nullptr;
    QLineEdit *m_reason = nullptr;
    QPushButton *m_addPeriod = nullptr;
    QPushButton *m_addAbsence = nullptr;
};

} // namespace jisr
