#pragma once

#include <QList>
#include <QString>

namespace jisr {

// One problem with one field of a form or an imported row. Errors block saving; warnings are
// shown and the user decides (a doubtful CIN, a possible duplicate).
struct ValidationIssue
{
    enum class Severity { Error, Warning };
    QString field; // column name, e.g. "cin"
    Severity severity = Severity::Error;
    QString message;       // translated, no personal data
    QString relatedCaseId; // for duplicates: the existing file to open
};

using ValidationIssues = QList<ValidationIssue>;

inline bool hasErrors(const ValidationIssues &issues)
{
    for (const ValidationIssue &i : issues)
        if (i.severity == ValidationIssue::Severity::Error)
            return true;
    return false;
}

} // namespace jisr
