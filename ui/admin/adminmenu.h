#pragma once

#include "platform/access/accesscontrol.h"

#include <QMenu>

class QAction;

namespace jisr {

class Workspace;

// The Administration menu of the main window: the centre's users, the audit log, the
// automatic lock delay and the disability cards, each shown only to the roles that may use it (the
// core checks again). Its dialogs belong to the window, so that locking the screen closes them.
class AdminMenu : public QMenu
{
    Q_OBJECT

public:
    AdminMenu(Workspace &workspace, QWidget *window);

    void setActor(const Actor &actor);

signals:
    void idleDelayChanged(int minutes);
    // The centre's names, address or phone changed: titles and labels show them again.
    void centreDetailsChanged();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void showUsers();
    void showAuditLog();
    void setIdleDelay();
    void showCards();
    void showCentreDetails();
    void showSchedulingSetup();

    Workspace &m_ws;
    Actor m_actor;
    QAction *m_users = nullptr;
    QAction *m_audit = nullptr;
    QAction *m_idle = nullptr;
    QAction *m_cards = nullptr;
    QAction *m_centre = nullptr;
    QAction *m_scheduling = nullptr;
};

} // namespace jisr
