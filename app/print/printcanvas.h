#pragma once

#include <QColor>
#include <QFont>
#include <QRectF>
#include <QString>

class QPainter;
class QPaintDevice;
class QTextOption;

namespace jisr {

// Millimetre-based drawing for the printed documents (slip, day list): boxes are given in
// millimetres from the page's top-left corner and converted with the device's resolution, so a
// document has its real size on a PDF, a printer, a preview or an image. Without a painter it
// only measures (a first pass to know how tall a flowing document is), on `metrics`' resolution.
// Texts are laid out with an explicit direction: Arabic right to left, French left to right,
// whatever the interface's direction.
class PrintCanvas
{
public:
    PrintCanvas(QPainter *painter, const QPaintDevice &metrics);

    bool measuring() const { return m_painter == nullptr; }
    qreal perMm() const { return m_perMm; }
    QRectF rect(qreal x, qreal y, qreal w, qreal h) const;
    QRectF rect(const QRectF &mm) const { return rect(mm.x(), mm.y(), mm.width(), mm.height()); }

    // The bundled Noto fonts, Arabic first for an Arabic text.
    static QFont font(bool arabic, qreal points, bool bold = false);
    // One line in `box` (mm), the font shrunk until it fits: a long name gets smaller, never
    // clipped. Leading alignment in the text's own direction unless `centred`.
    void line(const QRectF &box, const QString &text, QFont font, bool rtl, bool centred = false,
              QColor colour = Qt::black) const;
    // A wrapped paragraph from (x, y), `w` wide; returns its height in mm.
    qreal paragraph(qreal x, qreal y, qreal w, const QString &text, const QFont &font, bool rtl,
                    QColor colour = Qt::black) const;
    // The largest size, at most the font's, at which `text` fits `widthMm` on one line.
    qreal fittingPoints(const QString &text, const QFont &font, qreal widthMm) const;
    // Height in mm of one line of `font`.
    qreal lineHeight(const QFont &font) const;

    void fill(const QRectF &box, const QColor &colour) const;
    void frame(const QRectF &box, const QColor &colour, qreal widthMm = 0.2) const;
    void rule(qreal x, qreal y, qreal w, const QColor &colour, qreal widthMm = 0.2) const;

    // Unicode isolates keeping a left-to-right run (a dossier number, a phone, a CIN) in one
    // piece inside an Arabic line.
    static QString ltr(const QString &text);

private:
    // Draws through QPainter::drawText, or, on a printer, as the glyphs' outlines: Qt's print
    // preview replays text items on the screen at another size and loses the spaces between
    // the Arabic and the Latin runs of a line; outlines are painted exactly. A PDF writer keeps
    // real text (searchable, read back by the tests).
    void text(const QRectF &r, const QString &text, const QFont &font,
              const QTextOption &option) const;

    QPainter *m_painter;
    const QPaintDevice &m_metrics;
    qreal m_perMm;
};

} // namespace jisr
