#include "evaluation/decisionpage.h"

#include "cards/cardservice.h"
#include "cards/casedocumentdialog.h"
#include "cases/casefile.h"
#include "common/bidi.h"
#include "common/codelabels.h"
#include "common/messagebox.h"
#include "evaluation/evaluationlabels.h"
#include "evaluation/evaluationservice.h"
#include "platform/errors/coreerror.h"
#include "platform/text/typeddate.h"
#include "platform/time/clock.h"
#include "workspace/workspace.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace jisr {

DecisionPage::DecisionPage(Workspace &workspace, const Actor &actor, QWidget *parent)
    : EvaluationPage(workspace, actor, parent)
{
    setObjectName(u"decisionPage"_s);
    auto *layout = new QVBoxLayout(this);
    m_summary = new QLabel;
    m_summary->setObjectName(u"decisionSummary"_s);
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_summary);
    if (m_actor.can(Capability::DecideEvaluations))
        layout->addWidget(buildForm());
    m_issue = new QPushButton;
    m_issue->setObjectName(u"issueCard"_s);
    m_issue->hide();
    layout->addWidget(m_issue, 0, Qt::AlignLeading);
    // A refusal is announced to the person by letter, with its reasons.
    m_letter = new QPushButton;
    m_letter->setObjectName(u"refusalLetter"_s);
    m_letter->hide();
    layout->addWidget(m_letter, 0, Qt::AlignLeading);
    layout->addStretch(1);
    layout->addWidget(newMessageLine(u"decisionMessage"_s));
    connect(m_issue, &QPushButton::clicked, this, &DecisionPage::issueCard);
    connect(m_letter, &QPushButton::clicked, this, &DecisionPage::printRefusalLetter);
    retranslate();
}

QWidget *DecisionPage::buildForm()
{
    m_form = new QGroupBox;
    m_form->setObjectName(u"decisionForm"_s);
    auto *form = new QFormLayout(m_form);
    auto *outcome = new QHBoxLayout;
    m_eligible = new QRadioButton;
    m_eligible->setObjectName(u"eligibleYes"_s);
    m_refused = new QRadioButton;
    m_refused->setObjectName(u"eligibleNo"_s);
    outcome->addWidget(m_eligible);
    outcome->addWidget(m_refused);
    outcome->addStretch(1);
    m_degree = new QComboBox;
    m_degree->setObjectName(u"degree"_s);
    auto *types = new QGridLayout;
    const QStringList typeCodes = CaseFileCodes::disabilityTypes();
    for (int i = 0; i < typeCodes.size(); ++i) {
        auto *box = new QCheckBox;
        box->setObjectName(u"type_"_s + typeCodes.at(i));
        m_types.insert(typeCodes.at(i), box);
        types->addWidget(box, i / 3, i % 3);
    }
    m_date = newDateField(u"decisionDate"_s);
    m_reference = new QLineEdit;
    m_reference->setObjectName(u"decisionRef"_s);
    m_reference->setLayoutDirection(Qt::LeftToRight);
    m_reference->setMaxLength(100);
    auto *validity = new QHBoxLayout;
    m_validFrom = newDateField(u"validFrom"_s);
    m_validUntil = newDateField(u"validUntil"_s);
    m_reasons = new QPlainTextEdit;
    m_reasons->setObjectName(u"reasons"_s);
    m_reasons->setTabChangesFocus(true);
    m_reasons->setFixedHeight(60);
    for (int i = 0; i < 8; ++i)
        m_labels << new QLabel;
    validity->addWidget(m_validFrom);
    validity->addWidget(m_labels[7]);
    validity->addWidget(m_validUntil);
    validity->addStretch(1);
    form->addRow(m_labels[0], outcome);
    form->addRow(m_labels[1], m_degree);
    form->addRow(m_labels[2], types);
    form->addRow(m_labels[3], m_date);
    form->addRow(m_labels[4], m_reference);
    form->addRow(m_labels[5], validity);
    form->addRow(m_labels[6], m_reasons);
    m_labels[1]->setBuddy(m_degree);
    m_labels[3]->setBuddy(m_date);
    m_labels[4]->setBuddy(m_reference);
    m_labels[5]->setBuddy(m_validFrom);
    m_labels[7]->setBuddy(m_validUntil);
    m_labels[6]->setBuddy(m_reasons);
    m_record = new QPushButton;
    m_record->setObjectName(u"recordDecision"_s);
    form->addRow(m_record);
    connect(m_record, &QPushButton::clicked, this, &DecisionPage::record);
    connect(m_date, &QLineEdit::textEdited, this, &DecisionPage::dateEdited);
    return m_form;
}

QString DecisionPage::title() const
{
    return tr("Committee decision");
}

void DecisionPage::retranslate()
{
    m_issue->setText(tr("&Issue the card"));
    m_letter->setText(tr("Refusal &letter…"));
    if (m_form) {
        m_form->setTitle(tr("The committee's decision"));
        m_eligible->setText(tr("&Eligible"));
        m_refused->setText(tr("&Not eligible"));
        const QStringList texts{tr("Outcome:"),
                                tr("De&gree:"),
                                tr("Type(s):"),
                                tr("Decision &date:"),
                                tr("&Reference:"),
                                tr("&Valid from:"),
                                tr("Rea&sons (required for a refusal):"),
                                tr("&until:")};
        for (int i = 0; i < texts.size(); ++i)
            m_labels[i]->setText(texts.at(i));
        for (auto it = m_types.cbegin(); it != m_types.cend(); ++it)
            it.value()->setText(CodeLabels::label(it.key()));
        for (QLineEdit *d : {m_date, m_validFrom, m_validUntil})
            d->setPlaceholderText(tr("dd/mm/yyyy"));
        m_record->setText(tr("&Record the decision"));
        fillDegrees();
    }
    showSummary();
}

