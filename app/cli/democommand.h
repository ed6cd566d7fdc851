#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace jisr {

class CliContext;

// jisrctl demo --cases N [--seed S] [--with-users] [--confirm-real-centre]: fills a demo
// database (jisrctl init --demo) with synthetic people.
class DemoCommand
{
    Q_DECLARE_TR_FUNCTIONS(DemoCommand)

public:
    static int run(CliContext &ctx, const QStringList &args);
};

} // namespace jisr
