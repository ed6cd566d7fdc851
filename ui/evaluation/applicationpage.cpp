#include "evaluation/applicationpage.h"

#include "cases/casemediaservice.h"
#include "common/codelabels.h"
#include "common/filedialog.h"
#include "evaluation/checklistmodel.h"
#include "evaluation/evaluationlabels.h"
#include "evaluation/evaluationservice.h"
#include "platform/errors/validationerror.h"
#include "platform/time/clock.h"
#include "workspace/workspace.h"

#include <QComboBox>
#include <QFileInfo>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace jisr {

ApplicationPage::ApplicationPage(Workspace &workspace, const Actor &actor, QString caseId,
                                 QWidget *parent)
    : EvaluationPage(workspace, actor, parent), m_caseId(std::move(caseId))
{
    setObjectName(u"applicationPage"_s);
    auto *layout = new QVBoxLayout(this);
    m_form = new QWidget;
    auto *form = new QGridLayout(m_form);
    form->setContentsMargins(0, 0, 0, 0);
    m_received = newDateField(u"receivedOn"_s);
    m_applicant = new QComboBox;
    m_applicant->setObjectName(u"applicant"_s);
    m_kind = new QComboBox;
    m_kind->setObjectName(u"kind"_s);
    QWidget *fields[3] = {m_received, m_applicant, m_kind};
    for (int i = 0; i < 3; ++i) {
        m_labels[i] = new QLabel;
        m_labels[i]->setBuddy(fields[i]);
        form->addWidget(m_labels[i], i, 0);
        form->addWidget(fields[i], i, 1, Qt::AlignLeading);
    }
    form->setColumnStretch(2, 1);
    layout->addWidget(m_form);
    // Once opened, what the application is reads as one line instead of greyed fields.
    m_summary = new QLabel;
    m_summary->setObjectName(u"applicationSummary"_s);
    m_summary->setWordWrap(true);
    m_summary->setStyleSheet(u"QLabel { font-size: 11pt; }"_s);
    layout->addWidget(m_summary);
    m_open = new QPushButton;
    m_open->setObjectName(u"openApplication"_s);
    layout->addWidget(m_open, 0, Qt::AlignLeading);

    m_checklistTitle = new QLabel;
    m_checklistTitle->setStyleSheet(u"QLabel { font-weight: bold; }"_s);
    m_checklist = new ChecklistModel(this);
    m_checklistView = new QTableView;
    m_checklistView->setObjectName(u"checklist"_s);
    m_checklistView->setModel(m_checklist);
    m_checklistView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_checklistView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_checklistView->verticalHeader()->hide();
    m_checklistView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_checklistView->horizontalHeader()->setStretchLastSection(true);
    m_missing = new QLabel;
    m_missing->setObjectName(u"missingDocuments"_s);
    m_missing->setWordWrap(true);
    layout->addWidget(m_checklistTitle);
    layout->addWidget(m_checklistView, 1);
    layout->addWidget(m_missing);
    auto *buttons = new QHBoxLayout;
    m_attach = new QPushButton;
    m_attach->setObjectName(u"attachDocument"_s);
    m_submit = new QPushButton;
    m_submit->setObjectName(u"submitToCommittee"_s);
    buttons->addWidget(m_attach);
    buttons->addStretch(1);
    buttons->addWidget(m_submit);
    layout->addLayout(buttons);
    layout->addWidget(newMessageLine(u"applicationMessage"_s));

    connect(m_open, &QPushButton::clicked, this, &ApplicationPage::openApplication);
    connect(m_attach, &QPushButton::clicked, this, &ApplicationPage::attachSelected);
    connect(m_submit, &QPushButton::clicked, this, &ApplicationPage::submit);
    connect(m_checklist, &ChecklistModel::attachRequested, this, &ApplicationPage::attach);
    retranslate();
}

QString ApplicationPage::title() const
{
    return tr("Application");
}

void ApplicationPage::retranslate()
{
    m_labels[0]->setText(tr("&Received on:"));
    m_labels[1]->setText(tr("&Applicant:"));
    m_labels[2]->setText(tr("&Kind of application:"));
    m_received->setPlaceholderText(tr("dd/mm/yyyy"));
    m_open->setText(tr("&Open the application"));
    m_checklistTitle->setText(tr("Supporting documents (tick a missing one to attach it)"));
    m_attach->setText(tr("A&ttach the selected document…"));
    m_submit->setText(tr("&Send to the committee"));
    fillChoices();
    m_checklist->retranslate();
    if (!m_evaluation.id.isEmpty())
        showMissing();
}

void ApplicationPage::fillChoices()
{
    const auto fill = [](QComboBox *box, const QStringList &codes) {
        const QString current = box->currentData().toString();
        box->clear();
        for (const QString &c : codes)
            box->addItem(EvaluationLabels::label(c), c);
        box->setCurrentIndex(qMax(0, box->findData(current)));
    };
    fill(m_applicant, EvaluationCodes::applicants());
    fill(m_kind, EvaluationCodes::kinds());
}

