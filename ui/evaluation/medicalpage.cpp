#include "evaluation/medicalpage.h"

#include "evaluation/choicetablemodel.h"
#include "evaluation/evaluationlabels.h"
#include "evaluation/evaluationservice.h"
#include "evaluation/qualifiertable.h"
#include "platform/errors/coreerror.h"
#include "platform/time/clock.h"
#include "workspace/workspace.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace jisr {

MedicalPage::MedicalPage(Workspace &workspace, const Actor &actor, QWidget *parent)
    : EvaluationPage(workspace, actor, parent)
{
    setObjectName(u"medicalPage"_s);
    auto *layout = new QVBoxLayout(this);
    if (!m_actor.can(Capability::EvaluateMedical)) {
        m_notice = newNotice(u"medicalReserved"_s);
        layout->addWidget(m_notice);
        layout->addStretch(1);
        retranslate();
        return;
    }
    buildForm();
    retranslate();
}

void MedicalPage::buildForm()
{
    auto *layout = static_cast<QVBoxLayout *>(this->layout());
    auto *form = new QFormLayout;
    m_diagnosis = new QPlainTextEdit;
    m_diagnosis->setObjectName(u"diagnosis"_s);
    m_diagnosis->setTabChangesFocus(true);
    m_diagnosis->setFixedHeight(64);
    m_icd10 = new QLineEdit;
    m_icd10->setObjectName(u"icd10"_s);
    m_icd10->setLayoutDirection(Qt::LeftToRight);
    m_icd10->setMaximumWidth(140);
    // Letters, digits and the dot only; whether it is a real ICD-10 form the service says.
    m_icd10->setValidator(
        new QRegularExpressionValidator(QRegularExpression(u"[A-Za-z0-9.]{0,8}"_s), m_icd10));
    for (int i = 0; i < 2; ++i)
        m_labels << new QLabel;
    form->addRow(m_labels[0], m_diagnosis);
    form->addRow(m_labels[1], m_icd10);
    layout->addLayout(form);
    m_impairments = new ChoiceTableModel(u"domain"_s, EvaluationCodes::impairmentDomains(),
                                         {u"qualifier"_s}, QualifierTable::codes(), this);
    m_table = QualifierTable::newView(m_impairments, u"impairmentTable"_s);
    layout->addWidget(m_table, 1);
    m_legend = QualifierTable::newLegend();
    layout->addWidget(m_legend);
    auto *more = new QFormLayout;
    m_devices = new QLineEdit;
    m_devices->setObjectName(u"devices"_s);
    m_examinedOn = newDateField(u"examinedOn"_s);
    m_examiner = new QLabel;
    m_examiner->setObjectName(u"examiner"_s);
    for (int i = 0; i < 2; ++i)
        m_labels << new QLabel;
    more->addRow(m_labels[2], m_devices);
    more->addRow(m_labels[3], m_examinedOn);
    more->addRow(m_examiner);
    layout->addLayout(more);
    m_save = new QPushButton;
    m_save->setObjectName(u"saveMedical"_s);
    layout->addWidget(m_save, 0, Qt::AlignTrailing);
    layout->addWidget(newMessageLine(u"medicalMessage"_s));
    for (int i = 0; i < m_labels.size(); ++i)
        m_labels[i]->setBuddy(QList<QWidget *>{m_diagnosis, m_icd10, m_devices, m_examinedOn}[i]);
    connect(m_save, &QPushButton::clicked, this, &MedicalPage::save);
}

QString MedicalPage::title() const
{
    return tr("Medical part");
}

void MedicalPage::retranslate()
{
    if (m_notice) {
        m_notice->setText(tr("The medical part is reserved to the doctors: its content is not "
                             "shown to your role."));
        return;
    }
    m_labels[0]->setText(tr("&Diagnosis:"));
    m_labels[1]->setText(tr("&ICD-10 code (optional):"));
    m_labels[2]->setText(tr("Assistive &devices:"));
    m_labels[3]->setText(tr("E&xamined on:"));
    m_icd10->setPlaceholderText(u"G80.1"_s);
    m_examinedOn->setPlaceholderText(tr("dd/mm/yyyy"));
    m_legend->setText(EvaluationLabels::qualifierLegend());
    m_save->setText(tr("&Save the medical part"));
    m_impairments->retranslate();
}

void MedicalPage::setEditable(bool editable)
{
    m_diagnosis->setReadOnly(!editable);
    m_icd10->setReadOnly(!editable);
    m_devices->setReadOnly(!editable);
    m_examinedOn->setReadOnly(!editable);
    m_impairments->setEditable(editable);
    m_save->setVisible(editable);
}

void MedicalPage::showEvaluation(const Evaluation &evaluation)
{
    m_evaluation = evaluation;
    if (m_notice) // nothing of the part is read for a role that may not see it
        return;
    setEnabled(!evaluation.id.isEmpty());
    m_impairments->clearChoices();
    const std::optional<MedicalAssessment> m =
        evaluation.id.isEmpty() ? std::nullopt : m_ws.evaluations().medical(m_actor, evaluation.id);
    m_diagnosis->setPlainText(m ? m->diagnosis : QString());
    m_icd10->setText(m ? m->icd10 : QString());
    m_devices->setText(m ? m->devices : QString());
    setDate(m_examinedOn, m ? m->examinedOn : m_ws.clock().today());
    if (m)
        for (auto it = m->impairments.cbegin(); it != m->impairments.cend(); ++it)
            m_impairments->setChoice(it.key(), 1, QString::number(it.value()));
    m_examiner->setText(tr("Examiner: %1")
                            .arg(m ? nameIn(m->examinerNameFr, m->examinerNameAr)
                                   : nameIn(m_actor.nameFr, m_actor.nameAr)));
    setEditable(evaluation.state == u"open"_s);
    showFrozen(evaluation.state != u"open"_s);
}

void MedicalPage::save()
{
    QStringList problems;
    MedicalAssessment m;
    m.examinedOn = typedDate(m_examinedOn, tr("Examined on"), problems);
    if (!problems.isEmpty())
        return showProblem(tr("Nothing was saved.") + u'\n' + problems.join(u'\n'));
    m.diagnosis = m_diagnosis->toPlainText();
    m.icd10 = m_icd10->text();
    m.devices = m_devices->text();
    for (const QString &domain : m_impairments->rowCodes()) {
        const QString q = m_impairments->choice(domain, 1);
        if (!q.isEmpty())
            m.impairments.insert(domain, q.toInt());
    }
    try {
        m_ws.evaluations().recordMedical(m_actor, m_evaluation.id, m);
        showDone(tr("The medical part is saved."));
        emit changed(m_evaluation.id);
    } catch (const CoreError &e) {
        showProblem(e);
    }
}

} // namespace jisr
