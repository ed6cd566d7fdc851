#include "shell/statusbarlabels.h"

#include "common/applanguage.h"
#include "common/bidi.h"
#include "platform/audit/auditservice.h"
#include "platform/errors/coreerror.h"
#include "platform/settings/workstationsettings.h"
#include "workspace/workspace.h"

#include <QLabel>
#include <QStatusBar>

using namespace Qt::StringLiterals;

namespace jisr {

StatusBarLabels::StatusBarLabels(Workspace &workspace, QStatusBar *bar)
    : QObject(bar), m_ws(workspace)
{
    m_user = new QLabel;
    m_user->setObjectName(u"statusUser"_s);
    m_sync = new QLabel;
    m_sync->setObjectName(u"statusSync"_s);
    m_centre = new QLabel;
    m_centre->setObjectName(u"statusCentre"_s);
    m_emergency = new QLabel;
    m_emergency->setObjectName(u"statusEmergency"_s);
    m_emergency->setStyleSheet(u"QLabel { color: #a04000; font-weight: bold; }"_s);
    m_emergency->hide();
    bar->addWidget(m_user);
    bar->addWidget(m_centre, 1);
    bar->addPermanentWidget(m_emergency);
    bar->addPermanentWidget(m_sync);
}

void StatusBarLabels::setActor(const Actor &actor)
{
    m_actor = actor;
    retranslate();
}

void StatusBarLabels::setLocked(bool locked)
{
    m_locked = locked;
    refreshEmergencies();
}

void StatusBarLabels::retranslate()
{
    m_user->setText(
        tr("User: %1 (%2)")
            .arg(m_actor.displayName(AppLanguage::instance().current()), m_actor.login));
    m_sync->setText(tr("Offline — synchronisation not configured"));
    m_centre->setText(m_ws.settings().centreName(AppLanguage::instance().current()));
    refreshEmergencies();
}

void StatusBarLabels::refreshEmergencies()
{
    m_emergency->hide();
    m_emergency->setToolTip(QString());
    if (m_locked ||
        !(m_actor.can(Capability::ViewAudit) || m_actor.can(Capability::ReadMedicalNotes)))
        return;
    try {
        const QList<AuditEntry> recent = m_ws.auditQueries().emergencyAccesses(
            m_actor, QDateTime::currentDateTimeUtc().addDays(-30));
        if (recent.isEmpty())
            return;
        QStringList lines{tr("Emergency accesses to medical notes in the last 30 days:")};
        for (const AuditEntry &e : recent)
            lines << u"%1 — %2 — %3"_s.arg(
                leftToRight(e.at.toLocalTime().toString(u"dd/MM/yyyy HH:mm"_s)), e.login,
                leftToRight(dossierOf(e)));
        // Short: the status bar also holds the user, the centre and the sync state.
        m_emergency->setText(tr("Emergency accesses (30 days): %1").arg(recent.size()));
        m_emergency->setToolTip(lines.join(u'\n'));
        m_emergency->show();
    } catch (const CoreError &) {
        // Not allowed after all: nothing to show.
    }
}

} // namespace jisr
