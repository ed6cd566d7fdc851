#include "workspace/workspace.h"

#include "accounts/authservice.h"
#include "accounts/userservice.h"
#include "cases/casefileservice.h"
#include "cases/casemediaservice.h"
#include "cases/casenoteservice.h"
#include "centre/settingsservice.h"
#include "platform/audit/auditlog.h"
#include "platform/audit/auditservice.h"
#include "platform/db/database.h"
#include "platform/db/datadirectory.h"
#include "platform/db/sqlquery.h"
#include "platform/settings/workstationsettings.h"
#include "platform/time/hybridlogicalclock.h"
#include "search/casesearchindex.h"

using namespace Qt::StringLiterals;

namespace jisr {

Workspace::Workspace(const QString &dataDir) : m_dataDir(DataDirectory::ensure(dataDir))
{
    m_db = std::make_unique<Database>(DataDirectory::databaseFile(m_dataDir));
    m_settings = std::make_unique<WorkstationSettings>(m_db->connection());
    m_clock = std::make_unique<HybridLogicalClock>();
    // Local times must sort after everything already written, even if the wall clock went back.
    // The latest changes are enough (the log is appended in clock order) and keep the start-up
    // time independent of the number of files.
    QSqlQuery q = execQuery(m_db->connection(), u"SELECT max(hlc) FROM (SELECT hlc FROM change_log "
                                                "ORDER BY seq DESC LIMIT 1000)"_s);
    if (q.next())
        m_clock->observe(q.value(0).toLongLong());
    // The search index is derived data: rebuilt when the code's normalisation changed.
    if (m_settings->value(u"search_index_version"_s) != QString::number(CaseSearchIndex::Version))
        CaseSearchIndex::rebuild(m_db->connection());
    m_audit = std::make_unique<AuditLog>(m_db->connection(), *m_settings);
    m_cases = std::make_unique<CaseFileService>(*m_db, *m_settings, *m_clock, *m_audit);
    m_media = std::make_unique<CaseMediaService>(*m_db, *m_settings, *m_clock, *m_audit, m_dataDir);
    m_notes =
        std::make_unique<CaseNoteService>(m_db->connection(), *m_settings, *m_clock, *m_audit);
    m_users = std::make_unique<UserService>(m_db->connection(), *m_settings, *m_clock, *m_audit);
    m_auth = std::make_unique<AuthService>(m_db->connection(), *m_users, *m_audit);
    m_auditQueries = std::make_unique<AuditService>(*m_audit);
    m_centreSettings = std::make_unique<SettingsService>(*m_settings, *m_audit);
}

Workspace::~Workspace() = default;

} // namespace jisr
