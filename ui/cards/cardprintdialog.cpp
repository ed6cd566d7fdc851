#include "cards/cardprintdialog.h"

#include "cards/cardservice.h"
#include "centre/settingsservice.h"
#include "common/filedialog.h"
#include "common/messagebox.h"
#include "platform/errors/coreerror.h"
#include "print/cardrenderer.h"
#include "print/pdfcardsink.h"
#include "print/printercardsink.h"
#include "workspace/workspace.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPrinter>
#include <QPrinterInfo>
#include <QProgressDialog>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace jisr {

namespace {

QDoubleSpinBox *offsetBox(QWidget *parent, const QString &name)
{
    auto *box = new QDoubleSpinBox(parent);
    box->setObjectName(name);
    box->setRange(-10, 10);
    box->setSingleStep(0.25);
    box->setDecimals(2);
    // Numbers read left to right in both languages.
    box->setLayoutDirection(Qt::LeftToRight);
    return box;
}

} // namespace

CardPrintDialog::CardPrintDialog(Workspace &workspace, const Actor &actor, QStringList cardIds,
                                 QWidget *parent)
    : QDialog(parent), m_ws(workspace), m_actor(actor), m_cardIds(std::move(cardIds))
{
    setObjectName(u"cardPrintDialog"_s);
    m_summary = new QLabel(this);
    m_summary->setObjectName(u"printSummary"_s);
    m_summary->setWordWrap(true);
    m_front = new QLabel(this);
    m_front->setObjectName(u"previewFront"_s);
    m_back = new QLabel(this);
    m_back->setObjectName(u"previewBack"_s);
    for (QLabel *side : {m_front, m_back}) {
        side->setFixedSize(324, 204);
        side->setAlignment(Qt::AlignCenter);
        side->setFrameShape(QFrame::StyledPanel);
        side->setWordWrap(true);
    }
    m_destination = new QComboBox(this);
    m_destination->setObjectName(u"destination"_s);
    for (int i = 0; i < 4; ++i)
        m_destination->addItem(QString());
    m_printerName = new QComboBox(this);
    m_printerName->setObjectName(u"printerName"_s);
    m_printerName->addItems(QPrinterInfo::availablePrinterNames());
    const QString preferred = QPrinterInfo::defaultPrinterName();
    if (!preferred.isEmpty())
        m_printerName->setCurrentText(preferred);
    m_offsetX = offsetBox(this, u"offsetX"_s);
    m_offsetY = offsetBox(this, u"offsetY"_s);
    m_saveCalibration = new QPushButton(this);
    m_saveCalibration->setObjectName(u"saveCalibration"_s);
    m_reason = new QLineEdit(this);
    m_reason->setObjectName(u"reprintReason"_s);
    m_print = new QPushButton(this);
    m_print->setObjectName(u"print"_s);
    m_print->setDefault(true);
    m_close = new QPushButton(this);
    m_close->setObjectName(u"close"_s);
    m_destinationLabel = new QLabel(this);
    m_printerLabel = new QLabel(this);
    m_offsetLabel = new QLabel(this);
    m_reasonLabel = new QLabel(this);

    auto *preview = new QHBoxLayout;
    preview->addWidget(m_front);
    preview->addWidget(m_back);
    auto *offsets = new QHBoxLayout;
    offsets->addWidget(m_offsetX);
    offsets->addWidget(m_offsetY);
    offsets->addWidget(m_saveCalibration);
    offsets->addStretch();
    auto *form = new QFormLayout;
    form->addRow(m_destinationLabel, m_destination);
    form->addRow(m_printerLabel, m_printerName);
    form->addRow(m_offsetLabel, offsets);
    form->addRow(m_reasonLabel, m_reason);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_print);
    buttons->addWidget(m_close);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addLayout(preview);
    layout->addLayout(form);
    layout->addLayout(buttons);

    connect(m_destination, &QComboBox::currentIndexChanged, this,
            &CardPrintDialog::destinationChanged);
    connect(m_printerName, &QComboBox::currentTextChanged, this, &CardPrintDialog::printerChanged);
    connect(m_saveCalibration, &QPushButton::clicked, this, &CardPrintDialog::saveCalibration);
    connect(m_print, &QPushButton::clicked, this, &CardPrintDialog::print);
    connect(m_close, &QPushButton::clicked, this, &QDialog::accept);
    buildPreview();
    retranslate();
    printerChanged();
    destinationChanged();
}

