#include "cases/casefileservice.h"

#include "cases/casefilerepository.h"
#include "cases/casefilevalidator.h"
#include "cases/dossiernumberallocator.h"
#include "platform/audit/auditlog.h"
#include "platform/db/database.h"
#include "platform/db/sqlquery.h"
#include "platform/errors/validationerror.h"
#include "platform/platformservices.h"
#include "platform/settings/workstationsettings.h"
#include "platform/time/clock.h"
#include "platform/time/hybridlogicalclock.h"
#include "platform/write/writepath.h"
#include "search/casesearch.h"
#include "search/duplicatefinder.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace jisr {

namespace {

const QString Table = u"case_files"_s;

} // namespace

CaseFileService::CaseFileService(PlatformServices &platform, QObject *parent)
    : QObject(parent), m_platform(platform),
      m_repo(std::make_unique<CaseFileRepository>(platform.database.connection()))
{
    connect(&m_platform.writes, &WritePath::committed, this, &CaseFileService::announce);
}

CaseFileService::~CaseFileService() = default;

void CaseFileService::announce(const QList<RowChange> &changes)
{
    for (const RowChange &c : changes) {
        if (c.table != Table)
            continue;
        if (c.operation == ChangeRecord::Operation::Insert)
            emit caseCreated(c.rowId);
        else
            emit caseChanged(c.rowId);
    }
}

void CaseFileService::require(const Actor &actor, Capability cap, const QString &caseId) const
{
    m_platform.writes.require(actor, cap, caseId);
}

ValidationIssues CaseFileService::validateWithDuplicates(CaseFile &c) const
{
    CaseFileValidator validator(m_platform.clock.today());
    validator.normalize(c);
    ValidationIssues issues = validator.validate(c);
    issues += DuplicateFinder(m_platform.database.connection()).find(c);
    return issues;
}

ValidationIssues CaseFileService::check(const Actor &actor, CaseFile draft) const
{
    require(actor, Capability::EditIdentity);
    return validateWithDuplicates(draft);
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

void stamp(const WriteContext &w, CaseFile &c)
{
    c.hlc = w.hlc();
    c.workstationId = w.workstationId();
    c.userId = w.actor().userId;
}

} // namespace

CaseFile CaseFileService::create(const Actor &actor, CaseFile c, bool duplicatesConfirmed)
{
    require(actor, Capability::EditIdentity);
    if (!m_platform.settings.isInitialized())
        throw CoreError(ErrorKind::BadInput,
                        tr("This workstation is not set up for a centre yet: run the first-run "
                           "setup or jisrctl init."));
    throwIfBlocking(validateWithDuplicates(c), duplicatesConfirmed);
    return m_platform.writes.write(actor, {{}, AuditAction::CaseCreated}, [&](WriteContext &w) {
        c.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        c.dossierNo = DossierNumberAllocator(m_platform.settings).next(m_platform.clock.today());
        c.createdAt = w.now().toString(Qt::ISODate);
        stamp(w, c);
        m_repo->insert(c);
        w.setSubject(c.id);
        w.inserted(Table, c.id, c.toFieldMap());
        return c;
    });
}

CaseFile CaseFileService::update(const Actor &actor, CaseFile c, bool duplicatesConfirmed)
{
    require(actor, Capability::EditIdentity, c.id);
    throwIfBlocking(validateWithDuplicates(c), duplicatesConfirmed);
    return m_platform.writes.write(
        actor, {{}, AuditAction::CaseChanged, c.id}, [&](WriteContext &w) {
            const std::optional<CaseFile> current = m_repo->findById(c.id);
            if (!current)
                throw CoreError(ErrorKind::NotFound, tr("This case file no longer exists."));
            if (current->hlc != c.hlc)
                throw CoreError(
                    ErrorKind::Conflict,
                    tr("This case file was changed by someone else since you opened it. "
                       "Reopen it and make your change again."));
            c.dossierNo = current->dossierNo;
            c.createdAt = current->createdAt;
            // The audit entry names the fields, never their values (law 09-08).
            if (w.updated(Table, c.id, current->hlc, current->toFieldMap(), c.toFieldMap())
                    .isEmpty()) {
                w.nothingChanged();
                return *current;
            }
            stamp(w, c);
            m_repo->update(c);
            return c;
        });
}

CaseFile CaseFileService::open(const Actor &actor, const QString &idOrDossier)
{
    require(actor, Capability::ReadIdentity);
    std::optional<CaseFile> c = m_repo->findById(idOrDossier);
    if (!c)
        c = m_repo->findByDossier(idOrDossier.trimmed().toUpper());
    if (!c)
        throw CoreError(ErrorKind::NotFound, tr("No case file has this number."));
    m_platform.audit.record(actor, AuditAction::CaseViewed, c->id);
    return *c;
}

QList<CaseHistoryEntry> CaseFileService::history(const Actor &actor, const QString &caseId) const
{
    require(actor, Capability::ReadIdentity, caseId);
    QSqlQuery q = execQuery(m_platform.database.connection(),
                            u"SELECT c.hlc, c.operation, coalesce(u.login, c.user_id, ''), "
                            "c.workstation_id, c.changed_fields, coalesce(u.name_fr, ''), "
                            "coalesce(u.name_ar, '') FROM change_log c "
                            "LEFT JOIN users u ON u.id = c.user_id "
                            "WHERE c.table_name = 'case_files' AND c.row_id = ? "
                            "ORDER BY c.seq"_s,
                            {caseId});
    // Read from the first change on, so that each field's value before a change is known.
    QList<CaseHistoryEntry> out;
    QVariantMap current;
    while (q.next()) {
        CaseHistoryEntry e;
        e.at =
            QDateTime::fromMSecsSinceEpoch(HybridLogicalClock::physicalMs(q.value(0).toLongLong()));
        e.operation = q.value(1).toString();
        e.userLogin = q.value(2).toString();
        e.workstationId = q.value(3).toString();
        const QJsonObject changed =
            QJsonDocument::fromJson(q.value(4).toString().toUtf8()).object();
        e.fields = changed.keys();
        e.userNameFr = q.value(5).toString();
        e.userNameAr = q.value(6).toString();
        for (const QString &field : std::as_const(e.fields)) {
            const QString after = changed.value(field).toVariant().toString();
            e.changes.append({field, current.value(field).toString(), after});
            current.insert(field, after);
        }
        out.prepend(e); // the newest first
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
    return CaseSearch(m_platform.database.connection()).search(text, limit);
}

qint64 CaseFileService::count(const Actor &actor) const
{
    require(actor, Capability::ReadIdentity);
    return m_repo->count();
}

} // namespace jisr
