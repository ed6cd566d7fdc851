#include "cases/casehistorytab.h"

#include "cases/casefileservice.h"
#include "common/codelabels.h"
#include "workspace/workspace.h"

#include <QEvent>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace jisr {

CaseHistoryTab::CaseHistoryTab(Workspace &workspace, QWidget *parent) : CaseTab(workspace, parent)
{
    setObjectName(u"historyTab"_s);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_model = new QStandardItemModel(this);
    layout->addWidget(newTable(m_model, u"historyView"_s));
    connect(&m_ws.cases(), &CaseFileService::caseChanged, this, [this](const QString &id) {
        if (id == m_caseId)
            reload();
    });
    fill();
}

void CaseHistoryTab::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        fill();
    CaseTab::changeEvent(event);
}

void CaseHistoryTab::load()
{
    m_entries = m_ws.cases().history(m_actor, m_caseId);
    fill();
}

void CaseHistoryTab::clear()
{
    m_entries.clear();
    fill();
}

void CaseHistoryTab::fill()
{
    m_model->clear();
    m_model->setHorizontalHeaderLabels({tr("When"), tr("What"), tr("Who"), tr("Fields")});
    for (const CaseHistoryEntry &e : std::as_const(m_entries)) {
        QStringList fields;
        for (const QString &f : e.fields)
            fields << CodeLabels::fieldLabel(f);
        m_model->appendRow(
            row({when(e.at), CodeLabels::label(e.operation), e.userLogin,
                 e.operation == u"insert"_s ? QString() : CodeLabels::joined(fields)}));
    }
}

} // namespace jisr