CardPrintDialog::~CardPrintDialog() = default;

void CardPrintDialog::retranslate()
{
    setWindowTitle(tr("Print disability cards"));
    m_summary->setText(tr("%n card(s) to print.", nullptr, int(m_cardIds.size())));
    m_destinationLabel->setText(tr("Print on"));
    m_destination->setItemText(0, tr("Card printer, both sides at once (duplex)"));
    m_destination->setItemText(1, tr("Card printer, fronts then backs (two passes)"));
    m_destination->setItemText(2, tr("A4 plain paper, for a test (real size)"));
    m_destination->setItemText(3, tr("PDF file"));
    m_printerLabel->setText(tr("Printer"));
    m_offsetLabel->setText(tr("Calibration (mm, right / down)"));
    m_offsetX->setToolTip(tr("Moves the card to the right (negative: to the left)"));
    m_offsetY->setToolTip(tr("Moves the card down (negative: up)"));
    m_saveCalibration->setText(tr("Save for this printer"));
    m_reasonLabel->setText(tr("Reason of the reprint"));
    m_reason->setPlaceholderText(tr("Lost, damaged… (needed for a card printed already)"));
    m_print->setText(tr("Print"));
    m_close->setText(tr("Close"));
}

void CardPrintDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

// The first printable card, as it will print; a preview signs a payload but records nothing.
void CardPrintDialog::buildPreview()
{
    QString firstProblem;
    for (const QString &id : std::as_const(m_cardIds)) {
        try {
            const Card card = m_ws.cards().get(m_actor, id);
            m_anyReprint = m_anyReprint || card.copy > 0;
            if (!m_front->pixmap().isNull())
                continue;
            const CardPrintData data =
                m_ws.cards().prepare(m_actor, id, card.copy > 0 ? tr("Preview") : QString());
            const CardRenderer renderer;
            m_front->setPixmap(QPixmap::fromImage(
                renderer.image(data, CardRenderer::Side::Front, 96)
                    .scaled(m_front->size(), Qt::KeepAspectRatio, Qt::SmoothTransformation)));
            m_back->setPixmap(QPixmap::fromImage(
                renderer.image(data, CardRenderer::Side::Back, 96)
                    .scaled(m_back->size(), Qt::KeepAspectRatio, Qt::SmoothTransformation)));
        } catch (const CoreError &e) {
            if (firstProblem.isEmpty())
                firstProblem = e.message();
        }
    }
    if (m_front->pixmap().isNull())
        m_front->setText(firstProblem);
}

void CardPrintDialog::destinationChanged()
{
    const auto d = Destination(m_destination->currentIndex());
    const bool printer = d != Destination::Pdf;
    m_printerName->setEnabled(printer);
    m_offsetX->setEnabled(printer);
    m_offsetY->setEnabled(printer);
    m_saveCalibration->setEnabled(printer && m_printerName->count() > 0);
    m_reason->setEnabled(m_anyReprint);
}

void CardPrintDialog::printerChanged()
{
    const QPointF offset = m_ws.centreSettings().cardPrinterOffset(m_printerName->currentText());
    m_offsetX->setValue(offset.x());
    m_offsetY->setValue(offset.y());
    destinationChanged();
}

void CardPrintDialog::saveCalibration()
{
    try {
        m_ws.centreSettings().setCardPrinterOffset(m_actor, m_printerName->currentText(),
                                                   {m_offsetX->value(), m_offsetY->value()});
    } catch (const CoreError &e) {
        MessageBox::warning(this, windowTitle(), e.message());
    }
}

