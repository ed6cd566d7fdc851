#include "print/cardrenderer.h"

#include "platform/errors/coreerror.h"
#include "print/cardtexts.h"
#include "print/printcanvas.h"
#include "print/qrcode.h"

#include <QDir>
#include <QFontDatabase>
#include <QFontMetricsF>
#include <QPainter>
#include <QPdfWriter>
#include <QTextOption>

using namespace Qt::StringLiterals;

namespace jisr {

namespace {

const QColor Ink(0x1b, 0x26, 0x33);
const QColor Green(0x00, 0x6a, 0x4e);
const QColor Red(0xc1, 0x27, 0x2d);
const QColor Paper(0xf6, 0xf8, 0xf4);

// Millimetres to the device's units, from the painter's origin.
struct Mm
{
    qreal perMm;
    QPointF origin;
    QRectF rect(qreal x, qreal y, qreal w, qreal h) const
    {
        return {origin.x() + x * perMm, origin.y() + y * perMm, w * perMm, h * perMm};
    }
};

// The same bundled fonts as every printed document.
QFont font(bool arabic, qreal points, bool bold = false)
{
    return PrintCanvas::font(arabic, points, bold);
}

// Draws `text` on one line in `box`, shrinking the font until it fits: a long name becomes
// smaller, never clipped.
void fitted(QPainter &p, const QRectF &box, const QString &text, QFont f, bool rtl,
            qreal minPoints = 3.0)
{
    QFontMetricsF m(f, p.device());
    while (f.pointSizeF() > minPoints &&
           (m.horizontalAdvance(text) > box.width() || m.height() > box.height() * 1.05)) {
        f.setPointSizeF(f.pointSizeF() - 0.25);
        m = QFontMetricsF(f, p.device());
    }
    p.setFont(f);
    // Absolute: in a right-to-left option Qt would otherwise swap left and right.
    QTextOption o((rtl ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignAbsolute | Qt::AlignVCenter);
    o.setTextDirection(rtl ? Qt::RightToLeft : Qt::LeftToRight);
    o.setWrapMode(QTextOption::NoWrap);
    p.drawText(box, text, o);
}

// A French label and value on the left, the Arabic ones on the right, on one line.
void field(QPainter &p, const Mm &mm, qreal x, qreal y, qreal w, const CardTexts::Bilingual &label,
           const QString &value, const QString &valueAr = {})
{
    const qreal h = 3.4;
    p.setPen(QColor(0x4a, 0x55, 0x60));
    fitted(p, mm.rect(x, y, w * 0.5, h), label.fr + u" : "_s + value, font(false, 5.6), false);
    // The value is pinned left to right inside the Arabic line (dates, numbers, CIN).
    const QString lri = QString(QChar(0x2066)), pdi = QString(QChar(0x2069));
    const QString ar = label.ar + u": "_s + (valueAr.isEmpty() ? lri + value + pdi : valueAr);
    fitted(p, mm.rect(x + w * 0.5, y, w * 0.5, h), ar, font(true, 5.6), true);
}

QString date(QDate d)
{
    return d.toString(u"dd/MM/yyyy"_s);
}

} // namespace

CardRenderer::CardRenderer(QPointF offsetMm) : m_offsetMm(offsetMm)
{
    loadFonts();
}

void CardRenderer::loadFonts()
{
    static const bool loaded = [] {
        for (const QString &file : QDir(u":/fonts"_s).entryList({u"*.ttf"_s}))
            QFontDatabase::addApplicationFont(u":/fonts/"_s + file);
        return true;
    }();
    Q_UNUSED(loaded);
}

QPageSize CardRenderer::pageSize()
{
    return QPageSize(QSizeF(WidthMm, HeightMm), QPageSize::Millimeter, u"CR80"_s,
                     QPageSize::ExactMatch);
}

void CardRenderer::paint(QPainter &p, const CardPrintData &card, Side side) const
{
    p.save();
    // The card's layout is its own, whatever the interface's direction: each text below says
    // which way it reads.
    p.setLayoutDirection(Qt::LeftToRight);
    p.setRenderHint(QPainter::Antialiasing);
    p.setRenderHint(QPainter::TextAntialiasing);
    p.setRenderHint(QPainter::SmoothPixmapTransform);
    if (side == Side::Front)
        paintFront(p, card);
    else
        paintBack(p, card);
    p.restore();
}

void CardRenderer::paintFront(QPainter &p, const CardPrintData &d) const
{
    const Mm mm{p.device()->logicalDpiX() / 25.4,
                QPointF(m_offsetMm.x(), m_offsetMm.y()) * (p.device()->logicalDpiX() / 25.4)};
    p.fillRect(mm.rect(0, 0, WidthMm, HeightMm), Paper);
    // The header: the Kingdom and the card's title in both languages, on the flag's colours.
    p.fillRect(mm.rect(0, 0, WidthMm, 11.5), Green);
    p.fillRect(mm.rect(0, 11.5, WidthMm, 0.8), Red);
    p.setPen(Qt::white);
    fitted(p, mm.rect(3, 0.8, 38, 3.6), CardTexts::kingdom().fr, font(false, 6.5, true), false);
    fitted(p, mm.rect(44.6, 0.6, 38, 4.0), CardTexts::kingdom().ar, font(true, 7, true), true);
    fitted(p, mm.rect(3, 4.6, 40, 6.2), CardTexts::title().fr, font(false, 6, true), false);
    fitted(p, mm.rect(44, 4.4, 38.6, 6.6), CardTexts::title().ar, font(true, 7.5, true), true);

    // The photo, 3:4, on the left.
    const QRectF photo = mm.rect(3, 14.5, 21, 28);
    p.fillRect(photo, Qt::white);
    if (!d.photo.isNull()) {
        const QImage scaled = d.photo.scaled(photo.size().toSize(), Qt::KeepAspectRatioByExpanding,
                                             Qt::SmoothTransformation);
        const QRect crop((scaled.width() - photo.width()) / 2,
                         (scaled.height() - photo.height()) / 2, int(photo.width()),
                         int(photo.height()));
        p.drawImage(photo, scaled, crop);
    }
    p.setPen(QPen(Ink, 0.15 * mm.perMm));
    p.setBrush(Qt::NoBrush);
    p.drawRect(photo);

    // The holder's names, each in its script, shrunk to fit.
    p.setPen(Ink);
    fitted(p, mm.rect(27, 13.8, 55.6, 5.6), d.holder.fullNameAr(), font(true, 10, true), true);
    fitted(p, mm.rect(27, 19.2, 55.6, 4.8), d.holder.fullNameLat().toUpper(),
           font(false, 8.5, true), false);

    const qreal x = 27, w = 55.6;
    const QString birth = d.holder.birthYearOnly || !d.holder.birthDate.isValid()
                              ? QString::number(d.holder.birthYear)
                              : date(d.holder.birthDate);
    field(p, mm, x, 24.6, w, CardTexts::born(), birth);
    field(p, mm, x, 28.2, w, CardTexts::cin(), d.holder.cin.isEmpty() ? u"—"_s : d.holder.cin);
    const CardTexts::Bilingual types = CardTexts::types(d.types);
    const CardTexts::Bilingual degree = CardTexts::degree(d.degree);
    field(p, mm, x, 31.8, w, CardTexts::disability(), types.fr + u", "_s + degree.fr,
          types.ar + u"، "_s + degree.ar);
    field(p, mm, x, 35.4, w, CardTexts::validity(), date(d.card.validUntil));
    // The card number, large and left to right.
    p.setPen(Red);
    fitted(p, mm.rect(x, 39.2, w, 4.4), d.card.number, font(false, 9, true), false);

    // The footer: the issuing province.
    p.fillRect(mm.rect(0, 46.5, WidthMm, HeightMm - 46.5), Green);
    p.setPen(Qt::white);
    fitted(p, mm.rect(3, 47.6, 40, 5), CardTexts::province().fr + u" : "_s + d.provinceFr,
           font(false, 6), false);
    fitted(p, mm.rect(43, 47.4, 39.6, 5.4), CardTexts::province().ar + u": "_s + d.provinceAr,
           font(true, 6.5), true);
}

void CardRenderer::paintBack(QPainter &p, const CardPrintData &d) const
{
    const Mm mm{p.device()->logicalDpiX() / 25.4,
                QPointF(m_offsetMm.x(), m_offsetMm.y()) * (p.device()->logicalDpiX() / 25.4)};
    p.fillRect(mm.rect(0, 0, WidthMm, HeightMm), Qt::white);
    p.fillRect(mm.rect(0, 0, WidthMm, 2.2), Green);
    p.fillRect(mm.rect(0, 2.2, WidthMm, 0.6), Red);
    // The signed QR code, 38 mm with its quiet zone: 0.6 mm modules at version 10.
    QrCode::encode(d.qrText).paint(p, mm.rect(2.5, 6.5, 38, 38));
    p.setPen(Ink);
    fitted(p, mm.rect(2.5, 45, 38, 3.2), CardTexts::verify().fr, font(false, 5), false);
    fitted(p, mm.rect(2.5, 48.2, 38, 3.6), CardTexts::verify().ar, font(true, 5.5), true);

    const qreal x = 43, w = 40;
    QTextOption ar(Qt::AlignRight | Qt::AlignAbsolute | Qt::AlignTop);
    ar.setTextDirection(Qt::RightToLeft);
    ar.setWrapMode(QTextOption::WordWrap);
    QTextOption fr(Qt::AlignLeft | Qt::AlignAbsolute | Qt::AlignTop);
    fr.setTextDirection(Qt::LeftToRight);
    fr.setWrapMode(QTextOption::WordWrap);
    p.setFont(font(true, 6));
    p.drawText(mm.rect(x, 6, w, 9), CardTexts::rights().ar, ar);
    p.setFont(font(false, 5.5));
    p.drawText(mm.rect(x, 15, w, 8), CardTexts::rights().fr, fr);
    p.setFont(font(true, 6));
    p.drawText(mm.rect(x, 24, w, 5), CardTexts::report().ar, ar);
    p.setFont(font(false, 5.5));
    p.drawText(mm.rect(x, 29, w, 6), CardTexts::report().fr, fr);
    p.setPen(Red);
    fitted(p, mm.rect(x, 37, w, 4), d.card.number, font(false, 8, true), false);
    p.setPen(Ink);
    fitted(p, mm.rect(x, 41.5, w * 0.5, 3.4),
           CardTexts::copy().fr + u" "_s + QString::number(d.copy), font(false, 5.5), false);
    fitted(p, mm.rect(x + w * 0.5, 41.5, w * 0.5, 3.4),
           CardTexts::copy().ar + u" "_s + QString::number(d.copy), font(true, 5.5), true);
    fitted(p, mm.rect(x, 46, w, 3.2), CardTexts::ministry().fr, font(false, 4), false);
    fitted(p, mm.rect(x, 49.2, w, 3.6), CardTexts::ministry().ar, font(true, 4.5), true);
}

void CardRenderer::print(QPagedPaintDevice &device, const QList<CardPrintData> &cards) const
{
    QPainter p;
    if (!p.begin(&device))
        throw CoreError(ErrorKind::Storage, tr("The card could not be printed."));
    bool first = true;
    for (const CardPrintData &card : cards)
        for (Side side : {Side::Front, Side::Back}) {
            if (!first)
                device.newPage();
            first = false;
            paint(p, card, side);
        }
    p.end();
}

void CardRenderer::writePdf(const QList<CardPrintData> &cards, const QString &fileName) const
{
    QPdfWriter pdf(fileName);
    pdf.setResolution(Dpi);
    pdf.setPageSize(pageSize());
    pdf.setPageMargins(QMarginsF(0, 0, 0, 0));
    pdf.setTitle(u"Jisr"_s);
    pdf.setCreator(u"Jisr"_s);
    print(pdf, cards);
}

QImage CardRenderer::image(const CardPrintData &card, Side side, int dpi) const
{
    const QSize size(qRound(WidthMm / 25.4 * dpi), qRound(HeightMm / 25.4 * dpi));
    QImage img(size, QImage::Format_RGB32);
    img.setDotsPerMeterX(qRound(dpi / 0.0254));
    img.setDotsPerMeterY(qRound(dpi / 0.0254));
    img.fill(Qt::white);
    QPainter p(&img);
    paint(p, card, side);
    p.end();
    return img;
}

} // namespace jisr
