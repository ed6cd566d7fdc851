#include "cases/casesidepanels.h"

#include "cases/casefileservice.h"
#include "cases/casemediaservice.h"
#include "cases/casenoteservice.h"
#include "common/bidi.h"
#include "common/codelabels.h"
#include "common/filedialog.h"
#include "common/messagebox.h"
#include "platform/audit/auditservice.h"
#include "platform/errors/coreerror.h"
#include "workspace/workspace.h"

#include <QComboBox>
#include <QDesktopServices>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScopeGuard>
#include <QStandardItemModel>
#include <QTabWidget>
#include <QTableView>
#include <QUrl>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace jisr {

namespace {

QTableView *tableFor(QStandardItemModel *model)
{
    auto *view = new QTableView;
    view->setModel(model);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    // Dates, names and kinds take the width they need, in either language; the last column
    // (the note, the fields, the details) takes the rest.
    view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    view->horizontalHeader()->setStretchLastSection(true);
    view->verticalHeader()->hide();
    return view;
}

// In the interface language (the default locale is French for dates, whatever the language).
QString sizeText(qint64 bytes)
{
    if (bytes < 1024)
        return CaseSidePanels::tr("%n byte(s)", nullptr, int(bytes));
    if (bytes < 1024 * 1024)
        return CaseSidePanels::tr("%1 KB").arg((bytes + 1023) / 1024);
    return CaseSidePanels::tr("%1 MB").arg(
        QLocale().toString(double(bytes) / (1024.0 * 1024.0), 'f', 1)); // 1,5 Mo
}

QString when(const QDateTime &t)
{
    return leftToRight(t.toLocalTime().toString(u"dd/MM/yyyy HH:mm"_s));
}

QList<QStandardItem *> row(const QStringList &cells)
{
    QList<QStandardItem *> items;
    for (const QString &c : cells)
        items << new QStandardItem(c);
    return items;
}

} // namespace

CaseSidePanels::CaseSidePanels(Workspace &workspace, QTabWidget *tabs, QObject *parent)
    : QObject(parent), m_ws(workspace), m_tabs(tabs)
{
    m_documentsPage = buildDocuments();
    m_historyPage = buildHistory();
    m_medical.page = buildNotes(CaseNote::Kind::Medical, m_medical);
    m_social.page = buildNotes(CaseNote::Kind::Social, m_social);
    m_accessPage = buildAccess();
}

QWidget *CaseSidePanels::buildDocuments()
{
    auto *page = new QWidget;
    auto *layout = new QHBoxLayout(page);
    auto *photoColumn = new QVBoxLayout;
    m_photo = new QLabel;
    m_photo->setObjectName(u"photo"_s);
    m_photo->setFixedSize(150, 190);
    m_photo->setAlignment(Qt::AlignCenter);
    m_photo->setStyleSheet(u"QLabel { border: 1px solid #c8d6e2; background: #f4f7fa; }"_s);
    m_choosePhoto = new QPushButton;
    m_choosePhoto->setObjectName(u"choosePhotoButton"_s);
    photoColumn->addWidget(m_photo);
    photoColumn->addWidget(m_choosePhoto);
    photoColumn->addStretch(1);
    layout->addLayout(photoColumn);
    auto *docsColumn = new QVBoxLayout;
    m_documents = new QStandardItemModel(this);
    QTableView *view = tableFor(m_documents);
    view->setObjectName(u"documentsView"_s);
    m_addDocument = new QPushButton;
    m_addDocument->setObjectName(u"addDocumentButton"_s);
    docsColumn->addWidget(view, 1);
    docsColumn->addWidget(m_addDocument, 0, Qt::AlignLeading);
    layout->addLayout(docsColumn, 1);
    connect(m_choosePhoto, &QPushButton::clicked, this, &CaseSidePanels::choosePhoto);
    connect(m_addDocument, &QPushButton::clicked, this, &CaseSidePanels::addDocument);
    connect(view, &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
        try {
            const auto docs = m_ws.media().documents(m_actor, m_caseId);
            if (index.row() < docs.size())
                QDesktopServices::openUrl(
                    QUrl::fromLocalFile(m_ws.media().documentPath(m_actor, docs.at(index.row()))));
        } catch (const CoreError &e) {
            MessageBox::warning(m_tabs, tr("Documents"), e.message());
        }
    });
    return page;
}

