#pragma once

#include "platform/access/accesscontrol.h"
#include "platform/audit/auditlog.h"

#include <QCoreApplication>

namespace jisr {

struct PlatformServices;

// What administrators ask of the audit log: who opened this file, what a user did in a period,
// the emergency accesses to show to the centre, an export, and whether the chain is intact.
// Every call checks the acting user's role first.
class AuditService
{
    Q_DECLARE_TR_FUNCTIONS(AuditService)

public:
    explicit AuditService(PlatformServices &platform);

    QList<AuditEntry> list(const Actor &actor, const AuditFilter &filter) const;
    // Views of the file, newest first: user, login and time.
    QList<AuditEntry> whoOpened(const Actor &actor, const QString &caseId) const;
    // Emergency accesses to medical notes since a time, of one file or of all: shown to the
    // administrators and to the doctors, whose notes they opened. Newest first.
    QList<AuditEntry> emergencyAccesses(const Actor &actor, const QDateTime &since = {},
                                        const QString &caseId = {}) const;
    // UTF-8 CSV with a BOM; returns the number of entries written. The export is itself audited.
    qint64 exportCsv(const Actor &actor, const AuditFilter &filter, const QString &path) const;
    AuditVerification verify(const Actor &actor) const;

private:
    void require(const Actor &actor, Capability cap) const;

    PlatformServices &m_platform;
    AuditLog &m_log;
};

} // namespace jisr
