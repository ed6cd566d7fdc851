#pragma once

#include "evaluation/evaluation.h"

#include <QList>
#include <QSqlDatabase>
#include <optional>

namespace jisr {

// The evaluation tables, with bound parameters only. No rules and no permissions here: those
// are EvaluationService's.
class EvaluationRepository
{
public:
    explicit EvaluationRepository(QSqlDatabase db) : m_db(std::move(db)) {}

    std::optional<Evaluation> find(const QString &id) const;
    QList<Evaluation> forCase(const QString &caseId) const; // newest first
    void insert(const Evaluation &e, const QString &workstationId, const QString &userId);
    void update(const Evaluation &e, const QString &workstationId, const QString &userId);

    std::optional<MedicalAssessment> medical(const QString &evaluationId) const;
    void saveMedical(const MedicalAssessment &m, bool exists, const QString &workstationId,
                     const QString &userId);
    std::optional<SocialAssessment> social(const QString &evaluationId) const;
    void saveSocial(const SocialAssessment &s, bool exists, const QString &workstationId,
                    const QString &userId);

    // The supporting document types the case file holds, and whether it has a photo.
    QStringList documentTypes(const QString &caseId) const;
    bool hasPhoto(const QString &caseId) const;

private:
    // The account's names in French and Arabic (empty when unknown).
    std::pair<QString, QString> userNames(const QString &userId) const;
    void write(const QString &table, const QVariantMap &fields, const QString &id, qint64 hlc,
               bool exists, const QString &workstationId, const QString &userId);

    QSqlDatabase m_db;
};

} // namespace jisr