QWidget *CaseSidePanels::buildHistory()
{
    m_history = new QStandardItemModel(this);
    QTableView *view = tableFor(m_history);
    view->setObjectName(u"historyView"_s);
    return view;
}

QWidget *CaseSidePanels::buildNotes(CaseNote::Kind kind, NotesTab &tab)
{
    auto *page = new QWidget;
    auto *layout = new QVBoxLayout(page);
    tab.model = new QStandardItemModel(this);
    QTableView *view = tableFor(tab.model);
    view->setWordWrap(true);
    view->setObjectName(CaseNoteService::kindCode(kind) + u"NotesView"_s);
    tab.hint = new QLabel;
    tab.hint->setWordWrap(true);
    tab.emergency = new QPushButton;
    tab.emergency->setObjectName(u"emergencyAccessButton"_s);
    tab.notice = new QLabel;
    tab.notice->setObjectName(CaseNoteService::kindCode(kind) + u"EmergencyNotice"_s);
    tab.notice->setWordWrap(true);
    tab.notice->setStyleSheet(u"QLabel { background: #fff4e5; color: #7a3e00; padding: 6px; }"_s);
    tab.notice->hide();
    tab.category = new QComboBox;
    for (const QString &c : CaseNoteService::categories(kind))
        tab.category->addItem(c, c);
    tab.text = new QPlainTextEdit;
    tab.text->setObjectName(CaseNoteService::kindCode(kind) + u"NoteText"_s);
    tab.text->setMaximumHeight(90);
    tab.add = new QPushButton;
    layout->addWidget(tab.hint);
    layout->addWidget(tab.notice);
    layout->addWidget(tab.emergency, 0, Qt::AlignLeading);
    layout->addWidget(view, 1);
    auto *addRow = new QHBoxLayout;
    addRow->addWidget(tab.category);
    addRow->addWidget(tab.text, 1);
    addRow->addWidget(tab.add);
    layout->addLayout(addRow);
    connect(tab.add, &QPushButton::clicked, this, [this, kind, &tab] { addNote(kind, tab); });
    connect(tab.emergency, &QPushButton::clicked, this, &CaseSidePanels::requestEmergency);
    return page;
}

QWidget *CaseSidePanels::buildAccess()
{
    m_access = new QStandardItemModel(this);
    QTableView *view = tableFor(m_access);
    view->setObjectName(u"whoOpenedView"_s);
    return view;
}

void CaseSidePanels::retranslate()
{
    m_choosePhoto->setText(tr("Choose a photo…"));
    m_addDocument->setText(tr("Add a document…"));
    m_documents->setHorizontalHeaderLabels({tr("Type"), tr("Title"), tr("Date"), tr("Size")});
    m_history->setHorizontalHeaderLabels({tr("When"), tr("What"), tr("Who"), tr("Fields")});
    m_access->setHorizontalHeaderLabels({tr("When"), tr("Who"), tr("What"), tr("Details")});
    for (NotesTab *tab : {&m_medical, &m_social}) {
        tab->model->setHorizontalHeaderLabels({tr("When"), tr("Kind"), tr("Author"), tr("Note")});
        tab->add->setText(tr("Add the note"));
        for (int i = 0; i < tab->category->count(); ++i)
            tab->category->setItemText(i, CodeLabels::label(tab->category->itemData(i).toString()));
    }
    m_medical.emergency->setText(tr("Emergency access…"));
    m_medical.hint->setText(tr("Medical notes are for doctors. An administrator can open them "
                               "for this file only, with a reason that the centre will see."));
    m_social.hint->setText(tr("Social notes are for social workers."));
    updateVisibility();
    refresh();
}

void CaseSidePanels::setActor(const Actor &actor)
{
    m_actor = actor;
    m_emergencyActor = Actor();
    updateVisibility();
}

void CaseSidePanels::setCase(const QString &caseId)
{
    const bool another = caseId != m_caseId;
    m_caseId = caseId;
    m_emergencyActor = Actor();
    updateVisibility();
    if (another)
        m_tabs->setCurrentIndex(0); // another person's file opens on its identity
    refresh();
}

