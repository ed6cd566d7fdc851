#include "cases/casenoteservice.h"

#include "platform/audit/auditlog.h"
#include "platform/db/database.h"
#include "platform/db/sqlquery.h"
#include "platform/errors/coreerror.h"
#include "platform/platformservices.h"
#include "platform/write/writepath.h"

#include <QJsonObject>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace jisr {

CaseNoteService::CaseNoteService(PlatformServices &platform) : m_platform(platform) {}

QString CaseNoteService::kindCode(CaseNote::Kind kind)
{
    return kind == CaseNote::Kind::Medical ? u"medical"_s : u"social"_s;
}

QStringList CaseNoteService::categories(CaseNote::Kind kind)
{
    if (kind == CaseNote::Kind::Medical)
        return {u"diagnosis"_s, u"clinical"_s, u"evaluation"_s};
    return {u"inquiry"_s, u"family"_s, u"rsu"_s};
}

void CaseNoteService::requireRead(const Actor &actor, const QString &caseId,
                                  CaseNote::Kind kind) const
{
    const Capability cap = kind == CaseNote::Kind::Medical ? Capability::ReadMedicalNotes
                                                           : Capability::ReadSocialNotes;
    const bool emergency = kind == CaseNote::Kind::Medical && !actor.emergencyCaseId.isEmpty() &&
                           actor.emergencyCaseId == caseId &&
                           actor.can(Capability::EmergencyMedicalAccess);
    if (!actor.can(cap) && !emergency)
        m_platform.writes.deny(actor, cap, caseId);
}

void CaseNoteService::requireWrite(const Actor &actor, const QString &caseId,
                                   CaseNote::Kind kind) const
{
    const Capability cap = kind == CaseNote::Kind::Medical ? Capability::WriteMedicalNotes
                                                           : Capability::WriteSocialNotes;
    if (!actor.can(cap))
        m_platform.writes.deny(actor, cap, caseId);
}

void CaseNoteService::requireCase(const QString &caseId) const
{
    QSqlQuery q = execQuery(m_platform.database.connection(),
                            u"SELECT 1 FROM case_files WHERE id = ? AND deleted = 0"_s, {caseId});
    if (!q.next())
        throw CoreError(ErrorKind::NotFound, tr("This case file does not exist."));
}

QList<CaseNote> CaseNoteService::list(const Actor &actor, const QString &caseId,
                                      CaseNote::Kind kind) const
{
    requireRead(actor, caseId, kind);
    requireCase(caseId);
    QSqlQuery q =
        execQuery(m_platform.database.connection(),
                  u"SELECT n.id, n.category, n.body, n.author_id, n.created_at, "
                  "coalesce(nullif(u.name_fr, ''), u.name_ar, ''), coalesce(u.name_ar, '') "
                  "FROM case_notes n LEFT JOIN users u ON u.id = n.author_id "
                  "WHERE n.case_id = ? AND n.kind = ? ORDER BY n.created_at DESC"_s,
                  {caseId, kindCode(kind)});
    QList<CaseNote> notes;
    while (q.next()) {
        CaseNote n;
        n.id = q.value(0).toString();
        n.caseId = caseId;
        n.kind = kind;
        n.category = q.value(1).toString();
        n.body = q.value(2).toString();
        n.authorId = q.value(3).toString();
        n.createdAt = QDateTime::fromString(q.value(4).toString(), Qt::ISODate);
        n.authorName = q.value(5).toString();
        n.authorNameAr = q.value(6).toString();
        notes << n;
    }
    m_platform.audit.record(actor, AuditAction::NoteRead, caseId, kindCode(kind));
    return notes;
}

CaseNote CaseNoteService::add(const Actor &actor, const QString &caseId, CaseNote::Kind kind,
                              const QString &category, const QString &bodyText)
{
    requireWrite(actor, caseId, kind);
    requireCase(caseId);
    const QString body = bodyText.trimmed();
    if (body.isEmpty())
        throw CoreError(ErrorKind::Validation, tr("The note is empty."));
    if (body.size() > MaxNoteLength)
        throw CoreError(ErrorKind::Validation,
                        tr("A note can have at most %1 characters.").arg(MaxNoteLength));
    if (!categories(kind).contains(category))
        throw CoreError(ErrorKind::Validation, tr("Choose the kind of note."));

    // The audit entry says that a note was written, never what it says.
    const WriteIntent intent{
        {}, AuditAction::NoteWritten, caseId, kindCode(kind) + u' ' + category};
    return m_platform.writes.write(actor, intent, [&](WriteContext &w) {
        CaseNote n{QUuid::createUuid().toString(QUuid::WithoutBraces),
                   caseId,
                   kind,
                   category,
                   body,
                   actor.userId,
                   actor.displayName(u"fr"_s),
                   w.now(),
                   actor.nameAr};
        const QVariantMap row{
            {u"case_id"_s, caseId},         {u"kind"_s, kindCode(kind)},
            {u"category"_s, category},      {u"body"_s, body},
            {u"author_id"_s, actor.userId}, {u"created_at"_s, n.createdAt.toString(Qt::ISODate)}};
        execQuery(m_platform.database.connection(),
                  u"INSERT INTO case_notes (id, case_id, kind, category, body, author_id, "
                  "created_at, hlc, workstation_id, user_id) "
                  "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
                  {n.id, caseId, kindCode(kind), category, body, actor.userId,
                   n.createdAt.toString(Qt::ISODate), w.hlc(), w.workstationId(), actor.userId});
        w.inserted(u"case_notes"_s, n.id, row);
        return n;
    });
}

Actor CaseNoteService::beginEmergencyAccess(const Actor &actor, const QString &caseId,
                                            const QString &reason)
{
    if (!actor.can(Capability::EmergencyMedicalAccess))
        m_platform.writes.deny(actor, Capability::EmergencyMedicalAccess, caseId);
    requireCase(caseId);
    if (reason.simplified().size() < MinReasonLength)
        throw CoreError(ErrorKind::Validation,
                        tr("Explain the emergency in at least %1 characters: the reason is shown "
                           "to the centre.")
                            .arg(MinReasonLength));
    m_platform.audit.record(actor, AuditAction::EmergencyAccess, caseId,
                            reason.simplified().left(500));
    Actor elevated = actor;
    elevated.emergencyCaseId = caseId;
    return elevated;
}

} // namespace jisr
