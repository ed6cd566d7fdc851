#include "platform/audit/auditservice.h"

#include "platform/db/datadirectory.h"
#include "platform/errors/coreerror.h"
#include "platform/platformservices.h"
#include "platform/write/writepath.h"

#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace jisr {

namespace {

QString csvField(const QString &s)
{
    // Cells starting with = + - @ are neutralised: a spreadsheet would run them as formulas.
    QString v = s;
    if (!v.isEmpty() && QStringLiteral("=+-@").contains(v.front()))
        v.prepend(u'\'');
    if (v.contains(u',') || v.contains(u'"') || v.contains(u'\n') || v.contains(u'\r'))
        v = u'"' + v.replace(u"\""_s, u"\"\""_s) + u'"';
    return v;
}

} // namespace

AuditService::AuditService(PlatformServices &platform) : m_platform(platform), m_log(platform.audit)
{
}

// The same audited refusal as every other service's.
void AuditService::require(const Actor &actor, Capability cap) const
{
    m_platform.writes.require(actor, cap);
}

QList<AuditEntry> AuditService::list(const Actor &actor, const AuditFilter &filter) const
{
    require(actor, Capability::ViewAudit);
    return m_log.entries(filter);
}

QList<AuditEntry> AuditService::whoOpened(const Actor &actor, const QString &caseId) const
{
    require(actor, Capability::ViewAudit);
    AuditFilter f;
    f.caseId = caseId;
    f.actions = {auditActionCode(AuditAction::CaseViewed), auditActionCode(AuditAction::NoteRead),
                 auditActionCode(AuditAction::EmergencyAccess)};
    return m_log.entries(f);
}

QList<AuditEntry> AuditService::emergencyAccesses(const Actor &actor, const QDateTime &since,
                                                  const QString &caseId) const
{
    if (!actor.can(Capability::ReadMedicalNotes))
        require(actor, Capability::ViewAudit);
    AuditFilter f;
    f.actions = {auditActionCode(AuditAction::EmergencyAccess)};
    f.from = since;
    f.caseId = caseId;
    return m_log.entries(f);
}

qint64 AuditService::exportCsv(const Actor &actor, const AuditFilter &filter,
                               const QString &path) const
{
    require(actor, Capability::ViewAudit);
    require(actor, Capability::ExportData);
    // The log does not know its data folder: refused in any folder holding a Jisr database.
    DataDirectory::requireOutside(path);
    AuditFilter all = filter;
    all.limit = std::numeric_limits<int>::max();
    const QList<AuditEntry> entries = m_log.entries(all);
    // Written aside and renamed over `path` at the end: a failed export leaves the old file.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        throw CoreError(ErrorKind::BadInput, tr("The file %1 cannot be written.").arg(path));
    // Personal data (law 09-08): readable by the account that exported it, not by every user of
    // the machine. The permissions travel with the file when it replaces the target.
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    QByteArray out = "\xEF\xBB\xBF";
    out += "seq,at,login,user_id,workstation_id,action,case_id,dossier_no,details,hash\r\n";
    for (const AuditEntry &e : entries) {
        const QStringList row{QString::number(e.seq),
                              e.at.toString(Qt::ISODateWithMs),
                              csvField(e.login),
                              e.userId,
                              e.workstationId,
                              e.action,
                              e.caseId,
                              e.dossierNo,
                              csvField(e.details),
                              e.hash};
        out += row.join(u',').toUtf8() + "\r\n";
    }
    file.write(out);
    if (!file.commit())
        throw CoreError(ErrorKind::BadInput, tr("The file %1 cannot be written.").arg(path));
    m_log.record(actor, AuditAction::AuditExported, {}, QString::number(entries.size()));
    return entries.size();
}

AuditVerification AuditService::verify(const Actor &actor) const
{
    require(actor, Capability::ViewAudit);
    return m_log.verify();
}

} // namespace jisr
