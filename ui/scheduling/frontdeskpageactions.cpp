// FrontDeskPage: what its keys do (its own file to keep each short). Every change goes through
// the core, which checks the permission; a refusal is said on the page.
#include "platform/errors/coreerror.h"
#include "scheduling/appointmentservice.h"
#include "scheduling/cancelappointmentdialog.h"
#include "scheduling/frontdeskmodel.h"
#include "scheduling/frontdeskpage.h"
#include "scheduling/frontdesktable.h"
#include "scheduling/walkindialog.h"
#include "workspace/workspace.h"

#include <QAction>
#include <QLabel>

using namespace Qt::StringLiterals;

namespace jisr {

void FrontDeskPage::say(const QString &text, bool error)
{
    m_message->setText(text);
    m_message->setStyleSheet(error ? u"QLabel { color: #b00020; }"_s : QString());
}

bool FrontDeskPage::attempt(const std::function<void()> &change)
{
    try {
        change();
        return true;
    } catch (const CoreError &e) {
        say(e.message(), true);
        return false;
    }
}

void FrontDeskPage::enter(int list, const QString &id)
{
    switch (list) {
    case Expected:
        checkIn(id);
        break;
    case Waiting:
        startConsultation(id);
        break;
    case Consulting:
        finishConsultation(id);
        break;
    case Missed:
        undoNoShow();
        break;
    default:
        break;
    }
}

void FrontDeskPage::checkIn(const QString &id)
{
    if (!m_actor.can(Capability::CheckIn))
        return say(tr("Reception checks people in."), true);
    const QString who = m_model->personOf(id);
    if (attempt([&] { m_ws.appointments().checkIn(m_actor, id); }))
        say(tr("%1 is checked in and waits.").arg(who));
}

void FrontDeskPage::startConsultation(const QString &id)
{
    if (!m_actor.can(Capability::MarkConsultations))
        return say(tr("The practitioner marks the start of the consultation."), true);
    const QString who = m_model->personOf(id);
    if (attempt([&] { m_ws.appointments().start(m_actor, id); }))
        say(tr("Consultation of %1 started.").arg(who));
}

void FrontDeskPage::finishConsultation(const QString &id)
{
    if (!m_actor.can(Capability::MarkConsultations))
        return say(tr("The practitioner marks the end of the consultation."), true);
    const QString who = m_model->personOf(id);
    if (attempt([&] { m_ws.appointments().finish(m_actor, id); }))
        say(tr("Consultation of %1 done.").arg(who));
}

void FrontDeskPage::walkIn()
{
    if (!m_walkIn->isVisible() || !m_walkIn->isEnabled())
        return;
    WalkInDialog dialog(m_ws, m_actor, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (attempt([&] { m_ws.appointments().walkIn(m_actor, dialog.request()); })) {
        say(tr("%1 joins the waiting room.").arg(dialog.personName()));
        m_tables[Waiting]->setFocus();
    }
}

void FrontDeskPage::cancelCurrent()
{
    FrontDeskTable *table = activeTable();
    if (table != m_tables[Expected] && table != m_tables[Waiting])
        table = m_tables[Expected];
    const QString id = table->currentAppointmentId();
    if (id.isEmpty())
        return say(tr("Choose the appointment to cancel in the expected arrivals or the waiting "
                      "room."),
                   true);
    CancelAppointmentDialog dialog(m_model->personOf(id), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (attempt([&] {
            m_ws.appointments().cancel(m_actor, id, dialog.reason(), dialog.byThePerson());
        }))
        say(tr("Appointment of %1 cancelled.").arg(dialog.person()));
    table->setFocus();
}

void FrontDeskPage::markNoShow()
{
    const QString id = m_tables[Expected]->currentAppointmentId();
    if (id.isEmpty())
        return;
    const QString who = m_model->personOf(id);
    if (attempt([&] { m_ws.appointments().markNoShow(m_actor, id); }))
        say(tr("%1 is recorded as not come.").arg(who));
}

void FrontDeskPage::undoNoShow()
{
    if (!m_actor.can(Capability::ManageScheduling))
        return say(tr("Only an administrator undoes a no-show."), true);
    const QString id = m_tables[Missed]->currentAppointmentId();
    if (id.isEmpty())
        return;
    const QString who = m_model->personOf(id);
    if (attempt([&] { m_ws.appointments().undoNoShow(m_actor, id); }))
        say(tr("%1 is expected again.").arg(who));
}

} // namespace jisr
