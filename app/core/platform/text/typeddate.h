#pragma once

#include <QDate>
#include <QString>

namespace jisr {

// A date as people type it: at the desk, in a spreadsheet cell or on jisrctl's command line.
// The registration form, the CSV import and jisrctl (case add, audit --from/--to) all read
// dates here, so that what one accepts the others accept too.
class TypedDate
{
public:
    // dd/mm/yyyy (also d/m/yyyy, with Arabic-Indic digits) or ISO yyyy-mm-dd. A null QDate when
    // the text is not a real date (31/02/2000).
    static QDate parse(const QString &text);
};

} // namespace jisr
