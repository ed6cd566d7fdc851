#include "print/casedocumentsource.h"

#include "cards/cardservice.h"
#include "cases/casefileservice.h"
#include "centre/referencedata.h"
#include "evaluation/evaluationservice.h"
#include "platform/errors/coreerror.h"
#include "platform/platformservices.h"
#include "platform/settings/workstationsettings.h"
#include "platform/time/clock.h"
#include "workspace/workspace.h"

using namespace Qt::StringLiterals;

namespace jisr {

CaseDocumentSource::CaseDocumentSource(Workspace &workspace, const Actor &actor)
    : m_ws(workspace), m_actor(actor)
{
}

CaseDocumentData CaseDocumentSource::base(const CaseFile &holder) const
{
    CaseDocumentData d;
    d.holder = holder;
    const WorkstationSettings &settings = m_ws.platform().settings;
    d.centreFr = settings.centreName(u"fr"_s);
    d.centreAr = settings.centreName(u"ar"_s);
    const QString province =
        holder.provinceCode.isEmpty() ? settings.provinceCode() : holder.provinceCode;
    if (const auto p = ReferenceData::instance().province(province)) {
        d.provinceAr = p->nameAr;
        d.provinceFr = p->nameFr;
    }
    d.printedOn = m_ws.platform().clock.today();
    return d;
}

CaseDocumentData CaseDocumentSource::refusal(const QString &evaluationId) const
{
    const Evaluation e = m_ws.evaluations().get(m_actor, evaluationId);
    if (e.state != u"decided"_s)
        throw CoreError(ErrorKind::Conflict,
                        tr("The committee has not decided on this evaluation yet: there is no "
                           "letter to print."));
    if (e.eligible.value_or(false))
        throw CoreError(ErrorKind::Conflict,
                        tr("This decision granted the card: a refusal letter is only for a "
                           "refusal."));
    CaseDocumentData d = base(m_ws.cases().open(m_actor, e.caseId));
    d.decision = e;
    return d;
}

CaseDocumentData CaseDocumentSource::summary(const QString &caseIdOrDossier) const
{
    CaseDocumentData d = base(m_ws.cases().open(m_actor, caseIdOrDossier));
    for (const Evaluation &e : m_ws.evaluations().history(m_actor, d.holder.id))
        if (e.state == u"decided"_s && (!d.decision || e.decisionDate > d.decision->decisionDate))
            d.decision = e;
    for (const Card &c : m_ws.cards().forCase(m_actor, d.holder.id))
        if (!d.card || c.issuedAt > d.card->issuedAt)
            d.card = c;
    return d;
}

} // namespace jisr
