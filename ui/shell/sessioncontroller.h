#pragma once

#include "cases/casefile.h"
#include "platform/access/accesscontrol.h"

#include <QHash>
#include <QObject>

class QWidget;

namespace jisr {

class CaseFormWidget;
class Workspace;

// Who is at the keyboard of a shared workstation, and whether its screen is locked. Locking,
// unlocking, logging out and changing one's password go through the core, which audits them.
// When another user takes over, the first one's unsaved form is kept as a draft that only they
// get back. The window follows the session through its signals.
class SessionController : public QObject
{
    Q_OBJECT

public:
    // Where the user lands when the lock is lifted.
    enum class Resume {
        WhereLeft, // the open case file, if any
        AtSearch,
    };

    SessionController(Workspace &workspace, const Actor &actor, CaseFormWidget &form,
                      QObject *parent = nullptr);

    const Actor &actor() const { return m_actor; }
    bool isLocked() const { return m_locked; }

    void lock();
    // The same user types their password: false when it is wrong (unlockFailed says why).
    bool unlock(const QString &password);
    // Another user takes the workstation, after a successful login.
    void switchTo(const Actor &next);
    // The login dialog; the one who logs in takes the workstation.
    void askAnotherUser(QWidget *parent);
    // Asks for the current password, then the new one twice.
    void changeOwnPassword(QWidget *parent);
    void logout();

signals:
    void locked();
    void unlocked(jisr::SessionController::Resume resume);
    void unlockFailed(const QString &message);
    // Another user has the workstation: everything is to be shown again for them.
    void userChanged();
    // The user's own unsaved case file is back in the form.
    void draftRestored();
    void statusMessage(const QString &text, int timeoutMs);

private:
    struct Draft
    {
        CaseFile draft;
        CaseFile original;
    };

    Workspace &m_ws;
    Actor m_actor;
    CaseFormWidget &m_form;
    bool m_locked = false;
    QHash<QString, Draft> m_drafts; // user id -> unsaved form kept across a switch of user
};

} // namespace jisr
