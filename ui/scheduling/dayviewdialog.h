#pragma once

#include "platform/access/accesscontrol.h"

#include <QDialog>

class QDateEdit;
class QLabel;
class QTableView;

namespace jisr {

class DayScheduleModel;
class Workspace;

// The day's appointments, a column per practitioner (mirrored in Arabic), for a chosen date.
class DayViewDialog : public QDialog
{
    Q_OBJECT

public:
    DayViewDialog(Workspace &ws, const Actor &actor, QWidget *parent = nullptr);

    DayScheduleModel *model() const { return m_model; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    Actor m_actor;
    DayScheduleModel *m_model;
    QLabel *m_dateLabel;
    QDateEdit *m_date;
    QTableView *m_table;
};

} // namespace jisr
