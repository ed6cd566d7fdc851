#include "evaluation/evaluationservice.h"

#include "cases/casefile.h"
#include "evaluation/evaluationrepository.h"
#include "platform/db/database.h"
#include "platform/db/sqlquery.h"
#include "platform/errors/validationerror.h"
#include "platform/platformservices.h"
#include "platform/time/clock.h"
#include "platform/write/writepath.h"

#include <QRegularExpression>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace jisr {

namespace {

// A part (medical, social) is written once and then rewritten: the change log gets an insert
// the first time and the changed fields after.
template <typename Part>
void logPart(WriteContext &w, const QString &table, const std::optional<Part> &before,
             const Part &part)
{
    if (before)
        w.updated(table, part.id, before->hlc, before->toFieldMap(), part.toFieldMap());
    else
        w.inserted(table, part.id, part.toFieldMap());
}

const QString Evaluations = u"evaluations"_s;
const QString Medical = u"evaluation_medical"_s;
const QString Social = u"evaluation_social"_s;

QString newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

void refuseIf(bool bad, ValidationIssues &issues, const QString &field, const QString &message)
{
    if (bad)
        issues << ValidationIssue{field, ValidationIssue::Severity::Error, message, {}};
}

void throwIfAny(const ValidationIssues &issues)
{
    if (!issues.isEmpty())
        throw ValidationError(EvaluationService::tr("Nothing was saved: some fields need "
                                                    "correcting."),
                              issues);
}

} // namespace

EvaluationService::EvaluationService(PlatformServices &platform, QObject *parent)
    : QObject(parent), m_platform(platform),
      m_repo(std::make_unique<EvaluationRepository>(platform.database.connection()))
{
    connect(&m_platform.writes, &WritePath::committed, this, &EvaluationService::announce);
}

EvaluationService::~EvaluationService() = default;

void EvaluationService::announce(const QList<RowChange> &changes)
{
    for (const RowChange &c : changes)
        if (c.table == Evaluations)
            if (const auto e = m_repo->find(c.rowId))
                emit evaluationChanged(e->caseId);
}

Evaluation EvaluationService::existing(const QString &evaluationId) const
{
    const std::optional<Evaluation> e = m_repo->find(evaluationId);
    if (!e)
        throw CoreError(ErrorKind::NotFound, tr("No evaluation has this number."));
    return *e;
}

Evaluation EvaluationService::open(const Actor &actor, const QString &caseId, const QString &kind,
                                   const QString &applicant, QDate receivedOn)
{
    m_platform.writes.require(actor, Capability::OpenEvaluations, caseId);
    if (!receivedOn.isValid())
        receivedOn = m_platform.clock.today();
    ValidationIssues issues;
    refuseIf(!EvaluationCodes::kinds().contains(kind), issues, u"kind"_s,
             tr("The application is a first card, a renewal or a change of situation."));
    refuseIf(!EvaluationCodes::applicants().contains(applicant), issues, u"applicant"_s,
             tr("The applicant is the person or a guardian."));
    refuseIf(receivedOn > m_platform.clock.today(), issues, u"received_on"_s,
             tr("The application cannot be received in the future."));
    throwIfAny(issues);
    if (selectRows(m_platform.database.connection(),
                   u"SELECT 1 FROM case_files WHERE id = ? AND deleted = 0"_s, {caseId})
            .isEmpty())
        throw CoreError(ErrorKind::NotFound, tr("This case file does not exist."));
    const QList<Evaluation> before = m_repo->forCase(caseId);
    for (const Evaluation &e : before)
        if (e.state != u"decided"_s)
            throw CoreError(ErrorKind::Conflict,
                            tr("This case file already has an application in progress: finish it "
                               "before opening another."));
    return m_platform.writes.write(
        actor, {{}, AuditAction::EvaluationOpened, caseId}, [&](WriteContext &w) {
            Evaluation e;
            e.id = newId();
            e.caseId = caseId;
            e.kind = kind;
            e.applicant = applicant;
            e.receivedOn = receivedOn;
            e.supersedesId = before.isEmpty() ? QString() : before.first().id;
            e.createdAt = w.now().toString(Qt::ISODateWithMs);
            e.hlc = w.hlc();
            m_repo->insert(e, w.workstationId(), actor.userId);
            w.inserted(Evaluations, e.id, e.toFieldMap());
            return e;
        });
}

