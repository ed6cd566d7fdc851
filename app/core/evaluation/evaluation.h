#pragma once

#include <QDate>
#include <QMap>
#include <QString>
#include <QStringList>
#include <QVariantMap>
#include <optional>

namespace jisr {

// An application for a disability card and what the committee decided about it (décret
// 2.22.1075). Visible to every role; the medical and the social parts are separate records
// that only their roles read (MedicalAssessment, SocialAssessment).
struct Evaluation
{
    QString id;
    QString caseId;
    QString kind = QStringLiteral("first");     // first | renewal | change
    QString applicant = QStringLiteral("self"); // self | guardian
    QDate receivedOn;
    QString state = QStringLiteral("open"); // open | submitted | decided
    QString supersedesId;                   // the evaluation a re-evaluation follows

    // The committee's decision (state decided).
    std::optional<bool> eligible;
    QString degree;    // mild | moderate | severe | profound
    QStringList types; // CaseFileCodes::disabilityTypes()
    QDate decisionDate;
    QString decisionRef;
    QDate validFrom;
    QDate validUntil;
    QString reasons;
    QString decidedBy;

    QString createdAt;
    qint64 hlc = 0;

    QVariantMap toFieldMap() const;
};

// Impairments of body functions by domain, each with its ICF qualifier 0 (none) to 4 (complete).
struct MedicalAssessment
{
    QString id;
    QString evaluationId;
    QString diagnosis;
    QString icd10;
    QMap<QString, int> impairments;
    QString devices;
    QString examinerId;
    QDate examinedOn;
    qint64 hlc = 0;
    // Read with the part, for the screens; never stored with it.
    QString examinerNameFr;
    QString examinerNameAr;

    QVariantMap toFieldMap() const;
};

// Activities and participation (performance and capacity qualifiers 0-4) and environmental
// factors, each a barrier or a facilitator.
struct SocialAssessment
{
    struct Qualifiers
    {
        int performance = 0;
        int capacity = 0;
    };
    QString id;
    QString evaluationId;
    QMap<QString, Qualifiers> participation;
    QMap<QString, QString> environment; // factor -> barrier | facilitator
    QString livingSituation;
    std::optional<double> rsuIndex;
    QString workerId;
    QDate assessedOn;
    qint64 hlc = 0;
    // Read with the part, for the screens; never stored with it.
    QString workerNameFr;
    QString workerNameAr;

    QVariantMap toFieldMap() const;
};

// One supporting document the application needs, and whether the file has it.
struct ChecklistItem
{
    QString code; // cin_copy | medical_report | social_inquiry | photo | guardianship_order
    bool present = false;
};

namespace EvaluationCodes {
QStringList kinds();
QStringList applicants();
QStringList impairmentDomains();
QStringList participationDomains();
QStringList environmentalFactors();
// Years a card is valid by default.
constexpr int ValidityYears = 7;
} // namespace EvaluationCodes

} // namespace jisr
