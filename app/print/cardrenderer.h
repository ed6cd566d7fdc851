#pragma once

#include "cards/cardprintdata.h"

#include <QCoreApplication>
#include <QImage>
#include <QPageSize>
#include <QSizeF>

class QPainter;
class QPagedPaintDevice;

namespace jisr {

// Paints an ISO/IEC 7810 ID-1 card (CR80, 85.60 x 53.98 mm), front and back, on any painter:
// the print preview, a PDF, a card printer, a test image. Positions are in millimetres and
// converted with the device's resolution, so the card has its real size everywhere. The card
// speaks both languages at once, Arabic right to left and French, whatever the interface's
// language: its texts are the layout's (cardtexts.cpp), not the interface's.
class CardRenderer
{
    Q_DECLARE_TR_FUNCTIONS(CardRenderer)

public:
    static constexpr qreal WidthMm = 85.60;
    static constexpr qreal HeightMm = 53.98;
    static constexpr int Dpi = 300;
    enum class Side { Front, Back };

    // Calibration: where the card starts on the page, for a printer that feeds off centre.
    explicit CardRenderer(QPointF offsetMm = {});

    // Paints one side with its top-left corner at the painter's origin (plus the offset).
    void paint(QPainter &painter, const CardPrintData &card, Side side) const;
    // Front then back, each on its own page of the card's size, for each card. Throws
    // CoreError(Storage) when the file cannot be written.
    void writePdf(const QList<CardPrintData> &cards, const QString &fileName) const;
    // Both sides on a paged device (a QPrinter set to the card's page size, or a PDF writer).
    void print(QPagedPaintDevice &device, const QList<CardPrintData> &cards) const;
    QImage image(const CardPrintData &card, Side side, int dpi = Dpi) const;

    static QPageSize pageSize();
    // Registers the bundled Noto fonts (once).
    static void loadFonts();

private:
    void paintFront(QPainter &p, const CardPrintData &card) const;
    void paintBack(QPainter &p, const CardPrintData &card) const;

    QPointF m_offsetMm;
};

} // namespace jisr
