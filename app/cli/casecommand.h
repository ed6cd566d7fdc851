#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace jisr {

class CliContext;
struct CaseFile;

// jisrctl case add|show|export|import
class CaseCommand
{
    Q_DECLARE_TR_FUNCTIONS(CaseCommand)

public:
    static int run(CliContext &ctx, const QStringList &args);

private:
    static int add(CliContext &ctx, const QStringList &args);
    static int show(CliContext &ctx, const QStringList &args);
    static int exportCsv(CliContext &ctx, const QStringList &args);
    static int importCsv(CliContext &ctx, const QStringList &args);
    static void printCase(CliContext &ctx, const CaseFile &c);
};

} // namespace jisr
