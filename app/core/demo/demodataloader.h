#pragma once

#include "platform/access/accesscontrol.h"

#include <QCoreApplication>
#include <functional>

namespace jisr {

class Workspace;
class WorkstationSettings;

// Registers generated people through the same service as the front desk (validation, dossier
// numbers, search index, change log, audit), in batches of one transaction each: a demo
// database is indistinguishable from one filled by hand, only faster to make. That is also the
// danger: only an administrator loads them, and only into a database created as a demo
// (`jisrctl init --demo`), unless they confirm that it is a real centre's, which the audit log
// then records.
class DemoDataLoader
{
    Q_DECLARE_TR_FUNCTIONS(DemoDataLoader)

public:
    using Progress = std::function<void(qint64 done, qint64 total)>;
    enum class Target { DemoDatabase, RealCentreConfirmed };

    // Returns the number of case files written. Throws CoreError(PermissionDenied), recorded in
    // the audit log, for another role than administrator or a database that is not a demo
    // (without the confirmation); otherwise like CaseFileService::create.
    static qint64 load(Workspace &workspace, const Actor &actor, qint64 count, quint64 seed,
                       const Progress &progress = {}, Target target = Target::DemoDatabase);

    // A database created as a demo: the setting demo_database=1, written when it is created.
    static bool isDemoDatabase(const WorkstationSettings &settings);
    static void markAsDemoDatabase(WorkstationSettings &settings);

private:
    // Throws unless `actor` may load demo people here, recording a refusal in the audit log,
    // or else the load itself, before its first person.
    static void authorize(Workspace &workspace, const Actor &actor, qint64 count, quint64 seed,
                          Target target);
};

} // namespace jisr
