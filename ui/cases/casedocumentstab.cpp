#include "cases/casedocumentstab.h"

#include "cases/casemediaservice.h"
#include "common/codelabels.h"
#include "common/filedialog.h"
#include "common/messagebox.h"
#include "platform/errors/coreerror.h"
#include "workspace/workspace.h"

#include <QDesktopServices>
#include <QEvent>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QPushButton>
#include <QStandardItemModel>
#include <QTableView>
#include <QUrl>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace jisr {

namespace {

// In the interface language (the default locale is French for dates, whatever the language).
QString sizeText(qint64 bytes)
{
    if (bytes < 1024)
        return CaseDocumentsTab::tr("%n byte(s)", nullptr, int(bytes));
    if (bytes < 1024 * 1024)
        return CaseDocumentsTab::tr("%1 KB").arg((bytes + 1023) / 1024);
    return CaseDocumentsTab::tr("%1 MB").arg(
        QLocale().toString(double(bytes) / (1024.0 * 1024.0), 'f', 1)); // 1,5 Mo
}

} // namespace

CaseDocumentsTab::CaseDocumentsTab(Workspace &workspace, QWidget *parent)
    : CaseTab(workspace, parent)
{
    setObjectName(u"documentsTab"_s);
    auto *layout = new QHBoxLayout(this);
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
    m_model = new QStandardItemModel(this);
    QTableView *view = newTable(m_model, u"documentsView"_s);
    m_addDocument = new QPushButton;
    m_addDocument->setObjectName(u"addDocumentButton"_s);
    docsColumn->addWidget(view, 1);
    docsColumn->addWidget(m_addDocument, 0, Qt::AlignLeading);
    layout->addLayout(docsColumn, 1);
    connect(m_choosePhoto, &QPushButton::clicked, this, &CaseDocumentsTab::choosePhoto);
    connect(m_addDocument, &QPushButton::clicked, this, &CaseDocumentsTab::addDocument);
    connect(view, &QTableView::doubleClicked, this,
            [this](const QModelIndex &index) { openDocument(index.row()); });
    connect(&m_ws.media(), &CaseMediaService::photoChanged, this, &CaseDocumentsTab::reloadIfOurs);
    connect(&m_ws.media(), &CaseMediaService::documentsChanged, this,
            &CaseDocumentsTab::reloadIfOurs);
    retranslate();
}

void CaseDocumentsTab::retranslate()
{
    m_choosePhoto->setText(tr("Choose a photo…"));
    m_addDocument->setText(tr("Add a document…"));
    fill();
}

void CaseDocumentsTab::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    CaseTab::changeEvent(event);
}

void CaseDocumentsTab::subjectChanged()
{
    const bool canManage = m_actor.can(Capability::ManageDocuments);
    m_choosePhoto->setVisible(canManage);
    m_addDocument->setVisible(canManage);
}

void CaseDocumentsTab::load()
{
    m_photoImage = m_ws.media().photo(m_actor, m_caseId);
    m_documents = m_ws.media().documents(m_actor, m_caseId);
    m_loaded = true;
    fill();
}

void CaseDocumentsTab::clear()
{
    m_loaded = false;
    m_photoImage = QImage();
    m_documents.clear();
    fill();
}

void CaseDocumentsTab::fill()
{
    m_model->clear();
    m_model->setHorizontalHeaderLabels({tr("Type"), tr("Title"), tr("Date"), tr("Size")});
    for (const CaseDocument &d : std::as_const(m_documents))
        m_model->appendRow(row({CodeLabels::label(d.docType), d.title,
                                d.documentDate.toString(u"dd/MM/yyyy"_s), sizeText(d.sizeBytes)}));
    m_photo->clear();
    if (!m_photoImage.isNull())
        m_photo->setPixmap(
            QPixmap::fromImage(m_photoImage)
                .scaled(m_photo->size(), Qt::KeepAspectRatio, Qt::SmoothTransformation));
    else if (m_loaded)
        m_photo->setText(tr("No photo"));
}

void CaseDocumentsTab::reloadIfOurs(const QString &caseId)
{
    if (caseId == m_caseId)
        reload();
}

void CaseDocumentsTab::openDocument(int row)
{
    if (row < 0 || row >= m_documents.size())
        return;
    try {
        QDesktopServices::openUrl(
            QUrl::fromLocalFile(m_ws.media().documentPath(m_actor, m_documents.at(row))));
    } catch (const CoreError &e) {
        MessageBox::warning(this, tr("Documents"), e.message());
    }
}

void CaseDocumentsTab::choosePhoto()
{
    const QString file = FileDialog::getOpenFileName(this, tr("Choose a photo"), {},
                                                     tr("Images (*.jpg *.jpeg *.png *.bmp)"));
    if (file.isEmpty())
        return;
    try {
        m_ws.media().setPhotoFromFile(m_actor, m_caseId, file);
    } catch (const CoreError &e) {
        MessageBox::warning(this, tr("Photo"), e.message());
    }
}

void CaseDocumentsTab::addDocument()
{
    const QString file = FileDialog::getOpenFileName(
        this, tr("Add a document"), {}, tr("Scans and PDF (*.pdf *.jpg *.jpeg *.png)"));
    if (file.isEmpty())
        return;
    QStringList labels;
    const QStringList types = CaseMediaService::documentTypes();
    for (const QString &t : types)
        labels << CodeLabels::label(t);
    bool ok = false;
    const QString chosen =
        QInputDialog::getItem(this, tr("Add a document"), tr("Type:"), labels, 0, false, &ok);
    if (!ok)
        return;
    try {
        m_ws.media().addDocument(m_actor, m_caseId, file, types.at(labels.indexOf(chosen)),
                                 QFileInfo(file).completeBaseName(), QDate::currentDate());
    } catch (const CoreError &e) {
        MessageBox::warning(this, tr("Documents"), e.message());
    }
}

} // namespace jisr