void CaseSidePanels::updateVisibility()
{
    // Tabs are rebuilt in a fixed order after the case file tab; the one in front stays in front
    // (a change of language must not send the user back to the first tab).
    QWidget *current = m_tabs->currentWidget();
    const auto keepCurrent = qScopeGuard([this, current] {
        if (m_tabs->indexOf(current) >= 0)
            m_tabs->setCurrentWidget(current);
    });
    while (m_tabs->count() > 1)
        m_tabs->removeTab(1);
    if (m_caseId.isEmpty())
        return;
    m_tabs->addTab(m_documentsPage, tr("Photo and documents"));
    m_tabs->addTab(m_historyPage, tr("History"));
    const bool medical = m_actor.can(Capability::ReadMedicalNotes) ||
                         m_actor.can(Capability::EmergencyMedicalAccess);
    if (medical)
        m_tabs->addTab(m_medical.page, tr("Medical notes"));
    if (m_actor.can(Capability::ReadSocialNotes))
        m_tabs->addTab(m_social.page, tr("Social notes"));
    if (m_actor.can(Capability::ViewAudit))
        m_tabs->addTab(m_accessPage, tr("Who opened it"));
    const bool canDocs = m_actor.can(Capability::ManageDocuments);
    m_choosePhoto->setVisible(canDocs);
    m_addDocument->setVisible(canDocs);
    m_social.emergency->hide(); // emergency access is for medical notes only
    m_medical.emergency->setVisible(!m_actor.can(Capability::ReadMedicalNotes) &&
                                    m_actor.can(Capability::EmergencyMedicalAccess) &&
                                    !m_emergencyActor.isValid());
    const bool writeMedical = m_actor.can(Capability::WriteMedicalNotes);
    m_medical.add->setVisible(writeMedical);
    m_medical.text->setVisible(writeMedical);
    m_medical.category->setVisible(writeMedical);
    const bool writeSocial = m_actor.can(Capability::WriteSocialNotes);
    m_social.add->setVisible(writeSocial);
    m_social.text->setVisible(writeSocial);
    m_social.category->setVisible(writeSocial);
}

void CaseSidePanels::refresh()
{
    m_medical.notice->clear(); // never another file's notice, even if reading this one fails
    m_medical.notice->hide();
    m_history->removeRows(0, m_history->rowCount());
    m_access->removeRows(0, m_access->rowCount());
    m_medical.model->removeRows(0, m_medical.model->rowCount());
    m_social.model->removeRows(0, m_social.model->rowCount());
    m_documents->removeRows(0, m_documents->rowCount());
    m_photo->clear();
    if (m_caseId.isEmpty() || !m_actor.isValid())
        return;
    try {
        refreshDocuments();
        for (const CaseHistoryEntry &e : m_ws.cases().history(m_actor, m_caseId)) {
            QStringList fields;
            for (const QString &f : e.fields)
                fields << CodeLabels::fieldLabel(f);
            m_history->appendRow(
                row({when(e.at), CodeLabels::label(e.operation), e.userLogin,
                     e.operation == u"insert"_s ? QString() : CodeLabels::joined(fields)}));
        }
        if (m_actor.can(Capability::ReadMedicalNotes))
            refreshNotes(CaseNote::Kind::Medical, m_medical);
        if (m_actor.can(Capability::ReadSocialNotes))
            refreshNotes(CaseNote::Kind::Social, m_social);
        refreshEmergencyNotice();
        if (m_actor.can(Capability::ViewAudit))
            for (const AuditEntry &e : m_ws.auditQueries().whoOpened(m_actor, m_caseId))
                m_access->appendRow(
                    row({when(e.at), e.login, CodeLabels::label(e.action), e.details}));
    } catch (const CoreError &e) {
        MessageBox::warning(m_tabs, tr("Case file"), e.message());
    }
}

