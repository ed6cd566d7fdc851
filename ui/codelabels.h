#pragma once

#include <QCoreApplication>
#include <QString>

namespace jisr {

// The words shown for the stable codes stored in the database (sex, AMO regime, disability
// type...): the codes never change, their labels follow the interface language.
class CodeLabels
{
    Q_DECLARE_TR_FUNCTIONS(CodeLabels)

public:
    static QString label(const QString &code);
    static QString fieldLabel(const QString &field);
};

} // namespace jisr
