#pragma once

#include "cards/card.h"
#include "cases/casefile.h"

#include <QImage>
#include <QString>

namespace jisr {

// Everything painted on one copy of a card: what the renderer needs and nothing it must look
// up. Made by CardService::prepare, which signs the QR payload for this copy.
struct CardPrintData
{
    Card card;
    CaseFile holder;
    QImage photo;
    QString provinceAr;
    QString provinceFr;
    QStringList types; // the committee's decision
    QString degree;
    int copy = 1;          // the copy this print makes
    QString reprintReason; // empty for the first print
    QString qrText;        // "JC1:" + Base45, signed
};

} // namespace jisr
