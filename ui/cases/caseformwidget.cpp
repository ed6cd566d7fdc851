#include "cases/caseformwidget.h"

#include "cases/casefieldspage.h"
#include "cases/casefileservice.h"
#include "cases/caseformmapper.h"
#include "cases/casesidepanels.h"
#include "cases/casevalidationview.h"
#include "common/bidi.h"
#include "common/messagebox.h"
#include "platform/errors/coreerror.h"
#include "platform/errors/validationerror.h"
#include "platform/settings/workstationsettings.h"
#include "workspace/workspace.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QShortcut>
#include <QTabWidget>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace jisr {

CaseFormWidget::CaseFormWidget(Workspace &workspace, QWidget *parent)
    : QWidget(parent), m_ws(workspace)
{
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(buildHeader());
    m_readOnlyNotice = new QLabel;
    m_readOnlyNotice->setObjectName(u"readOnlyNotice"_s);
    m_readOnlyNotice->setWordWrap(true);
    m_readOnlyNotice->setStyleSheet(u"QLabel { background: #e8eef5; padding: 6px; }"_s);
    m_readOnlyNotice->hide();
    layout->addWidget(m_readOnlyNotice);
    m_fields = new CaseFieldsPage;
    m_mapper = std::make_unique<CaseFormMapper>(*m_fields);
    m_validation = new CaseValidationView(*m_fields);
    layout->addWidget(m_validation);
    m_tabs = new QTabWidget;
    m_tabs->addTab(m_fields, QString());
    m_panels = new CaseSidePanels(m_ws, m_tabs, this);
    layout->addWidget(m_tabs, 1);

    m_checkTimer = new QTimer(this);
    m_checkTimer->setSingleShot(true);
    m_checkTimer->setInterval(250);
    connect(m_checkTimer, &QTimer::timeout, this, &CaseFormWidget::runCheck);
    connect(m_fields, &CaseFieldsPage::edited, this, &CaseFormWidget::scheduleCheck);
    connect(m_fields, &CaseFieldsPage::left, m_validation, &CaseValidationView::reveal);
    connect(m_validation, &CaseValidationView::openCaseRequested, this,
            &CaseFormWidget::openCaseRequested);
    connect(m_save, &QPushButton::clicked, this, &CaseFormWidget::save);
    connect(m_close, &QPushButton::clicked, this, &CaseFormWidget::closeRequested);
    auto *saveShortcut = new QShortcut(QKeySequence::Save, this);
    connect(saveShortcut, &QShortcut::activated, this, &CaseFormWidget::save);
    // Esc anywhere in the form, not in a popup or a dialog of it.
    auto *backShortcut =
        new QShortcut(Qt::Key_Escape, this, nullptr, nullptr, Qt::WidgetWithChildrenShortcut);
    connect(backShortcut, &QShortcut::activated, this, &CaseFormWidget::closeRequested);
    connect(m_book, &QPushButton::clicked, this, &CaseFormWidget::requestBooking);
    auto *bookShortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_B), this, nullptr, nullptr,
                                       Qt::WidgetWithChildrenShortcut);
    connect(bookShortcut, &QShortcut::activated, this, &CaseFormWidget::requestBooking);
    retranslate();
    newCase();
}

CaseFormWidget::~CaseFormWidget() = default;

QLayout *CaseFormWidget::buildHeader()
{
    auto *header = new QHBoxLayout;
    m_title = new QLabel;
    m_title->setObjectName(u"caseTitle"_s);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    header->addWidget(m_title, 1);
    m_save = new QPushButton;
    m_save->setObjectName(u"saveButton"_s);
    m_close = new QPushButton;
    m_close->setObjectName(u"closeButton"_s);
    m_book = new QPushButton;
    m_book->setObjectName(u"bookButton"_s);
    header->addWidget(m_book);
    header->addWidget(m_save);
    header->addWidget(m_close);
    return header;
}

void CaseFormWidget::retranslate()
{
    m_tabs->setTabText(0, tr("Case file"));
    m_save->setText(tr("&Save"));
    m_save->setToolTip(tr("Save the case file (Ctrl+S)"));
    m_close->setText(tr("Back to search"));
    m_book->setText(tr("Book an appointment…"));
    m_book->setToolTip(tr("Book an appointment for this person (Ctrl+B)"));
    m_close->setToolTip(tr("Esc"));
    m_readOnlyNotice->setText(tr("Read only: your role can read this identity but not change it."));
    m_panels->retranslate();
    updateTitle();
    // The core's messages are in the language they were made in: ask again in the new one.
    if (!m_loading && m_actor.can(Capability::EditIdentity))
        runCheck();
}

void CaseFormWidget::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void CaseFormWidget::setActor(const Actor &actor)
{
    m_actor = actor;
    const bool canEdit = actor.can(Capability::EditIdentity);
    m_fields->setEditable(canEdit);
    m_save->setVisible(canEdit);
    m_readOnlyNotice->setVisible(!canEdit);
    m_panels->setActor(actor);
    updateTitle();
}

