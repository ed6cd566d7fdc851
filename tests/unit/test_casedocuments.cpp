// The A4 documents of a case file read back from their PDFs: the refusal letter with the
// decision's reference, date and reasons in both scripts, the case summary with the identity,
// the decision and the card; and the letter refused for a decision that granted the card.
#include "cards/cardservice.h"
#include "cases/casefileservice.h"
#include "evaluation/evaluationservice.h"
#include "evaluationpath.h"
#include "jisrtest.h"
#include "pdftools.h"
#include "platform/errors/coreerror.h"
#include "print/casedocumentsource.h"
#include "print/casesummaryrenderer.h"
#include "print/refusalletterrenderer.h"

#include <QProcess>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;
using namespace jisr;

class CaseDocumentsTest : public WorkspaceTest
{
protected:
    CaseDocumentsTest() : admin(actorWith(Role::Administrator)) {}

    QString refused(const QString &caseId)
    {
        EvaluationPath::completeFile(*m_centre, caseId);
        const QString id = EvaluationPath::evaluated(*m_centre, caseId);
        ws().evaluations().submit(actorWith(Role::Reception), id);
        EvaluationService::Decision d;
        d.reference = u"CPH-RAB-2026-117"_s;
        d.date = clock().today();
        d.reasons = u"Les limitations constatées ne restreignent pas la participation."_s;
        ws().evaluations().decide(admin, id, d);
        return id;
    }

    Actor admin;
    QTemporaryDir out;
};

TEST_F(CaseDocumentsTest, TheRefusalLetterCarriesTheDecisionInBothScriptsOnA4)
{
    const QString caseId = ws().cases().create(admin, sampleCase()).id;
    const QString evaluationId = refused(caseId);
    const QString pdf = out.filePath(u"letter.pdf"_s);
    RefusalLetterRenderer().writePdf(CaseDocumentSource(ws(), admin).refusal(evaluationId), pdf);
    EXPECT_TRUE(PdfTools::run(u"pdfinfo"_s, {pdf}).contains(u"(A4)"_s));
    const QString text = PdfTools::run(u"pdftotext"_s, {u"-enc"_s, u"UTF-8"_s, pdf, u"-"_s});
    for (const QString &expected :
         {u"CPH-RAB-2026-117"_s, u"MOHAMED ALAOUI"_s, u"العلوي"_s, u"ne restreignent pas"_s,
          u"ROYAUME DU MAROC"_s, clock().today().toString(u"dd/MM/yyyy"_s)})
        EXPECT_TRUE(text.contains(expected))
            << expected.toStdString() << " in " << text.toStdString();
    if (const QString dir = qEnvironmentVariable("JISR_CARD_RENDER_DIR"); !dir.isEmpty())
        RefusalLetterRenderer()
            .image(CaseDocumentSource(ws(), admin).refusal(evaluationId), 100)
            .save(dir + u"/refusal-letter.png"_s);
}

TEST_F(CaseDocumentsTest, NoRefusalLetterForACardGrantedOrNotYetDecided)
{
    const QString caseId = ws().cases().create(admin, sampleCase()).id;
    const QString open = EvaluationPath::evaluated(*m_centre, caseId);
    EXPECT_THROW(CaseDocumentSource(ws(), admin).refusal(open), CoreError);
    const QString other =
        ws().cases()
            .create(admin, sampleCase(u"بناني"_s, u"سعاد"_s, u"Bennani"_s, u"Souad"_s), true)
            .id;
    const QString granted = EvaluationPath::approved(*m_centre, other);
    EXPECT_THROW(CaseDocumentSource(ws(), admin).refusal(granted), CoreError);
}

TEST_F(CaseDocumentsTest, TheCaseSummaryHasTheIdentityTheDecisionAndTheCard)
{
    const QString caseId = ws().cases().create(admin, sampleCase()).id;
    EvaluationPath::approved(*m_centre, caseId);
    const Card card = ws().cards().issue(admin, caseId);
    const QString pdf = out.filePath(u"summary.pdf"_s);
    const CaseDocumentData data = CaseDocumentSource(ws(), admin).summary(caseId);
    CaseSummaryRenderer().writePdf(data, pdf);
    EXPECT_TRUE(PdfTools::run(u"pdfinfo"_s, {pdf}).contains(u"(A4)"_s));
    const QString text = PdfTools::run(u"pdftotext"_s, {u"-enc"_s, u"UTF-8"_s, pdf, u"-"_s});
    for (const QString &expected : {card.number, u"MOHAMED ALAOUI"_s, u"العلوي"_s,
                                    data.holder.dossierNo, u"ROYAUME DU MAROC"_s})
        EXPECT_TRUE(text.contains(expected))
            << expected.toStdString() << " in " << text.toStdString();
    if (const QString dir = qEnvironmentVariable("JISR_CARD_RENDER_DIR"); !dir.isEmpty())
        CaseSummaryRenderer().image(data, 100).save(dir + u"/case-summary.png"_s);
}
