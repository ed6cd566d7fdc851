#include "cases/caseaccesstab.h"

#include "common/codelabels.h"
#include "platform/audit/auditservice.h"
#include "workspace/workspace.h"

#include <QEvent>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace jisr {

CaseAccessTab::CaseAccessTab(Workspace &workspace, QWidget *parent) : CaseTab(workspace, parent)
{
    setObjectName(u"whoOpenedTab"_s);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_model = new QStandardItemModel(this);
    layout->addWidget(newTable(m_model, u"whoOpenedView"_s));
    fill();
}

void CaseAccessTab::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        fill();
    CaseTab::changeEvent(event);
}

void CaseAccessTab::load()
{
    if (m_actor.can(Capability::ViewAudit))
        m_entries = m_ws.auditQueries().whoOpened(m_actor, m_caseId);
    fill();
}

void CaseAccessTab::clear()
{
    m_entries.clear();
    fill();
}

void CaseAccessTab::fill()
{
    m_model->clear();
    m_model->setHorizontalHeaderLabels({tr("When"), tr("Who"), tr("What"), tr("Details")});
    for (const AuditEntry &e : std::as_const(m_entries))
        m_model->appendRow(row({when(e.at), e.login, CodeLabels::label(e.action),
                                CodeLabels::auditDetails(e.action, e.details)}));
}

} // namespace jisr
