#pragma once

#include "cards/card.h"
#include "cases/casefile.h"
#include "evaluation/evaluation.h"

#include <QDate>
#include <optional>

namespace jisr {

// What the A4 documents of a case file print (the refusal letter, the case summary), gathered
// by CaseDocumentSource so that the renderers look nothing up.
struct CaseDocumentData
{
    CaseFile holder;
    std::optional<Evaluation> decision; // the latest decided evaluation
    std::optional<Card> card;           // the latest card
    QString centreAr;
    QString centreFr;
    QString provinceAr;
    QString provinceFr;
    QDate printedOn;
};

} // namespace jisr
