#include "cards/casedocumentdialog.h"

#include "common/filedialog.h"
#include "common/messagebox.h"
#include "platform/errors/coreerror.h"
#include "print/casedocumentsource.h"
#include "print/casesummaryrenderer.h"
#include "print/refusalletterrenderer.h"
#include "workspace/workspace.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace jisr {

CaseDocumentDialog::CaseDocumentDialog(Workspace &workspace, std::unique_ptr<A4Document> document,
                                       CaseDocumentData data, const QString &title, QWidget *parent)
    : QDialog(parent), m_ws(workspace), m_document(std::move(document)), m_data(std::move(data))
{
    setObjectName(u"caseDocumentDialog"_s);
    setWindowTitle(title);
    m_page = new QLabel(this);
    m_page->setObjectName(u"documentPage"_s);
    m_page->setPixmap(QPixmap::fromImage(m_document->image(m_data, 72)));
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(m_page);
    scroll->setAlignment(Qt::AlignHCenter);
    m_print = new QPushButton(this);
    m_print->setObjectName(u"printDocument"_s);
    m_pdf = new QPushButton(this);
    m_pdf->setObjectName(u"documentPdf"_s);
    m_close = new QPushButton(this);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_print);
    buttons->addWidget(m_pdf);
    buttons->addWidget(m_close);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(scroll, 1);
    layout->addLayout(buttons);
    connect(m_print, &QPushButton::clicked, this, &CaseDocumentDialog::printOnPaper);
    connect(m_pdf, &QPushButton::clicked, this, &CaseDocumentDialog::saveAsPdf);
    connect(m_close, &QPushButton::clicked, this, &QDialog::accept);
    retranslate();
    resize(640, 760);
}

CaseDocumentDialog::~CaseDocumentDialog() = default;

void CaseDocumentDialog::retranslate()
{
    m_print->setText(tr("Print…"));
    m_pdf->setText(tr("Save as PDF…"));
    m_close->setText(tr("Close"));
}

void CaseDocumentDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

bool CaseDocumentDialog::saveAsPdf()
{
    try {
        const QString file =
            FileDialog::getPdfSaveFileName(this, windowTitle(), {}, m_ws.dataDir());
        if (file.isEmpty())
            return false;
        m_document->writePdf(m_data, file);
        return true;
    } catch (const CoreError &e) {
        MessageBox::warning(this, windowTitle(), e.message());
        return false;
    }
}

void CaseDocumentDialog::printOnPaper()
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageSize(QPageSize(QPageSize::A4));
    printer.setFullPage(true);
    QPrintDialog dialog(&printer, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    try {
        m_document->print(printer, m_data);
    } catch (const CoreError &e) {
        MessageBox::warning(this, windowTitle(), e.message());
    }
}

void CaseDocumentDialog::openRefusalLetter(Workspace &workspace, const Actor &actor,
                                           const QString &evaluationId, QWidget *parent)
{
    try {
        CaseDocumentDialog(workspace, std::make_unique<RefusalLetterRenderer>(),
                           CaseDocumentSource(workspace, actor).refusal(evaluationId),
                           tr("Refusal letter"), parent)
            .exec();
    } catch (const CoreError &e) {
        MessageBox::warning(parent, tr("Refusal letter"), e.message());
    }
}

void CaseDocumentDialog::openCaseSummary(Workspace &workspace, const Actor &actor,
                                         const QString &caseId, QWidget *parent)
{
    try {
        CaseDocumentDialog(workspace, std::make_unique<CaseSummaryRenderer>(),
                           CaseDocumentSource(workspace, actor).summary(caseId), tr("Case summary"),
                           parent)
            .exec();
    } catch (const CoreError &e) {
        MessageBox::warning(parent, tr("Case summary"), e.message());
    }
}

} // namespace jisr
