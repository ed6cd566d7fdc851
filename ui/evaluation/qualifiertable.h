#pragma once

#include <QStringList>

class QLabel;
class QTableView;

namespace jisr {

class ChoiceTableModel;

// How the evaluation's tables of domains look and are edited, the same on the medical and the
// social part: a row per domain, edited from the keyboard (type the qualifier's digit, or F2
// and the arrows), the domain's words readable in full.
class QualifierTable
{
public:
    // The ICF qualifiers' codes, "0" to "4".
    static QStringList codes();
    static QTableView *newView(ChoiceTableModel *model, const QString &objectName);
    static QLabel *newLegend();
};

} // namespace jisr
