#pragma once

#include "print/cardrenderer.h"
#include "print/cardsink.h"

#include <QStringList>

// The physical card printer's stand-in (a real one cannot run here): paints each side for real
// with the renderer, accepts `capacity` sides and then fails as a jammed printer or one out of
// ribbon does. Nothing else in the print path is simulated.
class JammingPrinter : public jisr::CardSink
{
public:
    explicit JammingPrinter(int capacity) : m_capacity(capacity) {}
    QString name() const override { return QStringLiteral("Evolis Primacy"); }
    bool print(const jisr::CardPrintData &card, Sides sides) override
    {
        if (m_capacity-- <= 0)
            return false;
        if (sides != Sides::Back)
            jisr::CardRenderer().image(card, jisr::CardRenderer::Side::Front, 50);
        if (sides != Sides::Front)
            jisr::CardRenderer().image(card, jisr::CardRenderer::Side::Back, 50);
        sidesPrinted << card.card.number +
                            (sides == Sides::Back ? QStringLiteral("/back") : QString());
        return true;
    }
    QString error() const override { return QStringLiteral("Paper jam"); }

    QStringList sidesPrinted;

private:
    int m_capacity;
};
