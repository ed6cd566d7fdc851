#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace jisr {

struct Evaluation;

// The words for the evaluation's codes (kinds, domains, ICF qualifiers, factors, states): the
// codes are stored, their words follow the interface language.
class EvaluationLabels
{
    Q_DECLARE_TR_FUNCTIONS(EvaluationLabels)

public:
    static QString label(const QString &code);
    // An ICF qualifier in words: "2 · moderate problem (25-49 %)".
    static QString qualifier(int value);
    // The code in full where there is room (a qualifier with its range), else as label().
    static QString longLabel(const QString &code);
    // What the ICF qualifiers mean, for the legend under a table.
    static QString qualifierLegend();
    // One line of the history: "Eligible, severe, until 14/03/2033", "Refused", "At committee".
    static QString outcome(const Evaluation &e);
    static QString date(const QDate &d);
};

} // namespace jisr
