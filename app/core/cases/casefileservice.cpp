#include "cases/casefileservice.h"

#include "cases/casefilerepository.h"
#include "cases/casefilevalidator.h"
#include "cases/dossiernumberallocator.h"
#include "platform/audit/auditlog.h"
#include "platform/changelog/changelog.h"
#include "platform/db/database.h"
#include "platform/db/sqlquery.h"
#include "platform/db/sqltransaction.h"
#include "platform/errors/validationerror.h"
#include "platform/settings/workstationsettings.h"
#include "platform/time/hybridlogicalclock.h"
#include "search/casesearch.h"
#include "search/duplicatefinder.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace jisr {

CaseFileService::CaseFileService(Database &db, WorkstationSettings &settings,
                                 HybridLogicalClock &clock, AuditLog &audit, QObject *parent)
    : QObject(parent), m_db(db), m_settings(settings), m_clock(clock), m_audit(audit),
      m_repo(std::make_unique<CaseFileRepository>(db.connection()))
{
}

CaseFileService::~CaseFileService() = default;

void CaseFileService::require(const Actor &actor, Capability cap, const QString &caseId) const
{
    if (actor.can(cap))
        return;
    // The refusal is recorded on its own: it must survive the caller's rollback.
    m_audit.record(actor, AuditAction::PermissionDenied, caseId, capabilityCode(cap));
    throw CoreError(ErrorKind::PermissionDenied,
                    tr("Your role does not allow this action (%1).").arg(capabilityCode(cap)));
}

ValidationIssues CaseFileService::validateWithDuplicates(CaseFile &c) const
{
    CaseFileValidator validator;
    validator.normalize(c);
    ValidationIssues issues = validator.validate(c);
    issues += DuplicateFinder(m_db.connection()).find(c);
    return issues;
}

ValidationIssues CaseFileService::check(const Actor &actor, CaseFile draft) const
{
    require(actor, Capability::EditIdentity);
    return validateWithDuplicates(draft);
}

void CaseFileService::stamp(const Actor &actor, CaseFile &c)
{
    c.hlc = m_clock.now();
    c.workstationId = m_settings.workstationId();
    c.userId = actor.userId;
}

namespace {

void throwIfBlocking(const ValidationIssues &issues, bool duplicatesConfirmed)
{
    bool block = hasErrors(issues);
    bool duplicateWarning = false;
    for (const ValidationIssue &i : issues)
        if (!i.relatedCaseId.isEmpty() && i.severity == ValidationIssue::Severity::Warning)
            duplicateWarning = true;
    if (!block && duplicateWarning && !duplicatesConfirmed) {
        throw ValidationError(CaseFileService::tr("A similar case file already exists. Check it, "
                                                  "then confirm to save anyway."),
                              issues, ErrorKind::Duplicate);
    }
    if (block)
        throw ValidationError(CaseFileService::tr("The case file was not saved: some fields "
                                                  "need correcting."),
                              issues);
}

QJsonObject changedFields(const QVariantMap &before, const QVariantMap &after)
{
    QJsonObject changed;
    for (auto it = after.cbegin(); it != after.cend(); ++it)
        if (before.value(it.key()) != it.value())
            changed.insert(it.key(), QJsonValue::fromVariant(it.value()));
    return changed;
}

} // namespace

CaseFile CaseFileService::create(const Actor &actor, CaseFile c, bool duplicatesConfirmed)
{
    require(actor, Capability::EditIdentity);
    if (!m_settings.isInitialized())
        throw CoreError(ErrorKind::BadInput,
                        tr("This workstation is not set up for a centre yet: run the first-run "
                           "setup or jisrctl init."));
    throwIfBlocking(validateWithDuplicates(c), duplicatesConfirmed);

    SqlTransaction tx(m_db.connection());
    c.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    c.dossierNo = DossierNumberAllocator(m_settings).next();
    c.createdAt = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    stamp(actor, c);
    m_repo->insert(c);
    ChangeLog::append(m_db.connection(), {u"case_files"_s, c.id, ChangeRecord::Operation::Insert,
                                          QJsonObject::fromVariantMap(c.toFieldMap()), 0, c.hlc,
                                          c.workstationId, c.userId});
    m_audit.record(actor, AuditAction::CaseCreated, c.id);
    tx.commit();
    emit caseCreated(c.id);
    return c;
}

