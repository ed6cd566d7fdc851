#pragma once

#include "platform/access/accesscontrol.h"

#include <QObject>

class QLabel;
class QStatusBar;

namespace jisr {

class Workspace;

// The lasting part of the main window's status bar: who is logged in, the centre, the
// synchronisation state and, for the doctors and administrators of the centre, the emergency
// accesses to medical notes of the last 30 days (who, when and which file in the tooltip).
class StatusBarLabels : public QObject
{
    Q_OBJECT

public:
    StatusBarLabels(Workspace &workspace, QStatusBar *bar);

    void setActor(const Actor &actor);
    // Locked: the emergency accesses, which name dossiers, are not shown.
    void setLocked(bool locked);
    void retranslate();
    // Reads the emergency accesses again.
    void refreshEmergencies();

private:
    Workspace &m_ws;
    Actor m_actor;
    bool m_locked = false;
    QLabel *m_user = nullptr;
    QLabel *m_sync = nullptr;
    QLabel *m_centre = nullptr;
    QLabel *m_emergency = nullptr;
};

} // namespace jisr
