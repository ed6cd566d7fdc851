#include "admin/adminmenu.h"

#include "admin/auditlogdialog.h"
#include "admin/centredetailsdialog.h"
#include "admin/useradmindialog.h"
#include "cards/cardlistdialog.h"
#include "centre/settingsservice.h"
#include "common/messagebox.h"
#include "platform/errors/coreerror.h"
#include "scheduling/schedulingsetupdialog.h"
#include "workspace/workspace.h"

#include <QEvent>
#include <QInputDialog>

using namespace Qt::StringLiterals;

namespace jisr {

AdminMenu::AdminMenu(Workspace &workspace, QWidget *window) : QMenu(window), m_ws(workspace)
{
    m_users = addAction(QString(), this, &AdminMenu::showUsers);
    m_audit = addAction(QString(), this, &AdminMenu::showAuditLog);
    m_centre = addAction(QString(), this, &AdminMenu::showCentreDetails);
    m_centre->setObjectName(u"centreDetailsAction"_s);
    m_idle = addAction(QString(), this, &AdminMenu::setIdleDelay);
    m_cards = addAction(QString(), this, &AdminMenu::showCards);
    m_scheduling = addAction(QString(), this, &AdminMenu::showSchedulingSetup);
    m_scheduling->setObjectName(u"schedulingSetupAction"_s);
    retranslate();
}

void AdminMenu::retranslate()
{
    setTitle(tr("&Administration"));
    m_users->setText(tr("&Users…"));
    m_audit->setText(tr("&Audit log…"));
    m_centre->setText(tr("C&entre details…"));
    m_idle->setText(tr("Automatic &lock delay…"));
    m_cards->setText(tr("Disability &cards…"));
    m_scheduling->setText(tr("&Scheduling set-up…"));
}

void AdminMenu::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMenu::changeEvent(event);
}

void AdminMenu::setActor(const Actor &actor)
{
    m_actor = actor;
    m_users->setVisible(actor.can(Capability::ManageUsers));
    m_audit->setVisible(actor.can(Capability::ViewAudit));
    m_idle->setVisible(actor.can(Capability::ManageSettings));
    m_centre->setVisible(actor.can(Capability::ManageSettings));
    m_cards->setVisible(actor.can(Capability::PrintCards));
    m_scheduling->setVisible(actor.can(Capability::ManageScheduling));
    menuAction()->setVisible(
        actor.can(Capability::ManageUsers) || actor.can(Capability::ViewAudit) ||
        actor.can(Capability::PrintCards) || actor.can(Capability::ManageScheduling));
}

void AdminMenu::showUsers()
{
    UserAdminDialog dialog(m_ws, m_actor, parentWidget());
    dialog.exec();
}

void AdminMenu::showAuditLog()
{
    AuditLogDialog dialog(m_ws, m_actor, parentWidget());
    dialog.exec();
}

void AdminMenu::showCards()
{
    CardListDialog dialog(m_ws, m_actor, parentWidget());
    dialog.exec();
}

void AdminMenu::showSchedulingSetup()
{
    SchedulingSetupDialog dialog(m_ws, m_actor, parentWidget());
    dialog.exec();
}

void AdminMenu::showCentreDetails()
{
    CentreDetailsDialog dialog(m_ws, m_actor, parentWidget());
    if (dialog.exec() == QDialog::Accepted)
        emit centreDetailsChanged();
}

void AdminMenu::setIdleDelay()
{
    bool ok = false;
    const int minutes =
        QInputDialog::getInt(parentWidget(), tr("Automatic lock"),
                             tr("Lock the screen after this many minutes without use:"),
                             m_ws.centreSettings().idleLockMinutes(), 1, 60, 1, &ok);
    if (!ok)
        return;
    try {
        m_ws.centreSettings().setIdleLockMinutes(m_actor, minutes);
        emit idleDelayChanged(minutes);
    } catch (const CoreError &e) {
        MessageBox::warning(parentWidget(), tr("Automatic lock"), e.message());
    }
}

} // namespace jisr
