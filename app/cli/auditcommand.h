#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace jisr {

class CliContext;

// jisrctl audit verify|list|export: the tamper-evident log, for the centre's administrators.
class AuditCommand
{
    Q_DECLARE_TR_FUNCTIONS(AuditCommand)

public:
    static int run(CliContext &ctx, const QStringList &args);
};

} // namespace jisr
