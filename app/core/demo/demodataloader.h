#pragma once

#include "platform/access/accesscontrol.h"

#include <functional>

namespace jisr {

class Workspace;

// Registers generated people through the same service as the front desk (validation, dossier
// numbers, search index, change log, audit), in batches of one transaction each: a demo
// database is indistinguishable from one filled by hand, only faster to make.
class DemoDataLoader
{
public:
    using Progress = std::function<void(qint64 done, qint64 total)>;

    // Returns the number of case files written. Throws CoreError like CaseFileService::create.
    static qint64 load(Workspace &workspace, const Actor &actor, qint64 count, quint64 seed,
                       const Progress &progress = {});
};

} // namespace jisr
