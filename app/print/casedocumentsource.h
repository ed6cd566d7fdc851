#pragma once

#include "platform/access/accesscontrol.h"
#include "print/casedocumentdata.h"

#include <QCoreApplication>

namespace jisr {

class Workspace;

// Gathers what the refusal letter and the case summary print, through the services (so their
// permissions apply): the identity, the committee's decision, the card.
class CaseDocumentSource
{
    Q_DECLARE_TR_FUNCTIONS(CaseDocumentSource)

public:
    CaseDocumentSource(Workspace &workspace, const Actor &actor);

    // The letter of a refused evaluation; throws CoreError when it is not decided or not a
    // refusal.
    CaseDocumentData refusal(const QString &evaluationId) const;
    // A case file (id or dossier number) with its latest decision and card, when it has them.
    CaseDocumentData summary(const QString &caseIdOrDossier) const;

private:
    CaseDocumentData base(const CaseFile &holder) const;

    Workspace &m_ws;
    Actor m_actor;
};

} // namespace jisr
