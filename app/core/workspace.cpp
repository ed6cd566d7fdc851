#include "workspace.h"

#include "auditlog.h"
#include "casefileservice.h"
#include "casemediaservice.h"
#include "database.h"
#include "datadirectory.h"
#include "hybridlogicalclock.h"
#include "sqlquery.h"
#include "workstationsettings.h"

namespace jisr {

Workspace::Workspace(const QString &dataDir) : m_dataDir(DataDirectory::ensure(dataDir))
{
    m_db = std::make_unique<Database>(DataDirectory::databaseFile(m_dataDir));
    m_settings = std::make_unique<WorkstationSettings>(m_db->connection());
    m_clock = std::make_unique<HybridLogicalClock>();
    // Local times must sort after everything already written, even if the wall clock went back.
    QSqlQuery q = execQuery(m_db->connection(), u"SELECT max(hlc) FROM change_log"_qs);
    if (q.next())
        m_clock->observe(q.value(0).toLongLong());
    m_audit = std::make_unique<AuditLog>(m_db->connection(), *m_settings);
    m_cases = std::make_unique<CaseFileService>(*m_db, *m_settings, *m_clock, *m_audit);
    m_media = std::make_unique<CaseMediaService>(*m_db, *m_settings, *m_clock, *m_audit,
                                                 m_dataDir);
}

Workspace::~Workspace() = default;

} // namespace jisr