Evaluation EvaluationService::get(const Actor &actor, const QString &evaluationId) const
{
    const Evaluation e = existing(evaluationId);
    m_platform.writes.require(actor, Capability::ReadIdentity, e.caseId);
    return e;
}

QList<Evaluation> EvaluationService::history(const Actor &actor, const QString &caseId) const
{
    m_platform.writes.require(actor, Capability::ReadIdentity, caseId);
    return m_repo->forCase(caseId);
}

QList<ChecklistItem> EvaluationService::checklistFor(const Evaluation &e) const
{
    QStringList required = {u"cin_copy"_s, u"medical_report"_s, u"social_inquiry"_s};
    // A minor, or someone applying through a guardian, needs the guardianship judgement.
    const QList<QVariantList> rows =
        selectRows(m_platform.database.connection(),
                   u"SELECT birth_date, birth_year FROM case_files WHERE id = ?"_s, {e.caseId});
    bool minor = false;
    if (!rows.isEmpty()) {
        const QDate birth = QDate::fromString(rows.first().at(0).toString(), Qt::ISODate);
        minor = birth.isValid() ? birth.addYears(18) > e.receivedOn
                                : rows.first().at(1).toInt() + 18 > e.receivedOn.year();
    }
    if (minor || e.applicant == u"guardian"_s)
        required << u"guardianship_order"_s;
    const QStringList held = m_repo->documentTypes(e.caseId);
    QList<ChecklistItem> out;
    for (const QString &code : required)
        out << ChecklistItem{code, held.contains(code)};
    out << ChecklistItem{u"photo"_s, m_repo->hasPhoto(e.caseId)};
    return out;
}

QList<ChecklistItem> EvaluationService::checklist(const Actor &actor,
                                                  const QString &evaluationId) const
{
    return checklistFor(get(actor, evaluationId));
}

namespace {

void requireOpen(const Evaluation &e)
{
    if (e.state != u"open"_s)
        throw CoreError(ErrorKind::Conflict,
                        EvaluationService::tr("This evaluation was already submitted to the "
                                              "committee: its parts can no longer change."));
}

void checkQualifier(ValidationIssues &issues, const QString &field, int q)
{
    refuseIf(q < 0 || q > 4, issues, field,
             EvaluationService::tr("A qualifier goes from 0 (no problem) to 4 (complete)."));
}

} // namespace

MedicalAssessment EvaluationService::recordMedical(const Actor &actor, const QString &evaluationId,
                                                   MedicalAssessment m)
{
    const Evaluation e = existing(evaluationId);
    m_platform.writes.require(actor, Capability::EvaluateMedical, e.caseId);
    requireOpen(e);
    ValidationIssues issues;
    m.diagnosis = m.diagnosis.simplified().left(2000);
    m.icd10 = m.icd10.trimmed().toUpper();
    m.devices = m.devices.simplified().left(500);
    static const QRegularExpression icd(u"^[A-TV-Z][0-9][0-9AB](\\.[0-9A-Z]{1,4})?$"_s);
    refuseIf(!m.icd10.isEmpty() && !icd.match(m.icd10).hasMatch(), issues, u"icd10"_s,
             tr("An ICD-10 code looks like G80 or G80.1."));
    refuseIf(m.impairments.isEmpty(), issues, u"impairments"_s,
             tr("Give at least one impairment domain with its qualifier."));
    for (auto it = m.impairments.cbegin(); it != m.impairments.cend(); ++it) {
        refuseIf(!EvaluationCodes::impairmentDomains().contains(it.key()), issues, u"impairments"_s,
                 tr("Unknown impairment domain."));
        checkQualifier(issues, u"impairments"_s, it.value());
    }
    if (!m.examinedOn.isValid())
        m.examinedOn = m_platform.clock.today();
    refuseIf(m.examinedOn > m_platform.clock.today(), issues, u"examined_on"_s,
             tr("The examination cannot be in the future."));
    throwIfAny(issues);
    return m_platform.writes.write(
        actor, {{}, AuditAction::EvaluationMedicalWritten, e.caseId}, [&](WriteContext &w) {
            const std::optional<MedicalAssessment> before = m_repo->medical(evaluationId);
            m.id = before ? before->id : newId();
            m.evaluationId = evaluationId;
            m.examinerId = actor.userId;
            m.hlc = w.hlc();
            logPart(w, Medical, before, m);
            // Never the diagnosis in the audit log: only that the part was written.
            w.setAuditDetails(u"evaluation "_s + evaluationId);
            m_repo->saveMedical(m, before.has_value(), w.workstationId(), actor.userId);
            return m;
        });
}

