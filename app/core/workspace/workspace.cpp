#include "workspace/workspace.h"

#include "accounts/authservice.h"
#include "accounts/userservice.h"
#include "cards/cardservice.h"
#include "cases/casefileservice.h"
#include "cases/casemediaservice.h"
#include "cases/casenoteservice.h"
#include "centre/settingsservice.h"
#include "evaluation/evaluationservice.h"
#include "platform/audit/auditlog.h"
#include "platform/audit/auditservice.h"
#include "platform/db/database.h"
#include "platform/db/datadirectory.h"
#include "platform/db/sqlquery.h"
#include "platform/platformservices.h"
#include "platform/settings/workstationsettings.h"
#include "platform/time/clock.h"
#include "platform/time/hybridlogicalclock.h"
#include "platform/write/writepath.h"
#include "scheduling/appointmentservice.h"
#include "scheduling/schedulingsetupservice.h"
#include "search/casesearchindex.h"

using namespace Qt::StringLiterals;

namespace jisr {

Workspace::Workspace(const QString &dataDir) : Workspace(dataDir, std::make_unique<SystemClock>())
{
}

Workspace::Workspace(const QString &dataDir, std::unique_ptr<Clock> clock)
    : m_dataDir(DataDirectory::ensure(dataDir))
{
    openPlatform(std::move(clock));
    openDomains();
}

void Workspace::openPlatform(std::unique_ptr<Clock> clock)
{
    m_db = std::make_unique<Database>(DataDirectory::databaseFile(m_dataDir));
    m_settings = std::make_unique<WorkstationSettings>(*m_db);
    m_clock = std::move(clock);
    const Clock *wall = m_clock.get();
    m_hlc = std::make_unique<HybridLogicalClock>([wall] { return wall->msecsSinceEpoch(); });
    // Local times must sort after everything already written, even if the wall clock went back.
    // The latest changes are enough (the log is appended in clock order) and keep the start-up
    // time independent of the number of files.
    const QList<QVariantList> latest =
        selectRows(m_db->connection(), u"SELECT max(hlc) FROM (SELECT hlc FROM change_log "
                                       "ORDER BY seq DESC LIMIT 1000)"_s);
    if (!latest.isEmpty())
        m_hlc->observe(latest.first().first().toLongLong());
    m_audit = std::make_unique<AuditLog>(*m_db, *m_settings, *m_clock);
    m_writes = std::make_unique<WritePath>(*m_db, *m_settings, *m_clock, *m_hlc, *m_audit);
    m_platform = std::make_unique<PlatformServices>(
        PlatformServices{*m_db, *m_settings, *m_clock, *m_hlc, *m_audit, *m_writes});
}

void Workspace::openDomains()
{
    // The search index is derived data: rebuilt when the code's normalisation changed.
    if (m_settings->value(u"search_index_version"_s) != QString::number(CaseSearchIndex::Version))
        CaseSearchIndex::rebuild(*m_db);
    m_cases = std::make_unique<CaseFileService>(*m_platform);
    m_media = std::make_unique<CaseMediaService>(*m_platform, m_dataDir);
    m_notes = std::make_unique<CaseNoteService>(*m_platform);
    m_users = std::make_unique<UserService>(*m_platform);
    m_auth = std::make_unique<AuthService>(*m_platform, *m_users);
    m_auditQueries = std::make_unique<AuditService>(*m_platform);
    m_centreSettings = std::make_unique<SettingsService>(*m_platform);
    m_scheduling = std::make_unique<SchedulingSetupService>(*m_platform);
    m_appointments = std::make_unique<AppointmentService>(*m_platform);
    m_evaluations = std::make_unique<EvaluationService>(*m_platform);
    m_cards = std::make_unique<CardService>(*m_platform, m_dataDir);
}

Workspace::~Workspace() = default;

} // namespace jisr
