#include "evaluationpath.h"

#include "cases/casemediaservice.h"
#include "evaluation/evaluationservice.h"

#include <QFile>
#include <QImage>
#include <QPainter>

using namespace Qt::StringLiterals;
using namespace jisr;

namespace EvaluationPath {

void completeFile(TestCentre &centre, const QString &caseId)
{
    const QString scan = centre.dataDir() + u"/scan-"_s + caseId + u".pdf"_s;
    QFile f(scan);
    if (f.open(QIODevice::WriteOnly))
        f.write("%PDF-1.4\n%%EOF\n");
    f.close();
    const Actor admin = centre.admin();
    const QDate today = centre.clock().today();
    for (const QString &type : {u"cin_copy"_s, u"medical_report"_s, u"social_inquiry"_s})
        centre.ws().media().addDocument(admin, caseId, scan, type, type, today);
    QFile::remove(scan);
    QImage photo(300, 400, QImage::Format_RGB32);
    photo.fill(QColor(0xc8, 0xd6, 0xe5));
    QPainter p(&photo);
    p.setBrush(QColor(0x5a, 0x6e, 0x82));
    p.setPen(Qt::NoPen);
    p.drawEllipse(QRect(90, 70, 120, 150));
    p.drawRoundedRect(QRect(40, 240, 220, 200), 80, 80);
    p.end();
    centre.ws().media().setPhoto(admin, caseId, photo);
}

QString evaluated(TestCentre &centre, const QString &caseId)
{
    EvaluationService &evaluations = centre.ws().evaluations();
    const QString id = evaluations.open(centre.actor(Role::Reception), caseId, u"first"_s).id;
    MedicalAssessment m;
    m.diagnosis = u"Paraplégie post-traumatique"_s;
    m.icd10 = u"G82.2"_s;
    m.impairments = {{u"mobility"_s, 3}};
    m.devices = u"Fauteuil roulant"_s;
    evaluations.recordMedical(centre.actor(Role::Doctor), id, m);
    SocialAssessment s;
    s.participation = {{u"mobility"_s, {3, 2}}, {u"employment"_s, {4, 3}}};
    s.environment = {{u"products_technology"_s, u"facilitator"_s}, {u"attitudes"_s, u"barrier"_s}};
    s.livingSituation = u"Vit avec ses parents"_s;
    s.rsuIndex = 9.3;
    evaluations.recordSocial(centre.actor(Role::SocialWorker), id, s);
    return id;
}

QString approved(TestCentre &centre, const QString &caseId)
{
    completeFile(centre, caseId);
    const QString id = evaluated(centre, caseId);
    EvaluationService &evaluations = centre.ws().evaluations();
    evaluations.submit(centre.actor(Role::Reception), id);
    EvaluationService::Decision d;
    d.eligible = true;
    d.degree = u"severe"_s;
    d.types = {u"motor"_s};
    d.reference = u"CPH-RAB-2026-0117"_s;
    d.date = centre.clock().today();
    evaluations.decide(centre.admin(), id, d);
    return id;
}

} // namespace EvaluationPath
