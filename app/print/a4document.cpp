#include "print/a4document.h"

#include "platform/errors/coreerror.h"
#include "print/cardrenderer.h"
#include "print/cardtexts.h"
#include "print/printcanvas.h"
#include "print/printtexts.h"

#include <QPainter>
#include <QPdfWriter>

using namespace Qt::StringLiterals;

namespace jisr {

namespace {

const QColor Ink(0x1b, 0x26, 0x33);
const QColor Grey(0x55, 0x5f, 0x69);
const QColor Green(0x00, 0x6a, 0x4e);
constexpr qreal Half = (A4Document::WidthMm - 2 * A4Document::MarginMm) / 2;

} // namespace

void A4Document::paint(QPainter &painter, const CaseDocumentData &data) const
{
    CardRenderer::loadFonts();
    painter.save();
    painter.setLayoutDirection(Qt::LeftToRight);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    const PrintCanvas c(&painter, *painter.device());
    c.fill(QRectF(0, 0, WidthMm, HeightMm), Qt::white);
    paintBody(c, data, letterhead(c, data));
    painter.restore();
}

void A4Document::print(QPagedPaintDevice &device, const CaseDocumentData &data) const
{
    QPainter p;
    if (!p.begin(&device))
        throw CoreError(ErrorKind::Storage, tr("The document could not be printed."));
    paint(p, data);
    p.end();
}

void A4Document::writePdf(const CaseDocumentData &data, const QString &fileName) const
{
    QPdfWriter pdf(fileName);
    pdf.setResolution(Dpi);
    pdf.setPageSize(QPageSize(QPageSize::A4));
    pdf.setPageMargins(QMarginsF(0, 0, 0, 0));
    pdf.setTitle(u"Jisr"_s);
    pdf.setCreator(u"Jisr"_s);
    print(pdf, data);
}

QImage A4Document::image(const CaseDocumentData &data, int dpi) const
{
    QImage img(qRound(WidthMm / 25.4 * dpi), qRound(HeightMm / 25.4 * dpi), QImage::Format_RGB32);
    img.setDotsPerMeterX(qRound(dpi / 0.0254));
    img.setDotsPerMeterY(qRound(dpi / 0.0254));
    img.fill(Qt::white);
    QPainter p(&img);
    paint(p, data);
    return img;
}

qreal A4Document::letterhead(const PrintCanvas &c, const CaseDocumentData &d)
{
    const qreal x = MarginMm, right = MarginMm + Half;
    c.line({x, 12, Half, 6}, CardTexts::kingdom().fr, PrintCanvas::font(false, 11, true), false,
           false, Green);
    c.line({right, 11.5, Half, 7}, CardTexts::kingdom().ar, PrintCanvas::font(true, 13, true), true,
           false, Green);
    c.line({x, 18, Half, 5}, CardTexts::ministry().fr, PrintCanvas::font(false, 8), false, false,
           Grey);
    c.line({right, 18, Half, 5.5}, CardTexts::ministry().ar, PrintCanvas::font(true, 9), true,
           false, Grey);
    c.line({x, 23.5, Half, 5}, d.centreFr, PrintCanvas::font(false, 9, true), false, false, Ink);
    c.line({right, 23.5, Half, 5.5}, d.centreAr, PrintCanvas::font(true, 10, true), true, false,
           Ink);
    const BilingualText province =
        PrintTexts::both(QT_TRANSLATE_NOOP("jisr::PrintTexts", "Province: %1"));
    c.line({x, 29, Half, 5}, PrintTexts::fill(province.fr, {d.provinceFr}),
           PrintCanvas::font(false, 8.5), false, false, Grey);
    c.line({right, 29, Half, 5.5}, PrintTexts::fill(province.ar, {d.provinceAr}),
           PrintCanvas::font(true, 9.5), true, false, Grey);
    c.rule(x, 36, WidthMm - 2 * MarginMm, Green, 0.5);
    return 42;
}

QString A4Document::date(QDate d)
{
    return d.isValid() ? d.toString(u"dd/MM/yyyy"_s) : u"—"_s;
}

qreal A4Document::row(const PrintCanvas &c, qreal y, const char *label, const QString &value,
                      bool valueRtl)
{
    const BilingualText l = PrintTexts::both(label);
    const qreal h = 6.2, labelW = 44, valueX = MarginMm + labelW + 2;
    const qreal valueW = WidthMm - 2 * MarginMm - 2 * labelW - 4;
    c.line({MarginMm, y, labelW, h}, l.fr, PrintCanvas::font(false, 9), false, false, Grey);
    c.line({valueX, y, valueW, h}, value.isEmpty() ? u"—"_s : value,
           PrintCanvas::font(valueRtl, 10, true), valueRtl, true, Ink);
    c.line({WidthMm - MarginMm - labelW, y, labelW, h}, l.ar, PrintCanvas::font(true, 10), true,
           false, Grey);
    return h;
}

qreal A4Document::heading(const PrintCanvas &c, qreal y, const char *title)
{
    const BilingualText t = PrintTexts::both(title);
    c.fill({MarginMm, y, WidthMm - 2 * MarginMm, 8}, QColor(0xe8, 0xf1, 0xec));
    c.line({MarginMm + 2, y + 0.5, Half - 2, 7}, t.fr, PrintCanvas::font(false, 11, true), false,
           false, Green);
    c.line({MarginMm + Half, y + 0.3, Half - 2, 7.4}, t.ar, PrintCanvas::font(true, 12, true), true,
           false, Green);
    return 10;
}

} // namespace jisr
