#include "cases/casenotestab.h"

#include "cases/casenoteservice.h"
#include "common/applanguage.h"
#include "common/codelabels.h"
#include "common/messagebox.h"
#include "platform/audit/auditservice.h"
#include "platform/errors/coreerror.h"
#include "workspace/workspace.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace jisr {

CaseNotesTab::CaseNotesTab(Workspace &workspace, CaseNote::Kind kind, QWidget *parent)
    : CaseTab(workspace, parent), m_kind(kind)
{
    const QString code = CaseNoteService::kindCode(kind);
    setObjectName(code + u"NotesTab"_s);
    auto *layout = new QVBoxLayout(this);
    m_hint = new QLabel;
    m_hint->setWordWrap(true);
    layout->addWidget(m_hint);
    if (isMedical())
        buildEmergency(layout);
    m_model = new QStandardItemModel(this);
    QTableView *view = newTable(m_model, code + u"NotesView"_s);
    view->setWordWrap(true);
    layout->addWidget(view, 1);
    layout->addLayout(buildWriter());
    retranslate();
}

void CaseNotesTab::buildEmergency(QVBoxLayout *layout)
{
    m_notice = new QLabel;
    m_notice->setObjectName(u"medicalEmergencyNotice"_s);
    m_notice->setWordWrap(true);
    m_notice->setStyleSheet(u"QLabel { background: #fff4e5; color: #7a3e00; padding: 6px; }"_s);
    m_notice->hide();
    m_emergency = new QPushButton;
    m_emergency->setObjectName(u"emergencyAccessButton"_s);
    layout->addWidget(m_notice);
    layout->addWidget(m_emergency, 0, Qt::AlignLeading);
    connect(m_emergency, &QPushButton::clicked, this, &CaseNotesTab::requestEmergency);
}

QLayout *CaseNotesTab::buildWriter()
{
    m_category = new QComboBox;
    for (const QString &c : CaseNoteService::categories(m_kind))
        m_category->addItem(c, c);
    m_text = new QPlainTextEdit;
    m_text->setObjectName(CaseNoteService::kindCode(m_kind) + u"NoteText"_s);
    m_text->setMaximumHeight(90);
    m_add = new QPushButton;
    auto *addRow = new QHBoxLayout;
    addRow->addWidget(m_category);
    addRow->addWidget(m_text, 1);
    addRow->addWidget(m_add);
    connect(m_add, &QPushButton::clicked, this, &CaseNotesTab::addNote);
    return addRow;
}

void CaseNotesTab::retranslate()
{
    m_add->setText(tr("Add the note"));
    for (int i = 0; i < m_category->count(); ++i)
        m_category->setItemText(i, CodeLabels::label(m_category->itemData(i).toString()));
    if (isMedical()) {
        m_emergency->setText(tr("Emergency access…"));
        m_hint->setText(tr("Medical notes are for doctors. An administrator can open them "
                           "for this file only, with a reason that the centre will see."));
    } else {
        m_hint->setText(tr("Social notes are for social workers."));
    }
    fill();
}

void CaseNotesTab::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    CaseTab::changeEvent(event);
}

// A new user or another file: an emergency access granted before does not carry over.
void CaseNotesTab::subjectChanged()
{
    m_emergencyActor = Actor();
    const bool write =
        m_actor.can(isMedical() ? Capability::WriteMedicalNotes : Capability::WriteSocialNotes);
    m_add->setVisible(write);
    m_text->setVisible(write);
    m_category->setVisible(write);
    if (isMedical())
        m_emergency->setVisible(!m_actor.can(Capability::ReadMedicalNotes) &&
                                m_actor.can(Capability::EmergencyMedicalAccess));
}

void CaseNotesTab::load()
{
    const Capability read =
        isMedical() ? Capability::ReadMedicalNotes : Capability::ReadSocialNotes;
    const Actor &reader = m_emergencyActor.isValid() ? m_emergencyActor : m_actor;
    if (m_actor.can(read) || m_emergencyActor.isValid())
        m_notes = m_ws.notes().list(reader, m_caseId, m_kind);
    // Doctors, whose notes were opened, and administrators see every emergency access to this
    // file's medical notes: who, when and why.
    if (isMedical() &&
        (m_actor.can(Capability::ReadMedicalNotes) || m_actor.can(Capability::ViewAudit)))
        m_emergencies = m_ws.auditQueries().emergencyAccesses(m_actor, {}, m_caseId);
    fill();
}

void CaseNotesTab::clear()
{
    m_notes.clear();
    m_emergencies.clear();
    fill();
}

void CaseNotesTab::fill()
{
    m_model->clear();
    m_model->setHorizontalHeaderLabels({tr("When"), tr("Kind"), tr("Author"), tr("Note")});
    for (const CaseNote &n : std::as_const(m_notes))
        m_model->appendRow(row({when(n.createdAt), CodeLabels::label(n.category),
                                n.authorNameIn(AppLanguage::instance().current()), n.body}));
    if (!isMedical())
        return;
    QStringList lines;
    for (const AuditEntry &e : std::as_const(m_emergencies))
        lines << tr("Emergency access by %1 on %2: “%3”").arg(e.login, when(e.at), e.details);
    m_notice->setText(lines.join(u'\n'));
    m_notice->setVisible(!lines.isEmpty());
}

void CaseNotesTab::addNote()
{
    try {
        m_ws.notes().add(m_actor, m_caseId, m_kind, m_category->currentData().toString(),
                         m_text->toPlainText());
        m_text->clear();
        reload();
    } catch (const CoreError &e) {
        MessageBox::warning(this, tr("Notes"), e.message());
    }
}

void CaseNotesTab::requestEmergency()
{
    bool ok = false;
    const QString reason = QInputDialog::getMultiLineText(
        this, tr("Emergency access"),
        tr("Why do you need this person's medical notes now? The reason is recorded and shown "
           "to the centre."),
        {}, &ok);
    if (!ok)
        return;
    try {
        m_emergencyActor = m_ws.notes().beginEmergencyAccess(m_actor, m_caseId, reason);
        m_emergency->hide();
        reload();
    } catch (const CoreError &e) {
        MessageBox::warning(this, tr("Emergency access"), e.message());
    }
}

} // namespace jisr
