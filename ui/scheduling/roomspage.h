#pragma once

#include "scheduling/setuppage.h"

class QCheckBox;
class QLineEdit;
class QPushButton;

namespace jisr {

class SetupTableModel;

// The centre's rooms and whether a wheelchair reaches them (ground floor, wide door, hoist):
// a service that needs an accessible room is only booked in those.
class RoomsPage : public SetupPage
{
    Q_OBJECT

public:
    RoomsPage(Workspace &ws, const Actor &actor, QWidget *parent = nullptr);

    SetupTableModel *model() const { return m_model; }
    void reload() override;

public slots:
    void addRoom();

protected:
    void showEvent(QShowEvent *event) override;

private:
    SetupTableModel *m_model;
    QLineEdit *m_name;
    QCheckBox *m_accessible;
    QPushButton *m_add;
};

} // namespace jisr
