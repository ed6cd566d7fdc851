#pragma once

#include "print/cardsink.h"

#include <QCoreApplication>
#include <QList>

namespace jisr {

// Cards to one PDF file, front then back of each on pages of the card's size: the cards are
// out (and recorded) only once the whole file is written.
class PdfCardSink : public CardSink
{
    Q_DECLARE_TR_FUNCTIONS(PdfCardSink)

public:
    explicit PdfCardSink(QString fileName);

    QString name() const override;
    bool print(const CardPrintData &card, Sides sides) override;
    bool printsEachCard() const override { return false; }
    bool finish() override;
    QString error() const override { return m_error; }

private:
    QString m_fileName;
    QList<CardPrintData> m_cards;
    QString m_error;
};

} // namespace jisr
