#include "evaluation/evaluationtab.h"

#include "evaluation/evaluationdialog.h"
#include "evaluation/evaluationhistorymodel.h"
#include "evaluation/evaluationservice.h"
#include "workspace/workspace.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace jisr {

EvaluationTab::EvaluationTab(Workspace &workspace, QWidget *parent) : CaseTab(workspace, parent)
{
    setObjectName(u"evaluationTab"_s);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_model = new EvaluationHistoryModel(this);
    m_view = new QTableView;
    m_view->setObjectName(u"evaluationHistory"_s);
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->verticalHeader()->hide();
    layout->addWidget(m_view, 1);
    auto *buttons = new QHBoxLayout;
    m_new = new QPushButton;
    m_new->setObjectName(u"newEvaluation"_s);
    m_open = new QPushButton;
    m_open->setObjectName(u"openEvaluation"_s);
    buttons->addWidget(m_new);
    buttons->addWidget(m_open);
    buttons->addStretch(1);
    layout->addLayout(buttons);
    connect(m_new, &QPushButton::clicked, this, [this] { openDialog({}); });
    connect(m_open, &QPushButton::clicked, this, &EvaluationTab::openSelected);
    connect(m_view, &QTableView::activated, this, &EvaluationTab::openSelected);
    connect(&m_ws.evaluations(), &EvaluationService::evaluationChanged, this,
            [this](const QString &caseId) {
                if (caseId == m_caseId)
                    reload();
            });
    retranslate();
}

void EvaluationTab::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    CaseTab::changeEvent(event);
}

void EvaluationTab::retranslate()
{
    m_new->setText(tr("&New application…"));
    m_open->setText(tr("&Open the application"));
    m_model->retranslate();
}

void EvaluationTab::subjectChanged()
{
    m_new->setVisible(m_actor.can(Capability::OpenEvaluations));
}

void EvaluationTab::load()
{
    m_model->setEvaluations(m_ws.evaluations().history(m_actor, m_caseId));
    if (m_model->rowCount() > 0)
        m_view->setCurrentIndex(m_model->index(0, 0));
    updateButtons();
}

void EvaluationTab::clear()
{
    m_model->setEvaluations({});
    updateButtons();
}

// One application at a time: a new one (a re-evaluation) once the last is decided.
void EvaluationTab::updateButtons()
{
    const QList<Evaluation> &all = m_model->evaluations();
    m_new->setEnabled(all.isEmpty() || all.first().state == u"decided"_s);
    m_open->setEnabled(!all.isEmpty());
}

void EvaluationTab::openSelected()
{
    const QModelIndex current = m_view->currentIndex();
    if (current.isValid())
        openDialog(current.data(EvaluationHistoryModel::IdRole).toString());
}

void EvaluationTab::openDialog(const QString &evaluationId)
{
    if (m_dialog)
        m_dialog->close();
    m_dialog = new EvaluationDialog(m_ws, m_actor, m_caseId, evaluationId, this);
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_dialog->open();
}

} // namespace jisr
