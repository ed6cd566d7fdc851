#include "print/printcanvas.h"

#include <QFontMetricsF>
#include <QGlyphRun>
#include <QPaintDevice>
#include <QPainter>
#include <QPainterPath>
#include <QRawFont>
#include <QTextLayout>
#include <QTextOption>

using namespace Qt::StringLiterals;

namespace jisr {

namespace {

QTextOption optionFor(bool rtl, bool centred, QTextOption::WrapMode wrap)
{
    // Absolute: in a right-to-left option Qt would otherwise swap left and right.
    const Qt::Alignment side = centred ? Qt::AlignHCenter : rtl ? Qt::AlignRight : Qt::AlignLeft;
    QTextOption o(side | Qt::AlignAbsolute | Qt::AlignVCenter);
    o.setTextDirection(rtl ? Qt::RightToLeft : Qt::LeftToRight);
    o.setWrapMode(wrap);
    return o;
}

} // namespace

PrintCanvas::PrintCanvas(QPainter *painter, const QPaintDevice &metrics)
    : m_painter(painter), m_metrics(metrics), m_perMm(metrics.logicalDpiX() / 25.4)
{
}

QRectF PrintCanvas::rect(qreal x, qreal y, qreal w, qreal h) const
{
    return {x * m_perMm, y * m_perMm, w * m_perMm, h * m_perMm};
}

QFont PrintCanvas::font(bool arabic, qreal points, bool bold)
{
    QFont f;
    f.setFamilies(arabic ? QStringList{u"Noto Sans Arabic UI"_s, u"Noto Sans"_s}
                         : QStringList{u"Noto Sans"_s, u"Noto Sans Arabic UI"_s});
    f.setPointSizeF(points);
    f.setBold(bold);
    f.setHintingPreference(QFont::PreferNoHinting);
    return f;
}

qreal PrintCanvas::lineHeight(const QFont &font) const
{
    return QFontMetricsF(font, &m_metrics).height() / m_perMm;
}

qreal PrintCanvas::fittingPoints(const QString &text, const QFont &font, qreal widthMm) const
{
    const qreal advance = QFontMetricsF(font, &m_metrics).horizontalAdvance(text);
    const qreal width = widthMm * m_perMm;
    // Text widths grow with the size; a little margin for the rounding of glyph advances.
    return advance <= width ? font.pointSizeF() : font.pointSizeF() * width / advance * 0.98;
}

void PrintCanvas::line(const QRectF &box, const QString &text, QFont f, bool rtl, bool centred,
                       QColor colour) const
{
    if (measuring() || text.isEmpty())
        return;
    const QRectF r = rect(box);
    QFontMetricsF m(f, &m_metrics);
    // Down to a quarter of the size asked for: still readable on paper, and never cut.
    const qreal smallest = f.pointSizeF() / 4;
    while (f.pointSizeF() > smallest &&
           (m.horizontalAdvance(text) > r.width() || m.height() > r.height() * 1.08)) {
        f.setPointSizeF(f.pointSizeF() * 0.95);
        m = QFontMetricsF(f, &m_metrics);
    }
    m_painter->setPen(colour);
    this->text(r, text, f, optionFor(rtl, centred, QTextOption::NoWrap));
}

void PrintCanvas::text(const QRectF &r, const QString &text, const QFont &font,
                       const QTextOption &option) const
{
    if (m_painter->device()->devType() != QInternal::Printer) {
        m_painter->setFont(font);
        m_painter->drawText(r, text, option);
        return;
    }
    QTextLayout layout(text, font, m_painter->device());
    layout.setTextOption(option);
    layout.beginLayout();
    qreal height = 0;
    for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
        line.setLineWidth(r.width());
        line.setPosition(QPointF(0, height));
        height += line.height();
    }
    layout.endLayout();
    QPainterPath outlines;
    for (const QGlyphRun &run : layout.glyphRuns()) {
        const QRawFont raw = run.rawFont();
        const QList<quint32> glyphs = run.glyphIndexes();
        const QList<QPointF> positions = run.positions();
        for (qsizetype i = 0; i < glyphs.size(); ++i)
            outlines.addPath(raw.pathForGlyph(glyphs.at(i)).translated(positions.at(i)));
    }
    const qreal top =
        option.alignment() & Qt::AlignVCenter ? r.top() + (r.height() - height) / 2 : r.top();
    m_painter->fillPath(outlines.translated(r.left(), top), m_painter->pen().color());
}

qreal PrintCanvas::paragraph(qreal x, qreal y, qreal w, const QString &text, const QFont &font,
                             bool rtl, QColor colour) const
{
    const QFontMetricsF m(font, &m_metrics);
    const QRectF bounds = m.boundingRect(QRectF(0, 0, w * m_perMm, 1e6),
                                         Qt::TextWordWrap | Qt::AlignTop | Qt::AlignLeft, text);
    const qreal h = bounds.height() / m_perMm;
    if (!measuring()) {
        QTextOption o = optionFor(rtl, false, QTextOption::WordWrap);
        o.setAlignment((rtl ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignAbsolute | Qt::AlignTop);
        m_painter->setPen(colour);
        this->text(rect(x, y, w, h + 0.5), text, font, o);
    }
    return h;
}

void PrintCanvas::fill(const QRectF &box, const QColor &colour) const
{
    if (!measuring())
        m_painter->fillRect(rect(box), colour);
}

void PrintCanvas::frame(const QRectF &box, const QColor &colour, qreal widthMm) const
{
    if (measuring())
        return;
    m_painter->setPen(QPen(colour, widthMm * m_perMm));
    m_painter->setBrush(Qt::NoBrush);
    m_painter->drawRect(rect(box));
}

void PrintCanvas::rule(qreal x, qreal y, qreal w, const QColor &colour, qreal widthMm) const
{
    if (measuring())
        return;
    m_painter->setPen(QPen(colour, widthMm * m_perMm));
    m_painter->drawLine(QPointF(x * m_perMm, y * m_perMm), QPointF((x + w) * m_perMm, y * m_perMm));
}

QString PrintCanvas::ltr(const QString &text)
{
    return QChar(0x2066) + text + QChar(0x2069);
}

} // namespace jisr
