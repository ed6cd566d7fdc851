#pragma once

#include "evaluation/evaluation.h"
#include "platform/access/accesscontrol.h"

#include <QObject>
#include <memory>

namespace jisr {

class EvaluationRepository;
struct PlatformServices;
struct RowChange;

// The path from an application to the committee's decision, with its state machine
//     open --(medical part, social part, complete checklist)--> submitted --(decision)--> decided
// and its roles: reception, social workers and administrators open and submit; only doctors
// write (and read) the medical part, only social workers the social part; only administrators
// record the decision, which every role may read. A re-evaluation is a new evaluation that
// follows the last decided one, which stays in the history.
class EvaluationService : public QObject
{
    Q_OBJECT

public:
    struct Decision
    {
        bool eligible = false;
        QString degree;
        QStringList types;
        QString reference;
        QDate date;
        QDate validFrom;  // default: the decision date
        QDate validUntil; // default: seven years later, less a day
        QString reasons;  // required for a refusal
    };

    explicit EvaluationService(PlatformServices &platform, QObject *parent = nullptr);
    ~EvaluationService() override;

    Evaluation open(const Actor &actor, const QString &caseId, const QString &kind,
                    const QString &applicant = QStringLiteral("self"), QDate receivedOn = {});
    Evaluation get(const Actor &actor, const QString &evaluationId) const;
    QList<Evaluation> history(const Actor &actor, const QString &caseId) const;
    QList<ChecklistItem> checklist(const Actor &actor, const QString &evaluationId) const;

    MedicalAssessment recordMedical(const Actor &actor, const QString &evaluationId,
                                    MedicalAssessment part);
    std::optional<MedicalAssessment> medical(const Actor &actor, const QString &evaluationId) const;
    SocialAssessment recordSocial(const Actor &actor, const QString &evaluationId,
                                  SocialAssessment part);
    std::optional<SocialAssessment> social(const Actor &actor, const QString &evaluationId) const;

    Evaluation submit(const Actor &actor, const QString &evaluationId);
    Evaluation decide(const Actor &actor, const QString &evaluationId, Decision decision);

signals:
    void evaluationChanged(const QString &caseId);

private:
    Evaluation existing(const QString &evaluationId) const;
    QList<ChecklistItem> checklistFor(const Evaluation &e) const;
    void announce(const QList<RowChange> &changes);

    PlatformServices &m_platform;
    std::unique_ptr<EvaluationRepository> m_repo;
};

} // namespace jisr
