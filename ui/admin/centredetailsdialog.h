#pragma once

#include "platform/access/accesscontrol.h"

#include <QDialog>

class QLabel;
class QLineEdit;

namespace jisr {

class Workspace;

// The centre's names in both languages, address and phone, for administrators after set-up:
// what the login screen, the status bar and the printed slips and cards show.
class CentreDetailsDialog : public QDialog
{
    Q_OBJECT

public:
    CentreDetailsDialog(Workspace &workspace, const Actor &actor, QWidget *parent = nullptr);

private:
    QLineEdit *addField(const QString &objectName, Qt::LayoutDirection direction);
    void save();

    Workspace &m_ws;
    Actor m_actor;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_nameAr = nullptr;
    QLineEdit *m_address = nullptr;
    QLineEdit *m_phone = nullptr;
    QLabel *m_error = nullptr;
};

} // namespace jisr
