#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace jisr {

class CliContext;

// jisrctl search TEXT [--limit N]: best first, the same search as the desktop's search box.
class SearchCommand
{
    Q_DECLARE_TR_FUNCTIONS(SearchCommand)

public:
    static int run(CliContext &ctx, const QStringList &args);
};

} // namespace jisr
