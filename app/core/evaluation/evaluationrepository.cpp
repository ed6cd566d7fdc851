#include "evaluation/evaluationrepository.h"

#include "platform/db/sqlquery.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace jisr {

namespace {

const QString EvaluationColumns =
    u"id, case_id, kind, applicant, received_on, state, supersedes_id, eligible, degree, "
    "disability_types, decision_date, decision_ref, valid_from, valid_until, reasons, "
    "decided_by, created_at, hlc"_s;

QDate dateOf(const QVariant &v)
{
    return QDate::fromString(v.toString(), Qt::ISODate);
}

Evaluation evaluationFrom(const QSqlQuery &q)
{
    Evaluation e;
    e.id = q.value(0).toString();
    e.caseId = q.value(1).toString();
    e.kind = q.value(2).toString();
    e.applicant = q.value(3).toString();
    e.receivedOn = dateOf(q.value(4));
    e.state = q.value(5).toString();
    e.supersedesId = q.value(6).toString();
    if (!q.value(7).isNull())
        e.eligible = q.value(7).toInt() == 1;
    e.degree = q.value(8).toString();
    e.types = q.value(9).toString().split(u',', Qt::SkipEmptyParts);
    e.decisionDate = dateOf(q.value(10));
    e.decisionRef = q.value(11).toString();
    e.validFrom = dateOf(q.value(12));
    e.validUntil = dateOf(q.value(13));
    e.reasons = q.value(14).toString();
    e.decidedBy = q.value(15).toString();
    e.createdAt = q.value(16).toString();
    e.hlc = q.value(17).toLongLong();
    return e;
}

QJsonObject jsonObject(const QVariant &v)
{
    return QJsonDocument::fromJson(v.toString().toUtf8()).object();
}

} // namespace

std::optional<Evaluation> EvaluationRepository::find(const QString &id) const
{
    QSqlQuery q = execQuery(m_db,
                            u"SELECT "_s + EvaluationColumns +
                                u" FROM evaluations WHERE id = ? AND deleted = 0"_s,
                            {id});
    if (!q.next())
        return std::nullopt;
    return evaluationFrom(q);
}

QList<Evaluation> EvaluationRepository::forCase(const QString &caseId) const
{
    QSqlQuery q = execQuery(m_db,
                            u"SELECT "_s + EvaluationColumns +
                                u" FROM evaluations WHERE case_id = ? AND deleted = 0 "
                                "ORDER BY created_at DESC, hlc DESC"_s,
                            {caseId});
    QList<Evaluation> out;
    while (q.next())
        out << evaluationFrom(q);
    return out;
}

void EvaluationRepository::write(const QString &table, const QVariantMap &fields, const QString &id,
                                 qint64 hlc, bool exists, const QString &workstationId,
                                 const QString &userId)
{
    QVariantMap all = fields;
    all.insert(u"hlc"_s, hlc);
    all.insert(u"workstation_id"_s, workstationId);
    all.insert(u"user_id"_s, userId);
    const QStringList columns = all.keys();
    if (exists) {
        QStringList sets;
        for (const QString &c : columns)
            sets << c + u" = :"_s + c;
        all.insert(u"id"_s, id);
        execNamedQuery(
            m_db, u"UPDATE "_s + table + u" SET "_s + sets.join(u", "_s) + u" WHERE id = :id"_s,
            all);
    } else {
        all.insert(u"id"_s, id);
        QStringList names = all.keys();
        QStringList params;
        for (const QString &c : names)
            params << u':' + c;
        execNamedQuery(m_db,
                       u"INSERT INTO "_s + table + u" ("_s + names.join(u", "_s) + u") VALUES ("_s +
                           params.join(u", "_s) + u')',
                       all);
    }
}

void EvaluationRepository::insert(const Evaluation &e, const QString &workstationId,
                                  const QString &userId)
{
    write(u"evaluations"_s, e.toFieldMap(), e.id, e.hlc, false, workstationId, userId);
}

void EvaluationRepository::update(const Evaluation &e, const QString &workstationId,
                                  const QString &userId)
{
    write(u"evaluations"_s, e.toFieldMap(), e.id, e.hlc, true, workstationId, userId);
}

