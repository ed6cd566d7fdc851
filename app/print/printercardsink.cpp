#include "print/printercardsink.h"

#include "print/cardrenderer.h"
#include "print/cupsjobwatch.h"

#include <QPainter>
#include <QPrinter>

using namespace Qt::StringLiterals;

namespace jisr {

PrinterCardSink::PrinterCardSink(QPrinter &printer, Paper paper, QPointF offsetMm)
    : m_printer(printer), m_paper(paper), m_offsetMm(offsetMm)
{
    CardRenderer::loadFonts();
    m_printer.setFullPage(true);
    m_printer.setPageMargins(QMarginsF(0, 0, 0, 0), QPageLayout::Millimeter);
    if (m_paper == Paper::Card) {
        m_printer.setPageSize(CardRenderer::pageSize());
    } else {
        m_printer.setPageSize(QPageSize(QPageSize::A4));
        m_printer.setPageOrientation(QPageLayout::Portrait);
    }
}

QString PrinterCardSink::name() const
{
    return m_printer.outputFormat() == QPrinter::PdfFormat
               ? u"PDF "_s + m_printer.outputFileName().section(u'/', -1)
               : m_printer.printerName();
}

QPointF PrinterCardSink::a4Front()
{
    return {15, 20};
}

QPointF PrinterCardSink::a4Back()
{
    return {15 + CardRenderer::WidthMm + 8, 20};
}

void PrinterCardSink::paintSheet(QPainter &p, const CardPrintData &card, Sides sides) const
{
    const qreal perMm = m_printer.logicalDpiX() / 25.4;
    const auto side = [&](QPointF at, CardRenderer::Side s) {
        CardRenderer(at + m_offsetMm).paint(p, card, s);
        // The card's outline at its real size: what a ruler checks and scissors follow.
        p.save();
        p.setPen(QPen(Qt::black, 0.1 * perMm, Qt::DashLine));
        p.setBrush(Qt::NoBrush);
        p.drawRect(QRectF((at + m_offsetMm) * perMm,
                          QSizeF(CardRenderer::WidthMm, CardRenderer::HeightMm) * perMm));
        p.restore();
    };
    if (sides != Sides::Back)
        side(a4Front(), CardRenderer::Side::Front);
    if (sides != Sides::Front)
        side(a4Back(), CardRenderer::Side::Back);
}

bool PrinterCardSink::print(const CardPrintData &card, Sides sides)
{
    m_error.clear();
    m_printer.setDocName(u"Jisr "_s + card.card.number);
    const bool native = m_printer.outputFormat() == QPrinter::NativeFormat;
    const CupsJobWatch job(native ? m_printer.printerName() : QString());
    QPainter p;
    if (!p.begin(&m_printer)) {
        m_error = tr("The printer %1 is not available.").arg(m_printer.printerName());
        return false;
    }
    if (m_paper == Paper::A4Sheet) {
        paintSheet(p, card, sides);
    } else {
        const CardRenderer renderer(m_offsetMm);
        if (sides != Sides::Back)
            renderer.paint(p, card, CardRenderer::Side::Front);
        if (sides == Sides::Both)
            m_printer.newPage();
        if (sides != Sides::Front)
            renderer.paint(p, card, CardRenderer::Side::Back);
    }
    // end() hands the job to the print system, which does not say whether CUPS took it.
    if (!p.end() || m_printer.printerState() == QPrinter::Error || (native && !job.accepted())) {
        m_error = tr("The printer %1 did not accept the card.").arg(m_printer.printerName());
        return false;
    }
    return true;
}

} // namespace jisr
