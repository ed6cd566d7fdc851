#include "evaluation/evaluationdialog.h"

#include "common/messagebox.h"
#include "evaluation/applicationpage.h"
#include "evaluation/decisionpage.h"
#include "evaluation/evaluationservice.h"
#include "evaluation/medicalpage.h"
#include "evaluation/socialpage.h"
#include "platform/errors/coreerror.h"
#include "workspace/workspace.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QLayout>
#include <QPushButton>
#include <QTabWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace jisr {

EvaluationDialog::EvaluationDialog(Workspace &workspace, const Actor &actor, const QString &caseId,
                                   const QString &evaluationId, QWidget *parent)
    : QDialog(parent), m_ws(workspace), m_actor(actor), m_caseId(caseId)
{
    setObjectName(u"evaluationDialog"_s);
    resize(820, 640);
    auto *layout = new QVBoxLayout(this);
    m_tabs = new QTabWidget;
    m_tabs->setObjectName(u"evaluationPages"_s);
    m_application = new ApplicationPage(workspace, actor, caseId);
    m_medical = new MedicalPage(workspace, actor);
    m_social = new SocialPage(workspace, actor);
    m_decision = new DecisionPage(workspace, actor);
    for (EvaluationPage *page : pages()) {
        m_tabs->addTab(page, QString());
        connect(page, &EvaluationPage::changed, this, &EvaluationDialog::refresh);
    }
    layout->addWidget(m_tabs);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    retranslate();
    refresh(evaluationId);
    // Each role starts where its work is.
    if (!evaluationId.isEmpty()) {
        if (actor.can(Capability::EvaluateMedical))
            m_tabs->setCurrentWidget(m_medical);
        else if (actor.can(Capability::EvaluateSocial))
            m_tabs->setCurrentWidget(m_social);
        else if (actor.can(Capability::DecideEvaluations))
            m_tabs->setCurrentWidget(m_decision);
    }
}

QList<EvaluationPage *> EvaluationDialog::pages() const
{
    return {m_application, m_medical, m_social, m_decision};
}

void EvaluationDialog::refresh(const QString &evaluationId)
{
    m_evaluationId = evaluationId;
    Evaluation e;
    e.caseId = m_caseId;
    try {
        if (!evaluationId.isEmpty())
            e = m_ws.evaluations().get(m_actor, evaluationId);
        for (EvaluationPage *page : pages())
            page->showEvaluation(e);
    } catch (const CoreError &error) {
        MessageBox::warning(this, windowTitle(), error.message());
    }
    // Nothing but the application can be filled before it is opened.
    for (int i = 1; i < m_tabs->count(); ++i)
        m_tabs->setTabEnabled(i, !evaluationId.isEmpty());
    // Laid out now: a summary that grew from one line to five shows whole at the next paint.
    for (EvaluationPage *page : pages())
        page->layout()->activate();
}

void EvaluationDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void EvaluationDialog::retranslate()
{
    setWindowTitle(tr("Disability card application"));
    const QList<EvaluationPage *> all = pages();
    for (int i = 0; i < all.size(); ++i)
        m_tabs->setTabText(i, all.at(i)->title());
}

} // namespace jisr
