#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace jisr {

class CliContext;

// jisrctl demo --cases N [--seed S]: fills the database with synthetic people.
class DemoCommand
{
    Q_DECLARE_TR_FUNCTIONS(DemoCommand)

public:
    static int run(CliContext &ctx, const QStringList &args);
};

} // namespace jisr
