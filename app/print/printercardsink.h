#pragma once

#include "print/cardsink.h"

#include <QCoreApplication>
#include <QPointF>

class QPrinter;

namespace jisr {

// A real printer through Qt's print system (CUPS on Linux): each card is its own job, so that
// a card counts as printed once the print system has accepted its job, and a failure in the
// middle of a batch leaves the cards before it printed and the others not. On a card printer
// the page is the card (CR80); on A4 plain paper, for a test, front and back sit side by side
// at their real size with their outlines drawn.
class PrinterCardSink : public CardSink
{
    Q_DECLARE_TR_FUNCTIONS(PrinterCardSink)

public:
    enum class Paper { Card, A4Sheet };

    // The printer is configured by the caller (its name, duplex); its page size is set here.
    PrinterCardSink(QPrinter &printer, Paper paper, QPointF offsetMm = {});

    QString name() const override;
    bool print(const CardPrintData &card, Sides sides) override;
    QString error() const override { return m_error; }

    // Where the front and back start on an A4 test sheet, in millimetres.
    static QPointF a4Front();
    static QPointF a4Back();

private:
    void paintSheet(class QPainter &p, const CardPrintData &card, Sides sides) const;

    QPrinter &m_printer;
    Paper m_paper;
    QPointF m_offsetMm;
    QString m_error;
};

} // namespace jisr