void CaseSidePanels::refreshDocuments()
{
    m_documents->removeRows(0, m_documents->rowCount());
    const QImage photo = m_ws.media().photo(m_actor, m_caseId);
    if (!photo.isNull())
        m_photo->setPixmap(QPixmap::fromImage(photo).scaled(m_photo->size(), Qt::KeepAspectRatio,
                                                            Qt::SmoothTransformation));
    else
        m_photo->setText(tr("No photo"));
    for (const CaseDocument &d : m_ws.media().documents(m_actor, m_caseId))
        m_documents->appendRow(
            row({CodeLabels::label(d.docType), d.title, d.documentDate.toString(u"dd/MM/yyyy"_s),
                 sizeText(d.sizeBytes)}));
}

void CaseSidePanels::refreshNotes(CaseNote::Kind kind, NotesTab &tab)
{
    tab.model->removeRows(0, tab.model->rowCount());
    const Actor &reader = m_emergencyActor.isValid() ? m_emergencyActor : m_actor;
    for (const CaseNote &n : m_ws.notes().list(reader, m_caseId, kind))
        tab.model->appendRow(
            row({when(n.createdAt), CodeLabels::label(n.category), n.authorName, n.body}));
}

void CaseSidePanels::choosePhoto()
{
    const QString file = FileDialog::getOpenFileName(m_tabs, tr("Choose a photo"), {},
                                                     tr("Images (*.jpg *.jpeg *.png *.bmp)"));
    if (file.isEmpty())
        return;
    try {
        m_ws.media().setPhotoFromFile(m_actor, m_caseId, file);
        refreshDocuments();
    } catch (const CoreError &e) {
        MessageBox::warning(m_tabs, tr("Photo"), e.message());
    }
}

void CaseSidePanels::addDocument()
{
    const QString file = FileDialog::getOpenFileName(
        m_tabs, tr("Add a document"), {}, tr("Scans and PDF (*.pdf *.jpg *.jpeg *.png)"));
    if (file.isEmpty())
        return;
    QStringList labels;
    const QStringList types = CaseMediaService::documentTypes();
    for (const QString &t : types)
        labels << CodeLabels::label(t);
    bool ok = false;
    const QString chosen =
        QInputDialog::getItem(m_tabs, tr("Add a document"), tr("Type:"), labels, 0, false, &ok);
    if (!ok)
        return;
    try {
        m_ws.media().addDocument(m_actor, m_caseId, file, types.at(labels.indexOf(chosen)),
                                 QFileInfo(file).completeBaseName(), QDate::currentDate());
        refreshDocuments();
    } catch (const CoreError &e) {
        MessageBox::warning(m_tabs, tr("Documents"), e.message());
    }
}

void CaseSidePanels::addNote(CaseNote::Kind kind, NotesTab &tab)
{
    try {
        m_ws.notes().add(m_actor, m_caseId, kind, tab.category->currentData().toString(),
                         tab.text->toPlainText());
        tab.text->clear();
        refreshNotes(kind, tab);
    } catch (const CoreError &e) {
        MessageBox::warning(m_tabs, tr("Notes"), e.message());
    }
}

void CaseSidePanels::requestEmergency()
{
    bool ok = false;
    const QString reason = QInputDialog::getMultiLineText(
        m_tabs, tr("Emergency access"),
        tr("Why do you need this person's medical notes now? The reason is recorded and shown "
           "to the centre."),
        {}, &ok);
    if (!ok)
        return;
    try {
        m_emergencyActor = m_ws.notes().beginEmergencyAccess(m_actor, m_caseId, reason);
        m_medical.emergency->hide();
        refreshNotes(CaseNote::Kind::Medical, m_medical);
        refreshEmergencyNotice();
    } catch (const CoreError &e) {
        MessageBox::warning(m_tabs, tr("Emergency access"), e.message());
    }
}

// Doctors, whose notes were opened, and administrators see every emergency access to this
// file's medical notes: who, when and why.
void CaseSidePanels::refreshEmergencyNotice()
{
    QStringList lines;
    if (m_actor.can(Capability::ReadMedicalNotes) || m_actor.can(Capability::ViewAudit))
        for (const AuditEntry &e : m_ws.auditQueries().emergencyAccesses(m_actor, {}, m_caseId))
            lines << tr("Emergency access by %1 on %2: “%3”").arg(e.login, when(e.at), e.details);
    m_medical.notice->setText(lines.join(u'\n'));
    m_medical.notice->setVisible(!lines.isEmpty());
}

} // namespace jisr