std::optional<MedicalAssessment> EvaluationService::medical(const Actor &actor,
                                                            const QString &evaluationId) const
{
    const Evaluation e = existing(evaluationId);
    m_platform.writes.require(actor, Capability::EvaluateMedical, e.caseId);
    return m_repo->medical(evaluationId);
}

SocialAssessment EvaluationService::recordSocial(const Actor &actor, const QString &evaluationId,
                                                 SocialAssessment s)
{
    const Evaluation e = existing(evaluationId);
    m_platform.writes.require(actor, Capability::EvaluateSocial, e.caseId);
    requireOpen(e);
    ValidationIssues issues;
    s.livingSituation = s.livingSituation.simplified().left(2000);
    refuseIf(s.participation.isEmpty(), issues, u"participation"_s,
             tr("Give at least one activity and participation domain with its qualifiers."));
    for (auto it = s.participation.cbegin(); it != s.participation.cend(); ++it) {
        refuseIf(!EvaluationCodes::participationDomains().contains(it.key()), issues,
                 u"participation"_s, tr("Unknown activity and participation domain."));
        checkQualifier(issues, u"participation"_s, it->performance);
        checkQualifier(issues, u"participation"_s, it->capacity);
    }
    for (auto it = s.environment.cbegin(); it != s.environment.cend(); ++it) {
        refuseIf(!EvaluationCodes::environmentalFactors().contains(it.key()), issues,
                 u"environment"_s, tr("Unknown environmental factor."));
        refuseIf(it.value() != u"barrier"_s && it.value() != u"facilitator"_s, issues,
                 u"environment"_s, tr("An environmental factor is a barrier or a facilitator."));
    }
    refuseIf(s.rsuIndex && (*s.rsuIndex < 0 || *s.rsuIndex > 100), issues, u"rsu_index"_s,
             tr("The RSU index is a number from 0 to 100."));
    if (!s.assessedOn.isValid())
        s.assessedOn = m_platform.clock.today();
    refuseIf(s.assessedOn > m_platform.clock.today(), issues, u"assessed_on"_s,
             tr("The assessment cannot be in the future."));
    throwIfAny(issues);
    return m_platform.writes.write(
        actor, {{}, AuditAction::EvaluationSocialWritten, e.caseId}, [&](WriteContext &w) {
            const std::optional<SocialAssessment> before = m_repo->social(evaluationId);
            s.id = before ? before->id : newId();
            s.evaluationId = evaluationId;
            s.workerId = actor.userId;
            s.hlc = w.hlc();
            logPart(w, Social, before, s);
            w.setAuditDetails(u"evaluation "_s + evaluationId);
            m_repo->saveSocial(s, before.has_value(), w.workstationId(), actor.userId);
            return s;
        });
}

std::optional<SocialAssessment> EvaluationService::social(const Actor &actor,
                                                          const QString &evaluationId) const
{
    const Evaluation e = existing(evaluationId);
    m_platform.writes.require(actor, Capability::EvaluateSocial, e.caseId);
    return m_repo->social(evaluationId);
}

} // namespace jisr
