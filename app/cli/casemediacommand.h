#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace jisr {

class CliContext;

// jisrctl case photo DOSSIER FILE, case document add DOSSIER FILE --type T [--title T]
class CaseMediaCommand
{
    Q_DECLARE_TR_FUNCTIONS(CaseMediaCommand)

public:
    static int photo(CliContext &ctx, const QStringList &args);
    static int document(CliContext &ctx, const QStringList &args);
};

} // namespace jisr
