// The end of the path: submitting to the committee and recording its decision
// (EvaluationService, split from evaluationservice.cpp).
#include "cases/casefile.h"
#include "evaluation/evaluationrepository.h"
#include "evaluation/evaluationservice.h"
#include "platform/errors/validationerror.h"
#include "platform/platformservices.h"
#include "platform/time/clock.h"
#include "platform/write/writepath.h"

using namespace Qt::StringLiterals;

namespace jisr {

namespace {

const QString Evaluations = u"evaluations"_s;

void issue(ValidationIssues &issues, bool bad, const QString &field, const QString &message)
{
    if (bad)
        issues << ValidationIssue{field, ValidationIssue::Severity::Error, message, {}};
}

} // namespace

Evaluation EvaluationService::submit(const Actor &actor, const QString &evaluationId)
{
    Evaluation e = existing(evaluationId);
    m_platform.writes.require(actor, Capability::OpenEvaluations, e.caseId);
    if (e.state != u"open"_s)
        throw CoreError(ErrorKind::Conflict,
                        tr("This evaluation was already submitted to the committee."));
    ValidationIssues issues;
    for (const ChecklistItem &item : checklistFor(e))
        issue(issues, !item.present, item.code,
              tr("A supporting document is missing from the file."));
    issue(issues, !m_repo->medical(evaluationId), u"medical"_s,
          tr("The medical evaluation has not been recorded yet."));
    issue(issues, !m_repo->social(evaluationId), u"social"_s,
          tr("The social evaluation has not been recorded yet."));
    if (!issues.isEmpty())
        throw ValidationError(tr("The application cannot go to the committee yet: the checklist "
                                 "or an evaluation is incomplete."),
                              issues);
    return m_platform.writes.write(
        actor, {{}, AuditAction::EvaluationSubmitted, e.caseId}, [&](WriteContext &w) {
            const Evaluation before = e;
            e.state = u"submitted"_s;
            e.hlc = w.hlc();
            w.updated(Evaluations, e.id, before.hlc, before.toFieldMap(), e.toFieldMap());
            m_repo->update(e, w.workstationId(), actor.userId);
            return e;
        });
}

Evaluation EvaluationService::decide(const Actor &actor, const QString &evaluationId, Decision d)
{
    Evaluation e = existing(evaluationId);
    m_platform.writes.require(actor, Capability::DecideEvaluations, e.caseId);
    if (e.state == u"open"_s)
        throw CoreError(ErrorKind::Conflict,
                        tr("This evaluation has not been submitted to the committee yet."));
    if (e.state == u"decided"_s)
        throw CoreError(ErrorKind::Conflict,
                        tr("The committee has already decided on this evaluation: open a "
                           "re-evaluation to change it."));
    const QDate today = m_platform.clock.today();
    d.reference = d.reference.simplified().left(100);
    d.reasons = d.reasons.simplified().left(4000);
    ValidationIssues issues;
    issue(issues, d.reference.isEmpty(), u"decision_ref"_s,
          tr("The committee's decision needs its reference."));
    issue(issues, !d.date.isValid(), u"decision_date"_s, tr("The decision needs its date."));
    issue(issues, d.date.isValid() && d.date > today, u"decision_date"_s,
          tr("The decision cannot be dated in the future."));
    issue(issues, d.date.isValid() && d.date < e.receivedOn, u"decision_date"_s,
          tr("The decision cannot come before the application was received."));
    if (d.eligible) {
        issue(issues, !CaseFileCodes::severities().contains(d.degree), u"degree"_s,
              tr("An eligible decision gives the degree: mild, moderate, severe or profound."));
        issue(issues, d.types.isEmpty(), u"disability_types"_s,
              tr("An eligible decision gives at least one type of disability."));
        for (const QString &t : std::as_const(d.types))
            issue(issues, !CaseFileCodes::disabilityTypes().contains(t), u"disability_types"_s,
                  tr("Unknown type of disability."));
        if (!d.validFrom.isValid())
            d.validFrom = d.date;
        if (!d.validUntil.isValid() && d.validFrom.isValid())
            d.validUntil = d.validFrom.addYears(EvaluationCodes::ValidityYears).addDays(-1);
        issue(issues, d.validFrom.isValid() && d.validUntil <= d.validFrom, u"valid_until"_s,
              tr("The card's validity must end after it starts."));
        issue(issues,
              d.validUntil.isValid() &&
                  d.validUntil > d.validFrom.addYears(EvaluationCodes::ValidityYears),
              u"valid_until"_s, tr("A card is valid for seven years at most."));
    } else {
        issue(issues, d.reasons.isEmpty(), u"reasons"_s, tr("A refusal must give its reasons."));
        d.degree.clear();
        d.types.clear();
        d.validFrom = {};
        d.validUntil = {};
    }
    if (!issues.isEmpty())
        throw ValidationError(tr("The decision was not recorded: some fields need correcting."),
                              issues);
    return m_platform.writes.write(
        actor, {{}, AuditAction::EvaluationDecided, e.caseId}, [&](WriteContext &w) {
            const Evaluation before = e;
            e.state = u"decided"_s;
            e.eligible = d.eligible;
            e.degree = d.degree;
            e.types = d.types;
            e.decisionDate = d.date;
            e.decisionRef = d.reference;
            e.validFrom = d.validFrom;
            e.validUntil = d.validUntil;
            e.reasons = d.reasons;
            e.decidedBy = actor.userId;
            e.hlc = w.hlc();
            w.updated(Evaluations, e.id, before.hlc, before.toFieldMap(), e.toFieldMap());
            w.setAuditDetails(d.eligible ? u"eligible"_s : u"refused"_s);
            m_repo->update(e, w.workstationId(), actor.userId);
            return e;
        });
}

} // namespace jisr