// A new application after a card was granted is most often its renewal.
QString ApplicationPage::likelyKind() const
{
    if (!m_actor.can(Capability::OpenEvaluations))
        return u"first"_s;
    const QList<Evaluation> past = m_ws.evaluations().history(m_actor, m_caseId);
    return !past.isEmpty() && past.first().eligible.value_or(false) ? u"renewal"_s : u"first"_s;
}

void ApplicationPage::showEvaluation(const Evaluation &evaluation)
{
    m_evaluation = evaluation;
    const bool opened = !evaluation.id.isEmpty();
    const bool canOpen = m_actor.can(Capability::OpenEvaluations);
    m_form->setVisible(!opened);
    m_form->setEnabled(canOpen);
    m_summary->setVisible(opened);
    m_open->setVisible(!opened && canOpen);
    setDate(m_received, opened ? evaluation.receivedOn : m_ws.clock().today());
    m_applicant->setCurrentIndex(qMax(0, m_applicant->findData(evaluation.applicant)));
    m_kind->setCurrentIndex(qMax(0, m_kind->findData(opened ? evaluation.kind : likelyKind())));
    for (QWidget *w : {static_cast<QWidget *>(m_checklistTitle),
                       static_cast<QWidget *>(m_checklistView), static_cast<QWidget *>(m_missing),
                       static_cast<QWidget *>(m_attach), static_cast<QWidget *>(m_submit)})
        w->setVisible(opened);
    if (!opened)
        return;
    const bool open = evaluation.state == u"open"_s;
    m_checklist->setItems(m_ws.evaluations().checklist(m_actor, evaluation.id),
                          m_ws.media().documents(m_actor, m_caseId));
    m_checklist->setAttachable(open && m_actor.can(Capability::ManageDocuments));
    m_attach->setVisible(open && m_actor.can(Capability::ManageDocuments));
    m_submit->setVisible(open && canOpen);
    showMissing();
}

void ApplicationPage::showMissing()
{
    m_summary->setText(tr("Received on %1 · applicant: %2 · %3")
                           .arg(EvaluationLabels::date(m_evaluation.receivedOn),
                                EvaluationLabels::label(m_evaluation.applicant).toLower(),
                                EvaluationLabels::label(m_evaluation.kind)));
    QStringList missing;
    for (const QString &code : m_checklist->missing())
        missing << EvaluationLabels::label(code);
    if (m_evaluation.state != u"open"_s)
        m_missing->setText(tr("Sent to the committee."));
    else if (missing.isEmpty())
        m_missing->setText(tr("The file holds every supporting document."));
    else
        m_missing->setText(tr("Still missing: %1.").arg(CodeLabels::joined(missing)));
}

void ApplicationPage::openApplication()
{
    QStringList problems;
    const QDate received = typedDate(m_received, tr("Received on"), problems);
    if (!problems.isEmpty())
        return showProblem(problems.join(u'\n'));
    try {
        const Evaluation e =
            m_ws.evaluations().open(m_actor, m_caseId, m_kind->currentData().toString(),
                                    m_applicant->currentData().toString(), received);
        showDone(tr("The application is open. Attach the supporting documents."));
        emit changed(e.id);
    } catch (const CoreError &e) {
        showProblem(e);
    }
}

void ApplicationPage::attachSelected()
{
    const QModelIndex current = m_checklistView->currentIndex();
    if (!current.isValid())
        return showProblem(tr("Choose the document to attach in the list first."));
    attach(current.data(ChecklistModel::CodeRole).toString());
}

void ApplicationPage::attach(const QString &code)
{
    const bool photo = code == u"photo"_s;
    const QString file =
        FileDialog::getOpenFileName(this, tr("Attach: %1").arg(EvaluationLabels::label(code)), {},
                                    photo ? tr("Images (*.jpg *.jpeg *.png *.bmp)")
                                          : tr("Scans and PDF (*.pdf *.jpg *.jpeg *.png)"));
    if (file.isEmpty())
        return;
    try {
        if (photo)
            m_ws.media().setPhotoFromFile(m_actor, m_caseId, file);
        else
            m_ws.media().addDocument(m_actor, m_caseId, file, code, EvaluationLabels::label(code),
                                     m_ws.clock().today());
        showDone(tr("Attached: %1.").arg(EvaluationLabels::label(code)));
        emit changed(m_evaluation.id);
    } catch (const CoreError &e) {
        showProblem(e);
    }
}

void ApplicationPage::submit()
{
    try {
        m_ws.evaluations().submit(m_actor, m_evaluation.id);
        showDone(tr("The application was sent to the committee."));
        emit changed(m_evaluation.id);
    } catch (const ValidationError &e) {
        // Each missing document by its name: the core names it by its code.
        QStringList lines{tr("Not sent to the committee: the application is incomplete.")};
        for (const ValidationIssue &i : e.issues()) {
            const bool document = m_checklist->missing().contains(i.field);
            lines << u"• "_s +
                         (document
                              ? tr("Missing document: %1").arg(EvaluationLabels::label(i.field))
                              : i.message);
        }
        showProblem(lines.join(u'\n'));
    } catch (const CoreError &e) {
        showProblem(e);
    }
}

} // namespace jisr
