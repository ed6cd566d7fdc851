#include "demo/demodataloader.h"

#include "cases/casefileservice.h"
#include "demo/demodatagenerator.h"
#include "platform/db/database.h"
#include "platform/db/sqlquery.h"
#include "platform/db/sqltransaction.h"
#include "platform/settings/workstationsettings.h"
#include "workspace/workspace.h"

using namespace Qt::StringLiterals;

namespace jisr {

namespace {
// Large enough to amortise the commit (an fsync), small enough to keep memory and the WAL small.
constexpr qint64 BatchSize = 5000;
} // namespace

qint64 DemoDataLoader::load(Workspace &workspace, const Actor &actor, qint64 count, quint64 seed,
                            const Progress &progress)
{
    QSqlDatabase db = workspace.database().connection();
    // selectRows() resets its statement at once: a SELECT left open here would pin a read
    // snapshot for the whole load and stop every WAL checkpoint.
    const auto rows = selectRows(db, u"SELECT count(*) FROM case_files"_s);
    const qint64 existing = rows.isEmpty() ? 0 : rows.first().value(0).toLongLong();
    DemoDataGenerator generator(seed, existing, workspace.settings().provinceCode());
    qint64 written = 0;
    while (written < count) {
        SqlTransaction tx(workspace.database());
        const qint64 batchEnd = qMin(count, written + BatchSize);
        for (; written < batchEnd; ++written)
            workspace.cases().create(actor, generator.next(), /*duplicatesConfirmed=*/true);
        tx.commit();
        if (progress)
            progress(written, count);
    }
    return written;
}

} // namespace jisr
