#pragma once

#include "platform/access/accesscontrol.h"

#include <QDialog>

class QStandardItemModel;
class QTableView;

namespace jisr {

class Workspace;

// The centre's accounts, for administrators: add, disable or enable, reset a password.
class UserAdminDialog : public QDialog
{
    Q_OBJECT

public:
    UserAdminDialog(Workspace &workspace, const Actor &actor, QWidget *parent = nullptr);

private:
    void refresh();
    void addUser();
    void toggleActive();
    void resetPassword();
    QString selectedLogin() const;

    Workspace &m_ws;
    Actor m_actor;
    QStandardItemModel *m_model = nullptr;
    QTableView *m_view = nullptr;
};

} // namespace jisr