std::optional<MedicalAssessment> EvaluationRepository::medical(const QString &evaluationId) const
{
    QSqlQuery q = execQuery(m_db,
                            u"SELECT id, diagnosis, icd10, impairments, devices, examiner_id, "
                            "examined_on, hlc FROM evaluation_medical "
                            "WHERE evaluation_id = ? AND deleted = 0"_s,
                            {evaluationId});
    if (!q.next())
        return std::nullopt;
    MedicalAssessment m;
    m.id = q.value(0).toString();
    m.evaluationId = evaluationId;
    m.diagnosis = q.value(1).toString();
    m.icd10 = q.value(2).toString();
    const QJsonObject imp = jsonObject(q.value(3));
    for (auto it = imp.begin(); it != imp.end(); ++it)
        m.impairments.insert(it.key(), it.value().toInt());
    m.devices = q.value(4).toString();
    m.examinerId = q.value(5).toString();
    m.examinedOn = dateOf(q.value(6));
    m.hlc = q.value(7).toLongLong();
    std::tie(m.examinerNameFr, m.examinerNameAr) = userNames(m.examinerId);
    return m;
}

std::pair<QString, QString> EvaluationRepository::userNames(const QString &userId) const
{
    QSqlQuery q = execQuery(
        m_db, u"SELECT coalesce(name_fr, ''), coalesce(name_ar, '') FROM users WHERE id = ?"_s,
        {userId});
    if (!q.next())
        return {};
    return {q.value(0).toString(), q.value(1).toString()};
}

void EvaluationRepository::saveMedical(const MedicalAssessment &m, bool exists,
                                       const QString &workstationId, const QString &userId)
{
    write(u"evaluation_medical"_s, m.toFieldMap(), m.id, m.hlc, exists, workstationId, userId);
}

std::optional<SocialAssessment> EvaluationRepository::social(const QString &evaluationId) const
{
    QSqlQuery q = execQuery(m_db,
                            u"SELECT id, participation, environment, living_situation, rsu_index, "
                            "worker_id, assessed_on, hlc FROM evaluation_social "
                            "WHERE evaluation_id = ? AND deleted = 0"_s,
                            {evaluationId});
    if (!q.next())
        return std::nullopt;
    SocialAssessment s;
    s.id = q.value(0).toString();
    s.evaluationId = evaluationId;
    const QJsonObject part = jsonObject(q.value(1));
    for (auto it = part.begin(); it != part.end(); ++it) {
        const QJsonObject qual = it.value().toObject();
        s.participation.insert(
            it.key(), {qual.value(u"performance"_s).toInt(), qual.value(u"capacity"_s).toInt()});
    }
    const QJsonObject env = jsonObject(q.value(2));
    for (auto it = env.begin(); it != env.end(); ++it)
        s.environment.insert(it.key(), it.value().toString());
    s.livingSituation = q.value(3).toString();
    if (!q.value(4).isNull())
        s.rsuIndex = q.value(4).toDouble();
    s.workerId = q.value(5).toString();
    s.assessedOn = dateOf(q.value(6));
    s.hlc = q.value(7).toLongLong();
    std::tie(s.workerNameFr, s.workerNameAr) = userNames(s.workerId);
    return s;
}

void EvaluationRepository::saveSocial(const SocialAssessment &s, bool exists,
                                      const QString &workstationId, const QString &userId)
{
    write(u"evaluation_social"_s, s.toFieldMap(), s.id, s.hlc, exists, workstationId, userId);
}

QStringList EvaluationRepository::documentTypes(const QString &caseId) const
{
    QSqlQuery q = execQuery(
        m_db, u"SELECT DISTINCT doc_type FROM case_documents WHERE case_id = ? AND deleted = 0"_s,
        {caseId});
    QStringList out;
    while (q.next())
        out << q.value(0).toString();
    return out;
}

bool EvaluationRepository::hasPhoto(const QString &caseId) const
{
    QSqlQuery q = execQuery(m_db, u"SELECT 1 FROM case_photos WHERE case_id = ?"_s, {caseId});
    return q.next();
}

} // namespace jisr
