#include "shell/sessioncontroller.h"

#include "accounts/authservice.h"
#include "accounts/passwordpolicy.h"
#include "accounts/userservice.h"
#include "cases/caseformwidget.h"
#include "common/messagebox.h"
#include "platform/errors/coreerror.h"
#include "shell/logindialog.h"
#include "workspace/workspace.h"

#include <QInputDialog>
#include <QLineEdit>

namespace jisr {

SessionController::SessionController(Workspace &workspace, const Actor &actor, CaseFormWidget &form,
                                     QObject *parent)
    : QObject(parent), m_ws(workspace), m_actor(actor), m_form(form)
{
}

void SessionController::lock()
{
    if (m_locked)
        return;
    m_locked = true;
    m_ws.auth().lock(m_actor);
    emit locked();
}

bool SessionController::unlock(const QString &password)
{
    try {
        m_actor = m_ws.auth().unlock(m_actor, password).actor;
    } catch (const CoreError &e) {
        emit unlockFailed(e.message());
        return false;
    }
    m_locked = false;
    emit unlocked(Resume::WhereLeft);
    return true;
}

void SessionController::askAnotherUser(QWidget *parent)
{
    LoginDialog dialog(m_ws, parent);
    if (dialog.exec() == QDialog::Accepted)
        switchTo(dialog.result().actor);
}

void SessionController::switchTo(const Actor &next)
{
    m_locked = false;
    if (next.userId == m_actor.userId) {
        emit unlocked(Resume::AtSearch);
        return;
    }
    // The first user's unsaved form waits for them, and only for them.
    if (m_form.isDirty())
        m_drafts.insert(m_actor.userId, {m_form.draft(), m_form.original()});
    m_ws.auth().logout(m_actor);
    m_form.clearAll();
    m_actor = next;
    emit userChanged();
    if (m_drafts.contains(m_actor.userId)) {
        const Draft d = m_drafts.take(m_actor.userId);
        m_form.restoreDraft(d.draft, d.original);
        emit draftRestored();
    }
}

void SessionController::logout()
{
    m_ws.auth().logout(m_actor);
}

void SessionController::changeOwnPassword(QWidget *parent)
{
    const QString title = tr("Change my password");
    bool ok = false;
    const QString current =
        QInputDialog::getText(parent, title, tr("Current password:"), QLineEdit::Password, {}, &ok);
    if (!ok)
        return;
    const QString next = QInputDialog::getText(
        parent, title, tr("New password (at least %1 characters):").arg(PasswordPolicy::MinLength),
        QLineEdit::Password, {}, &ok);
    if (!ok)
        return;
    const QString again = QInputDialog::getText(parent, title, tr("New password again:"),
                                                QLineEdit::Password, {}, &ok);
    if (!ok)
        return;
    if (next != again) {
        MessageBox::warning(parent, title, tr("The two passwords are different."));
        return;
    }
    try {
        m_actor = m_ws.users().changeOwnPassword(m_actor, current, next);
        emit statusMessage(tr("Your password was changed."), 5000);
    } catch (const CoreError &e) {
        MessageBox::warning(parent, title, e.message());
    }
}

} // namespace jisr
