#include "evaluation/evaluation.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace jisr {

namespace {

QVariant dateOrNull(QDate d)
{
    return d.isValid() ? QVariant(d.toString(Qt::ISODate)) : QVariant();
}

} // namespace

QVariantMap Evaluation::toFieldMap() const
{
    return {{u"case_id"_s, caseId},
            {u"kind"_s, kind},
            {u"applicant"_s, applicant},
            {u"received_on"_s, dateOrNull(receivedOn)},
            {u"state"_s, state},
            {u"supersedes_id"_s, supersedesId.isEmpty() ? QVariant() : QVariant(supersedesId)},
            {u"eligible"_s, eligible ? QVariant(*eligible ? 1 : 0) : QVariant()},
            {u"degree"_s, degree},
            {u"disability_types"_s, types.join(u',')},
            {u"decision_date"_s, dateOrNull(decisionDate)},
            {u"decision_ref"_s, decisionRef},
            {u"valid_from"_s, dateOrNull(validFrom)},
            {u"valid_until"_s, dateOrNull(validUntil)},
            {u"reasons"_s, reasons},
            {u"decided_by"_s, decidedBy.isEmpty() ? QVariant() : QVariant(decidedBy)},
            {u"created_at"_s, createdAt}};
}

QVariantMap MedicalAssessment::toFieldMap() const
{
    QJsonObject imp;
    for (auto it = impairments.cbegin(); it != impairments.cend(); ++it)
        imp.insert(it.key(), it.value());
    return {
        {u"evaluation_id"_s, evaluationId},
        {u"diagnosis"_s, diagnosis},
        {u"icd10"_s, icd10},
        {u"impairments"_s, QString::fromUtf8(QJsonDocument(imp).toJson(QJsonDocument::Compact))},
        {u"devices"_s, devices},
        {u"examiner_id"_s, examinerId},
        {u"examined_on"_s, dateOrNull(examinedOn)}};
}

QVariantMap SocialAssessment::toFieldMap() const
{
    QJsonObject part;
    for (auto it = participation.cbegin(); it != participation.cend(); ++it)
        part.insert(it.key(), QJsonObject{{u"performance"_s, it->performance},
                                          {u"capacity"_s, it->capacity}});
    QJsonObject env;
    for (auto it = environment.cbegin(); it != environment.cend(); ++it)
        env.insert(it.key(), it.value());
    return {
        {u"evaluation_id"_s, evaluationId},
        {u"participation"_s, QString::fromUtf8(QJsonDocument(part).toJson(QJsonDocument::Compact))},
        {u"environment"_s, QString::fromUtf8(QJsonDocument(env).toJson(QJsonDocument::Compact))},
        {u"living_situation"_s, livingSituation},
        {u"rsu_index"_s, rsuIndex ? QVariant(*rsuIndex) : QVariant()},
        {u"worker_id"_s, workerId},
        {u"assessed_on"_s, dateOrNull(assessedOn)}};
}

namespace EvaluationCodes {

QStringList kinds()
{
    return {u"first"_s, u"renewal"_s, u"change"_s};
}

QStringList applicants()
{
    return {u"self"_s, u"guardian"_s};
}

QStringList impairmentDomains()
{
    return {u"mobility"_s,     u"vision"_s,  u"hearing"_s, u"speech"_s,
            u"intellectual"_s, u"psychic"_s, u"visceral"_s};
}

QStringList participationDomains()
{
    // ICF activities and participation, chapters d1 to d9.
    return {u"learning"_s,  u"communication"_s, u"mobility"_s,
            u"self_care"_s, u"domestic_life"_s, u"interpersonal"_s,
            u"education"_s, u"employment"_s,    u"community"_s};
}

QStringList environmentalFactors()
{
    // ICF environmental factors, chapters e1 to e5.
    return {u"products_technology"_s, u"natural_environment"_s, u"support_relationships"_s,
            u"attitudes"_s, u"services_policies"_s};
}

} // namespace EvaluationCodes

} // namespace jisr
