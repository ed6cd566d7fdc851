#pragma once

#include "scheduling/setuppage.h"

class QLineEdit;
class QPushButton;
class QSpinBox;

namespace jisr {

class SetupTableModel;

// The days the centre is closed in a year: the fixed national holidays, there without anyone
// entering them, and the days the administrator enters, such as the religious holidays whose
// dates move each year (Eid al-Fitr, Eid al-Adha…), in date order.
class ClosingDaysPage : public SetupPage
{
    Q_OBJECT

public:
    ClosingDaysPage(Workspace &ws, const Actor &actor, QWidget *parent = nullptr);

    SetupTableModel *model() const { return m_model; }
    void reload() override;

public slots:
    void addClosing();

protected:
    void showEvent(QShowEvent *event) override;

private:
    SetupTableModel *m_model;
    QSpinBox *m_year;
    QLineEdit *m_from;
    QLineEdit *m_to;
    QLineEdit *m_reason;
    QPushButton *m_add;
};

} // namespace jisr
