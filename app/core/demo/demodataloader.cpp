#include "demo/demodataloader.h"

#include "cases/casefileservice.h"
#include "demo/demodatagenerator.h"
#include "platform/audit/auditlog.h"
#include "platform/db/database.h"
#include "platform/db/sqlquery.h"
#include "platform/db/sqltransaction.h"
#include "platform/errors/coreerror.h"
#include "platform/settings/workstationsettings.h"
#include "platform/write/writepath.h"
#include "workspace/workspace.h"

using namespace Qt::StringLiterals;

namespace jisr {

namespace {
// Large enough to amortise the commit (an fsync), small enough to keep memory and the WAL small.
constexpr qint64 BatchSize = 5000;

const QString DemoDatabaseKey = u"demo_database"_s;
} // namespace

bool DemoDataLoader::isDemoDatabase(const WorkstationSettings &settings)
{
    return settings.value(DemoDatabaseKey) == u"1"_s;
}

void DemoDataLoader::markAsDemoDatabase(WorkstationSettings &settings)
{
    settings.setValue(DemoDatabaseKey, u"1"_s);
}

void DemoDataLoader::authorize(Workspace &workspace, const Actor &actor, qint64 count, quint64 seed,
                               Target target)
{
    const Capability cap = Capability::LoadDemoData;
    workspace.writes().require(actor, cap); // records a refusal
    const bool demo = isDemoDatabase(workspace.settings());
    if (!demo && target != Target::RealCentreConfirmed) {
        workspace.audit().record(actor, AuditAction::PermissionDenied, {}, capabilityCode(cap));
        // Not WritePath::deny: the refusal must say why an administrator is refused here.
        throw CoreError(ErrorKind::PermissionDenied,
                        tr("This database is a real centre's: demo people go only into a "
                           "database created as a demo, unless an administrator confirms "
                           "loading them here."));
    }
    // Before the first person is written: the log says who put made-up people in, and that
    // they knew it was a real centre.
    QString details = u"demo %1 seed %2"_s.arg(count).arg(seed);
    if (!demo)
        details += u" confirm-real-centre"_s;
    workspace.audit().record(actor, AuditAction::CasesImported, {}, details);
}

qint64 DemoDataLoader::load(Workspace &workspace, const Actor &actor, qint64 count, quint64 seed,
                            const Progress &progress, Target target)
{
    authorize(workspace, actor, count, seed, target);
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
