#include "cases/casesidepanels.h"

#include "cases/caseaccesstab.h"
#include "cases/casedocumentstab.h"
#include "cases/casehistorytab.h"
#include "cases/casenotestab.h"
#include "evaluation/evaluationtab.h"

#include <QScopeGuard>
#include <QTabWidget>

namespace jisr {

CaseSidePanels::CaseSidePanels(Workspace &workspace, QTabWidget *tabs, QObject *parent)
    : QObject(parent), m_tabs(tabs)
{
    m_documents = new CaseDocumentsTab(workspace, tabs);
    m_history = new CaseHistoryTab(workspace, tabs);
    m_medical = new CaseNotesTab(workspace, CaseNote::Kind::Medical, tabs);
    m_social = new CaseNotesTab(workspace, CaseNote::Kind::Social, tabs);
    m_access = new CaseAccessTab(workspace, tabs);
    m_evaluation = new EvaluationTab(workspace, tabs);
    for (CaseTab *tab : allTabs())
        tab->hide(); // until they are given to the tab widget
}

QList<CaseTab *> CaseSidePanels::allTabs() const
{
    return {m_documents, m_history, m_medical, m_social, m_access, m_evaluation};
}

QList<CaseTab *> CaseSidePanels::tabsForActor() const
{
    if (m_caseId.isEmpty())
        return {};
    QList<CaseTab *> tabs{m_documents, m_history};
    if (m_actor.can(Capability::ReadMedicalNotes) ||
        m_actor.can(Capability::EmergencyMedicalAccess))
        tabs << m_medical;
    if (m_actor.can(Capability::ReadSocialNotes))
        tabs << m_social;
    if (m_actor.can(Capability::ViewAudit))
        tabs << m_access;
    // The card's path: every role has its part of it, and reads the decision.
    tabs << m_evaluation;
    return tabs;
}

QString CaseSidePanels::titleOf(QWidget *page) const
{
    if (page == m_documents)
        return tr("Photo and documents");
    if (page == m_history)
        return tr("History");
    if (page == m_medical)
        return tr("Medical notes");
    if (page == m_social)
        return tr("Social notes");
    if (page == m_access)
        return tr("Who opened it");
    if (page == m_evaluation)
        return tr("Disability card");
    return {};
}

void CaseSidePanels::retranslate()
{
    for (int i = 1; i < m_tabs->count(); ++i)
        m_tabs->setTabText(i, titleOf(m_tabs->widget(i)));
}

void CaseSidePanels::setActor(const Actor &actor)
{
    m_actor = actor;
    // Every tab knows the new user before any of them is in front again: none reads anything
    // as the previous user, nor as the new one in a tab they may not have.
    QWidget *current = m_tabs->currentWidget();
    const auto keepCurrent = qScopeGuard([this, current] {
        if (m_tabs->indexOf(current) >= 0)
            m_tabs->setCurrentWidget(current);
    });
    m_tabs->setCurrentIndex(0);
    for (CaseTab *tab : allTabs())
        tab->setActor(actor);
    updateTabs();
}

void CaseSidePanels::setCase(const QString &caseId)
{
    if (caseId != m_caseId)
        m_tabs->setCurrentIndex(0); // another person's file opens on its identity
    m_caseId = caseId;
    for (CaseTab *tab : allTabs())
        tab->setCase(caseId);
    updateTabs();
}

// The tabs after the case file's own, in a fixed order. They are taken out and put back only
// when the user or the file calls for others, with the fields in front meanwhile: no tab comes
// to the front (and reads its data) on the way, and the one in front stays in front.
void CaseSidePanels::updateTabs()
{
    const QList<CaseTab *> wanted = tabsForActor();
    QList<CaseTab *> present;
    for (int i = 1; i < m_tabs->count(); ++i)
        present << static_cast<CaseTab *>(m_tabs->widget(i));
    if (present != wanted) {
        QWidget *current = m_tabs->currentWidget();
        m_tabs->setCurrentIndex(0);
        while (m_tabs->count() > 1)
            m_tabs->removeTab(1);
        for (CaseTab *tab : wanted)
            m_tabs->addTab(tab, QString());
        if (m_tabs->indexOf(current) >= 0)
            m_tabs->setCurrentWidget(current);
    }
    retranslate();
}

} // namespace jisr