CaseFile CaseFileService::update(const Actor &actor, CaseFile c, bool duplicatesConfirmed)
{
    require(actor, Capability::EditIdentity, c.id);
    throwIfBlocking(validateWithDuplicates(c), duplicatesConfirmed);

    SqlTransaction tx(m_db.connection());
    const std::optional<CaseFile> current = m_repo->findById(c.id);
    if (!current)
        throw CoreError(ErrorKind::NotFound, tr("This case file no longer exists."));
    if (current->hlc != c.hlc)
        throw CoreError(ErrorKind::Conflict,
                        tr("This case file was changed by someone else since you opened it. "
                           "Reopen it and make your change again."));
    QVariantMap before = current->toFieldMap();
    QVariantMap after = c.toFieldMap();
    after[u"dossier_no"_s] = current->dossierNo;
    const QJsonObject changed = changedFields(before, after);
    if (changed.isEmpty())
        return *current;
    const qint64 baseHlc = current->hlc;
    c.dossierNo = current->dossierNo;
    c.createdAt = current->createdAt;
    stamp(actor, c);
    m_repo->update(c);
    ChangeLog::append(m_db.connection(), {u"case_files"_s, c.id, ChangeRecord::Operation::Update,
                                          changed, baseHlc, c.hlc, c.workstationId, c.userId});
    // The audit entry names the fields, never their values (law 09-08).
    m_audit.record(actor, AuditAction::CaseChanged, c.id, changed.keys().join(u','));
    tx.commit();
    emit caseChanged(c.id);
    return c;
}

CaseFile CaseFileService::open(const Actor &actor, const QString &idOrDossier)
{
    require(actor, Capability::ReadIdentity);
    std::optional<CaseFile> c = m_repo->findById(idOrDossier);
    if (!c)
        c = m_repo->findByDossier(idOrDossier.trimmed().toUpper());
    if (!c)
        throw CoreError(ErrorKind::NotFound, tr("No case file has this number."));
    m_audit.record(actor, AuditAction::CaseViewed, c->id);
    return *c;
}

QList<CaseHistoryEntry> CaseFileService::history(const Actor &actor, const QString &caseId) const
{
    require(actor, Capability::ReadIdentity, caseId);
    QSqlQuery q = execQuery(m_db.connection(),
                            u"SELECT c.hlc, c.operation, coalesce(u.login, c.user_id, ''), "
                            "c.workstation_id, c.changed_fields FROM change_log c "
                            "LEFT JOIN users u ON u.id = c.user_id "
                            "WHERE c.table_name = 'case_files' AND c.row_id = ? "
                            "ORDER BY c.seq DESC"_s,
                            {caseId});
    QList<CaseHistoryEntry> out;
    while (q.next()) {
        CaseHistoryEntry e;
        e.at =
            QDateTime::fromMSecsSinceEpoch(HybridLogicalClock::physicalMs(q.value(0).toLongLong()));
        e.operation = q.value(1).toString();
        e.userLogin = q.value(2).toString();
        e.workstationId = q.value(3).toString();
        e.fields = QJsonDocument::fromJson(q.value(4).toString().toUtf8()).object().keys();
        out << e;
    }
    return out;
}

QList<CaseSummary> CaseFileService::recent(const Actor &actor, qint64 beforeLocalNo,
                                           int limit) const
{
    require(actor, Capability::ReadIdentity);
    return m_repo->page(beforeLocalNo, limit);
}

QList<SearchHit> CaseFileService::search(const Actor &actor, const QString &text, int limit) const
{
    require(actor, Capability::ReadIdentity);
    return CaseSearch(m_db.connection()).search(text, limit);
}

qint64 CaseFileService::count(const Actor &actor) const
{
    require(actor, Capability::ReadIdentity);
    return m_repo->count();
}

} // namespace jisr