std::unique_ptr<CardSink> CardPrintDialog::makeSink(Destination d, const QString &printer,
                                                    QPointF offset)
{
    if (d == Destination::Pdf) {
        const QString file =
            FileDialog::getPdfSaveFileName(this, tr("Print the cards to PDF"), {}, m_ws.dataDir());
        if (file.isEmpty())
            return nullptr;
        return std::make_unique<PdfCardSink>(file);
    }
    if (m_factory)
        return m_factory(d, printer, offset);
    if (printer.isEmpty())
        throw CoreError(ErrorKind::BadInput,
                        tr("No printer is installed on this computer: choose PDF, or add the "
                           "printer in the system's settings."));
    m_printer = std::make_unique<QPrinter>(QPrinter::HighResolution);
    m_printer->setPrinterName(printer);
    m_printer->setDuplex(d == Destination::Duplex ? QPrinter::DuplexLongSide
                                                  : QPrinter::DuplexNone);
    return std::make_unique<PrinterCardSink>(
        *m_printer,
        d == Destination::A4Sheet ? PrinterCardSink::Paper::A4Sheet : PrinterCardSink::Paper::Card,
        offset);
}

void CardPrintDialog::print()
{
    const auto d = Destination(m_destination->currentIndex());
    try {
        if (m_anyReprint && m_reason->text().simplified().isEmpty())
            throw CoreError(ErrorKind::BadInput,
                            tr("A card in this print was printed already: give the reason for "
                               "the reprint (lost, damaged…)."));
        const std::unique_ptr<CardSink> sink = makeSink(
            d, m_printerName->currentText(), QPointF(m_offsetX->value(), m_offsetY->value()));
        if (!sink)
            return;
        CardBatchPrint batch(m_ws.cards(), m_actor, *sink);
        QProgressDialog progress(tr("Printing the cards…"), tr("Cancel"), 0, int(m_cardIds.size()),
                                 this);
        progress.setObjectName(u"printProgress"_s);
        progress.setWindowModality(Qt::WindowModal);
        progress.setMinimumDuration(0);
        connect(&batch, &CardBatchPrint::progress, &progress, [&progress](int done, int total) {
            progress.setMaximum(total);
            progress.setValue(done);
        });
        connect(&progress, &QProgressDialog::canceled, &batch, &CardBatchPrint::cancel);
        const QString reason = m_reason->text();
        const CardBatchPrint::Outcome out =
            d == Destination::TwoPasses
                ? batch.printTwoPasses(
                      m_cardIds,
                      [this](int n) {
                          return MessageBox::question(this, windowTitle(),
                                                      tr("The fronts of %n card(s) are printed. "
                                                         "Turn the cards over, put them back in "
                                                         "the same order and continue.",
                                                         nullptr, n),
                                                      QMessageBox::Ok | QMessageBox::Cancel,
                                                      QMessageBox::Ok) == QMessageBox::Ok;
                      },
                      reason)
                : batch.print(m_cardIds, reason);
        progress.reset();
        m_lastReport = report(out);
        if (out.complete())
            MessageBox::information(this, windowTitle(), m_lastReport);
        else
            MessageBox::warning(this, windowTitle(), m_lastReport);
    } catch (const CoreError &e) {
        m_lastReport = e.message();
        MessageBox::warning(this, windowTitle(), e.message());
    }
}

QString CardPrintDialog::report(const CardBatchPrint::Outcome &out) const
{
    QStringList lines;
    lines << tr("%n card(s) printed and recorded in the print log.", nullptr,
                int(out.printed.size()));
    if (!out.failure.isEmpty())
        lines
            << tr("The printer stopped: %1. The cards not printed stay to print.").arg(out.failure);
    if (out.cancelled)
        lines << tr("Printing was cancelled: the cards not printed stay to print.");
    for (const CardBatchPrint::Skipped &s : out.skipped)
        lines << tr("Card %1 not printed: %2").arg(s.number, s.reason);
    return lines.join(u'\n');
}

} // namespace jisr
