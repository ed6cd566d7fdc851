#include "evaluation/socialpage.h"

#include "evaluation/choicetablemodel.h"
#include "evaluation/evaluationlabels.h"
#include "evaluation/evaluationservice.h"
#include "evaluation/qualifiertable.h"
#include "platform/errors/coreerror.h"
#include "platform/time/clock.h"
#include "workspace/workspace.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace jisr {

SocialPage::SocialPage(Workspace &workspace, const Actor &actor, QWidget *parent)
    : EvaluationPage(workspace, actor, parent)
{
    setObjectName(u"socialPage"_s);
    auto *layout = new QVBoxLayout(this);
    if (!m_actor.can(Capability::EvaluateSocial)) {
        m_notice = newNotice(u"socialReserved"_s);
        layout->addWidget(m_notice);
        layout->addStretch(1);
    } else {
        buildForm();
    }
    retranslate();
}

void SocialPage::buildForm()
{
    auto *layout = static_cast<QVBoxLayout *>(this->layout());
    m_participation =
        new ChoiceTableModel(u"domain"_s, EvaluationCodes::participationDomains(),
                             {u"performance"_s, u"capacity"_s}, QualifierTable::codes(), this);
    m_environment = new ChoiceTableModel(u"factor"_s, EvaluationCodes::environmentalFactors(),
                                         {u"effect"_s}, {u"barrier"_s, u"facilitator"_s}, this);
    auto *tables = new QHBoxLayout;
    tables->addWidget(QualifierTable::newView(m_participation, u"participationTable"_s), 3);
    tables->addWidget(QualifierTable::newView(m_environment, u"environmentTable"_s), 2);
    layout->addLayout(tables, 1);
    m_legend = QualifierTable::newLegend();
    layout->addWidget(m_legend);
    auto *form = new QFormLayout;
    m_living = new QPlainTextEdit;
    m_living->setObjectName(u"livingSituation"_s);
    m_living->setTabChangesFocus(true);
    m_living->setFixedHeight(56);
    m_rsu = new QLineEdit;
    m_rsu->setObjectName(u"rsuIndex"_s);
    m_rsu->setLayoutDirection(Qt::LeftToRight);
    m_rsu->setMaximumWidth(100);
    m_assessedOn = newDateField(u"assessedOn"_s);
    const QList<QWidget *> fields{m_living, m_rsu, m_assessedOn};
    for (QWidget *field : fields) {
        m_labels << new QLabel;
        m_labels.last()->setBuddy(field);
        form->addRow(m_labels.last(), field);
    }
    m_worker = new QLabel;
    m_worker->setObjectName(u"worker"_s);
    form->addRow(m_worker);
    layout->addLayout(form);
    m_save = new QPushButton;
    m_save->setObjectName(u"saveSocial"_s);
    layout->addWidget(m_save, 0, Qt::AlignTrailing);
    layout->addWidget(newMessageLine(u"socialMessage"_s));
    connect(m_save, &QPushButton::clicked, this, &SocialPage::save);
}

QString SocialPage::title() const
{
    return tr("Social part");
}

void SocialPage::retranslate()
{
    if (m_notice) {
        m_notice->setText(tr("The social part is reserved to the social workers: its content is "
                             "not shown to your role."));
        return;
    }
    m_labels[0]->setText(tr("&Living situation:"));
    m_labels[1]->setText(tr("&RSU index:"));
    m_labels[2]->setText(tr("&Assessed on:"));
    m_assessedOn->setPlaceholderText(tr("dd/mm/yyyy"));
    m_legend->setText(EvaluationLabels::qualifierLegend());
    m_save->setText(tr("&Save the social part"));
    m_participation->retranslate();
    m_environment->retranslate();
}

void SocialPage::setEditable(bool editable)
{
    m_living->setReadOnly(!editable);
    m_rsu->setReadOnly(!editable);
    m_assessedOn->setReadOnly(!editable);
    m_participation->setEditable(editable);
    m_environment->setEditable(editable);
    m_save->setVisible(editable);
}

void SocialPage::showEvaluation(const Evaluation &evaluation)
{
    m_evaluation = evaluation;
    if (m_notice) // nothing of the part is read for a role that may not see it
        return;
    setEnabled(!evaluation.id.isEmpty());
    m_participation->clearChoices();
    m_environment->clearChoices();
    const std::optional<SocialAssessment> s =
        evaluation.id.isEmpty() ? std::nullopt : m_ws.evaluations().social(m_actor, evaluation.id);
    m_living->setPlainText(s ? s->livingSituation : QString());
    m_rsu->setText(s && s->rsuIndex ? QLocale().toString(*s->rsuIndex) : QString());
    setDate(m_assessedOn, s ? s->assessedOn : m_ws.clock().today());
    m_worker->setText(tr("Assessed by: %1")
                          .arg(s ? nameIn(s->workerNameFr, s->workerNameAr)
                                 : nameIn(m_actor.nameFr, m_actor.nameAr)));
    if (s) {
        for (auto it = s->participation.cbegin(); it != s->participation.cend(); ++it) {
            m_participation->setChoice(it.key(), 1, QString::number(it->performance));
            m_participation->setChoice(it.key(), 2, QString::number(it->capacity));
        }
        for (auto it = s->environment.cbegin(); it != s->environment.cend(); ++it)
            m_environment->setChoice(it.key(), 1, it.value());
    }
    setEditable(evaluation.state == u"open"_s);
    showFrozen(evaluation.state != u"open"_s);
}

SocialAssessment SocialPage::typed(QStringList &problems) const
{
    SocialAssessment s;
    s.assessedOn = typedDate(m_assessedOn, tr("Assessed on"), problems);
    s.livingSituation = m_living->toPlainText();
    for (const QString &domain : m_participation->rowCodes()) {
        const QString performance = m_participation->choice(domain, 1);
        const QString capacity = m_participation->choice(domain, 2);
        if (performance.isEmpty() && capacity.isEmpty())
            continue;
        if (performance.isEmpty() || capacity.isEmpty())
            problems << tr("%1: give both the performance and the capacity qualifiers.")
                            .arg(EvaluationLabels::label(domain));
        s.participation.insert(domain, {performance.toInt(), capacity.toInt()});
    }
    for (const QString &factor : m_environment->rowCodes())
        if (const QString effect = m_environment->choice(factor, 1); !effect.isEmpty())
            s.environment.insert(factor, effect);
    const QString rsu = m_rsu->text().trimmed();
    if (!rsu.isEmpty()) {
        bool ok = false;
        // 9,3 as a French keyboard types it, 9.3 as a number pad does.
        const double value = QString(rsu).replace(u',', u'.').toDouble(&ok);
        if (ok)
            s.rsuIndex = value;
        else
            problems << tr("The RSU index is a number from 0 to 100.");
    }
    return s;
}

void SocialPage::save()
{
    QStringList problems;
    const SocialAssessment s = typed(problems);
    if (!problems.isEmpty())
        return showProblem(tr("Nothing was saved.") + u'\n' + problems.join(u'\n'));
    try {
        m_ws.evaluations().recordSocial(m_actor, m_evaluation.id, s);
        showDone(tr("The social part is saved."));
        emit changed(m_evaluation.id);
    } catch (const CoreError &e) {
        showProblem(e);
    }
}

} // namespace jisr
