#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace jisr {

class CliContext;
struct Evaluation;

// jisrctl evaluation open|medical|social|submit|decide
class EvaluationCommand
{
    Q_DECLARE_TR_FUNCTIONS(EvaluationCommand)

public:
    static int run(CliContext &ctx, const QStringList &args);

private:
    static int open(CliContext &ctx, const QStringList &args);
    static int medical(CliContext &ctx, const QStringList &args);
    static int social(CliContext &ctx, const QStringList &args);
    static int submit(CliContext &ctx, const QStringList &args);
    static int decide(CliContext &ctx, const QStringList &args);
    static void printEvaluation(CliContext &ctx, const Evaluation &e);
};

} // namespace jisr