void CaseFormWidget::load(const CaseFile &c)
{
    m_checkTimer->stop(); // a check of what was there before would show its problems
    m_loading = true;
    m_mapper->fill(c);
    m_loading = false;
    m_validation->reset();
    updateTitle();
}

CaseFile CaseFormWidget::draft() const
{
    return m_mapper->read(m_original);
}

bool CaseFormWidget::isDirty() const
{
    // An untouched new form is not worth a question: its province is the centre's, not typed.
    return draft().toFieldMap() != m_original.toFieldMap();
}

void CaseFormWidget::newCase()
{
    m_original = CaseFile();
    m_original.provinceCode = m_ws.settings().provinceCode();
    load(m_original);
    m_panels->setCase({});
    focusFirstField();
}

void CaseFormWidget::focusFirstField()
{
    m_tabs->setCurrentIndex(0);
    m_fields->focusFirstField();
}

bool CaseFormWidget::openCase(const QString &id)
{
    try {
        m_original = m_ws.cases().open(m_actor, id);
    } catch (const CoreError &e) {
        MessageBox::warning(this, tr("Case file"), e.message());
        return false;
    }
    load(m_original);
    m_panels->setCase(m_original.id);
    focusFirstField();
    return true;
}

void CaseFormWidget::restoreDraft(const CaseFile &draftCase, const CaseFile &original)
{
    m_original = original;
    load(draftCase);
    focusFirstField();
    m_panels->setCase(original.id);
    scheduleCheck();
}

void CaseFormWidget::clearAll()
{
    m_original = CaseFile();
    load(m_original);
    m_panels->setCase({});
}

// Booking is for a saved file (a new one has no number yet) and the roles that book.
void CaseFormWidget::requestBooking()
{
    if (!isNew() && m_actor.can(Capability::BookAppointments))
        emit bookRequested(m_original.id, m_original.displayName());
}

void CaseFormWidget::updateTitle()
{
    m_book->setVisible(!isNew() && m_actor.can(Capability::BookAppointments));
    if (isNew())
        m_title->setText(tr("New case file"));
    else
        m_title->setText(tr("Case file %1").arg(leftToRight(m_original.dossierNo)) + u" — "_s +
                         m_original.displayName());
}

void CaseFormWidget::scheduleCheck()
{
    if (!m_loading)
        m_checkTimer->start();
}

void CaseFormWidget::runCheck()
{
    if (!m_actor.can(Capability::EditIdentity))
        return;
    try {
        m_validation->showIssues(m_ws.cases().check(m_actor, draft()));
    } catch (const CoreError &) {
        // A check that cannot run (database busy) is retried at the next keystroke.
    }
}

bool CaseFormWidget::save()
{
    if (!m_actor.can(Capability::EditIdentity))
        return false;
    const bool confirmed = m_validation->duplicatesConfirmed();
    try {
        const CaseFile c = isNew() ? m_ws.cases().create(m_actor, draft(), confirmed)
                                   : m_ws.cases().update(m_actor, draft(), confirmed);
        m_original = c;
        load(c);
        m_panels->setCase(c.id);
        emit saved(c.id);
        return true;
    } catch (const ValidationError &e) {
        showRefusal(e);
    } catch (const CoreError &e) {
        showFailure(e);
    }
    return false;
}

// The messages go under their fields, the line above the form says how many and the cursor
// goes to the first (a duplicate is answered in the banner instead).
void CaseFormWidget::showRefusal(const ValidationError &e)
{
    m_tabs->setCurrentIndex(0);
    m_validation->showRefusedSave(e.issues());
}

void CaseFormWidget::showFailure(const CoreError &e)
{
    if (e.kind() != ErrorKind::Conflict) {
        MessageBox::warning(this, tr("Case file"), e.message());
        return;
    }
    // Someone else saved the file meanwhile.
    if (MessageBox::question(this, tr("Case file changed"),
                             e.message() + u"\n\n"_s + tr("Reload the saved version?")) ==
        QMessageBox::Yes)
        openCase(m_original.id);
}

// What was given up is gone: neither the lock nor a change of user brings it back.
void CaseFormWidget::discardChanges()
{
    load(m_original);
}

bool CaseFormWidget::confirmLeave()
{
    if (!isDirty() || !m_actor.can(Capability::EditIdentity))
        return true;
    // Our own words: Qt's Arabic "Discard" reads as "refuse".
    const auto answer = MessageBox::question(
        this, tr("Unsaved changes"), tr("This case file has changes that are not saved."),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save,
        {{QMessageBox::Save, tr("Save")},
         {QMessageBox::Discard, tr("Leave without saving")},
         {QMessageBox::Cancel, tr("Stay on the file")}},
        u"unsavedChangesDialog"_s);
    switch (answer) {
    case QMessageBox::Save:
        return save();
    case QMessageBox::Discard:
        discardChanges();
        return true;
    default:
        return false;
    }
}

} // namespace jisr