void DecisionPage::fillDegrees()
{
    const QString current = m_degree->currentData().toString();
    m_degree->clear();
    m_degree->addItem(QString());
    for (const QString &d : CaseFileCodes::severities())
        m_degree->addItem(CodeLabels::label(d), d);
    m_degree->setCurrentIndex(qMax(0, m_degree->findData(current)));
}

// The validity follows the decision's date until someone types another.
void DecisionPage::dateEdited()
{
    const QDate d = TypedDate::parse(m_date->text());
    if (!d.isValid())
        return;
    setDate(m_validFrom, d);
    setDate(m_validUntil, d.addYears(EvaluationCodes::ValidityYears).addDays(-1));
}

void DecisionPage::showEvaluation(const Evaluation &evaluation)
{
    const bool another = evaluation.id != m_evaluation.id;
    m_evaluation = evaluation;
    m_cardNumber.clear();
    if (evaluation.state == u"decided"_s)
        for (const Card &c : m_ws.cards().forCase(m_actor, evaluation.caseId))
            if (c.evaluationId == evaluation.id)
                m_cardNumber = c.number;
    if (m_form) {
        m_form->setVisible(evaluation.state == u"submitted"_s);
        if (another) {
            const QDate today = m_ws.clock().today();
            setDate(m_date, today);
            setDate(m_validFrom, today);
            setDate(m_validUntil, today.addYears(EvaluationCodes::ValidityYears).addDays(-1));
        }
    }
    m_issue->setVisible(evaluation.state == u"decided"_s && evaluation.eligible.value_or(false) &&
                        m_cardNumber.isEmpty() && m_actor.can(Capability::ApproveCards));
    m_letter->setVisible(evaluation.state == u"decided"_s && !evaluation.eligible.value_or(true));
    showSummary();
}

QString DecisionPage::summary() const
{
    const Evaluation &e = m_evaluation;
    if (e.id.isEmpty())
        return tr("The application is not open yet.");
    if (e.state == u"open"_s)
        return tr("The application has not been sent to the committee yet.");
    if (e.state == u"submitted"_s)
        return m_form ? tr("The application is at the committee: record its decision below.")
                      : tr("The application is at the committee, which has not decided yet.");
    QStringList lines;
    const QString ref = leftToRight(e.decisionRef);
    if (e.eligible.value_or(false)) {
        QStringList types;
        for (const QString &t : e.types)
            types << CodeLabels::label(t).toLower(); // inside a sentence
        lines << tr("Eligible: disability %1, degree %2.")
                     .arg(CodeLabels::joined(types), CodeLabels::label(e.degree).toLower())
              << tr("Card valid from %1 to %2.")
                     .arg(EvaluationLabels::date(e.validFrom),
                          EvaluationLabels::date(e.validUntil));
    } else {
        lines << tr("Not eligible.") << tr("Reasons: %1").arg(e.reasons);
    }
    lines << tr("Decision %1 of %2.").arg(ref, EvaluationLabels::date(e.decisionDate));
    if (!m_cardNumber.isEmpty())
        lines << tr("Card issued: number %1.").arg(leftToRight(m_cardNumber));
    return lines.join(u'\n');
}

void DecisionPage::showSummary()
{
    m_summary->setText(summary());
}

void DecisionPage::record()
{
    QStringList problems;
    EvaluationService::Decision d;
    if (!m_eligible->isChecked() && !m_refused->isChecked())
        problems << tr("Say whether the person is eligible.");
    d.eligible = m_eligible->isChecked();
    d.degree = m_degree->currentData().toString();
    for (auto it = m_types.cbegin(); it != m_types.cend(); ++it)
        if (it.value()->isChecked())
            d.types << it.key();
    d.date = typedDate(m_date, tr("Decision date"), problems);
    d.reference = m_reference->text();
    d.validFrom = typedDate(m_validFrom, tr("Valid from"), problems);
    d.validUntil = typedDate(m_validUntil, tr("Valid until"), problems);
    d.reasons = m_reasons->toPlainText();
    if (!problems.isEmpty())
        return showProblem(tr("The decision was not recorded.") + u'\n' + problems.join(u'\n'));
    if (MessageBox::question(this, title(),
                             tr("Record this decision? It cannot be changed afterwards: a "
                                "change needs a re-evaluation.")) != QMessageBox::Yes)
        return;
    try {
        m_ws.evaluations().decide(m_actor, m_evaluation.id, d);
        showDone(tr("The decision is recorded."));
        emit changed(m_evaluation.id);
    } catch (const CoreError &e) {
        showProblem(e);
    }
}

void DecisionPage::issueCard()
{
    try {
        const Card card = m_ws.cards().issue(m_actor, m_evaluation.caseId);
        showDone(tr("Card %1 issued: it waits to be printed in the card list.")
                     .arg(leftToRight(card.number)));
        emit changed(m_evaluation.id);
    } catch (const CoreError &e) {
        showProblem(e);
    }
}

void DecisionPage::printRefusalLetter()
{
    CaseDocumentDialog::openRefusalLetter(m_ws, m_actor, m_evaluation.id, this);
}

} // namespace jisr
