#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace jisr {

// The words shown for the stable codes stored in the database (sex, AMO regime, disability
// type...): the codes never change, their labels follow the interface language.
class CodeLabels
{
    Q_DECLARE_TR_FUNCTIONS(CodeLabels)

public:
    static QString label(const QString &code);
    static QString fieldLabel(const QString &field);
    // An audit entry's details as people read them: field names, reasons and roles in the
    // interface language instead of the codes the log stores.
    static QString auditDetails(const QString &action, const QString &details);
    // A list joined with the language's own comma (Arabic ، ).
    static QString joined(const QStringList &items);
};

} // namespace jisr
