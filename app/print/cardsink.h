#pragma once

#include "cards/cardprintdata.h"

#include <QString>

namespace jisr {

// Where printed cards go: a card printer, an A4 test sheet, a PDF file. CardBatchPrint hands
// it one card at a time and records a card as printed only once the sink says it is.
class CardSink
{
public:
    enum class Sides { Both, Front, Back };

    virtual ~CardSink() = default;

    // The name kept in the print log ("PDF card.pdf", the printer's queue name).
    virtual QString name() const = 0;
    // Sends one card (or one side of it, for a printer that prints one side per pass). False
    // when the printer refused or failed: error() says why.
    virtual bool print(const CardPrintData &card, Sides sides) = 0;
    // True when print() puts each card on paper by itself (one job per card); false when the
    // cards are only out once finish() succeeds (a PDF file written at the end).
    virtual bool printsEachCard() const { return true; }
    virtual bool finish() { return true; }
    virtual QString error() const = 0;
};

} // namespace jisr
