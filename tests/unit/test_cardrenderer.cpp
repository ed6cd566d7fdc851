// The card as printed, read back with the tools anyone has: pdfinfo for the page size,
// pdftotext for the text of both scripts, pdftoppm and zbarimg (Debian's zbar) for the QR code,
// which must then verify offline.
#include "cards/cardservice.h"
#include "cases/casefileservice.h"
#include "evaluationpath.h"
#include "jisrtest.h"
#include "pdftools.h"
#include "print/cardrenderer.h"
#include "print/qrcode.h"

#include <QDir>
#include <QRegularExpression>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;
using namespace jisr;

using PdfTools::run;

class CardRendererTest : public WorkspaceTest
{
protected:
    CardRendererTest() : admin(actorWith(Role::Administrator)) {}

    CardPrintData prepared(const CaseFile &holder)
    {
        const QString caseId = ws().cases().create(admin, holder, true).id;
        EvaluationPath::approved(*m_centre, caseId);
        const Card c = ws().cards().issue(admin, caseId);
        return ws().cards().prepare(admin, c.id);
    }
    // Kept for a person to look at when JISR_CARD_RENDER_DIR is set.
    void keep(const QImage &img, const QString &name)
    {
        const QString dir = qEnvironmentVariable("JISR_CARD_RENDER_DIR");
        if (!dir.isEmpty())
            img.save(dir + u'/' + name + u".png"_s);
    }

    Actor admin;
    QTemporaryDir out;
};

TEST_F(CardRendererTest, ThePdfHasTwoPagesOfTheCardsSizeWithBothScriptsAndAVerifiableQr)
{
    const CardPrintData card = prepared(sampleCase());
    const QString pdf = out.path() + u"/card.pdf"_s;
    CardRenderer().writePdf({card}, pdf);

    const QString info = run(u"pdfinfo"_s, {pdf});
    EXPECT_TRUE(info.contains(QRegularExpression(u"Pages:\\s+2\\n"_s))) << info.toStdString();
    // 85.60 x 53.98 mm = 242.65 x 153.01 points; Qt's PDF writer rounds page boxes to whole
    // points (243 x 153, 0.13 mm more in width), the drawing itself is at the exact size.
    const QRegularExpressionMatch size =
        QRegularExpression(u"Page size:\\s+([0-9.]+) x ([0-9.]+) pts"_s).match(info);
    ASSERT_TRUE(size.hasMatch()) << info.toStdString();
    EXPECT_NEAR(size.captured(1).toDouble(), 85.60 / 25.4 * 72, 0.5);
    EXPECT_NEAR(size.captured(2).toDouble(), 53.98 / 25.4 * 72, 0.5);

    // The extractor gives Arabic as shaped presentation forms: compared in NFKC.
    const QString text = run(u"pdftotext"_s, {u"-enc"_s, u"UTF-8"_s, pdf, u"-"_s})
                             .normalized(QString::NormalizationForm_KC);
    EXPECT_TRUE(text.contains(u"ROYAUME DU MAROC"_s)) << text.toStdString();
    EXPECT_TRUE(text.contains(u"MOHAMED ALAOUI"_s)) << text.toStdString();
    EXPECT_TRUE(text.contains(card.card.number)) << text.toStdString();
    // Arabic: the holder's family name and the Kingdom, whatever order the extractor gives
    // the words in.
    EXPECT_TRUE(text.contains(u"العلوي"_s)) << text.toStdString();
    EXPECT_TRUE(text.contains(u"المغربية"_s)) << text.toStdString();

    // The back page rendered at 300 dpi, its QR code read by zbar, then verified offline.
    const QString prefix = out.path() + u"/page"_s;
    run(u"pdftoppm"_s,
        {u"-r"_s, u"300"_s, u"-png"_s, u"-f"_s, u"2"_s, u"-l"_s, u"2"_s, pdf, prefix});
    const QStringList pages = QDir(out.path()).entryList({u"page*.png"_s});
    ASSERT_EQ(pages.size(), 1);
    const QString decoded =
        run(u"zbarimg"_s, {u"--raw"_s, u"-q"_s, out.path() + u'/' + pages.first()}).trimmed();
    EXPECT_EQ(decoded, card.qrText);
    const CardVerifier::Result r = ws().cards().verifier().verify(decoded);
    EXPECT_EQ(r.status, CardVerifier::Status::Valid) << r.message.toStdString();
    // One changed character: refused.
    QString tampered = decoded;
    tampered[tampered.size() / 2] = tampered[tampered.size() / 2] == u'A' ? u'B' : u'A';
    EXPECT_FALSE(ws().cards().verifier().verify(tampered).valid());
}

TEST_F(CardRendererTest, AtThreeHundredDpiTheCardIs1011By638Pixels)
{
    const CardPrintData card = prepared(sampleCase());
    const QImage front = CardRenderer().image(card, CardRenderer::Side::Front);
    const QImage back = CardRenderer().image(card, CardRenderer::Side::Back);
    EXPECT_EQ(front.size(), QSize(1011, 638));
    EXPECT_EQ(back.size(), QSize(1011, 638));
    keep(front, u"card-front"_s);
    keep(back, u"card-back"_s);
}

TEST_F(CardRendererTest, AVeryLongNameStillFitsAndTheQrStaysSmall)
{
    CaseFile c =
        sampleCase(u"الإدريسي الحسني الشريف العلمي"_s, u"مولاي عبد السلام بن محمد"_s,
                   u"El Idrissi El Hassani Cherif El Alami"_s, u"Moulay Abdesselam Ben Mohammed"_s);
    c.cin = u"BK123456"_s;
    const CardPrintData card = prepared(c);
    EXPECT_LE(QrCode::encode(card.qrText).version(), 10);
    keep(CardRenderer().image(card, CardRenderer::Side::Front), u"card-front-long-name"_s);
    const QString pdf = out.path() + u"/long.pdf"_s;
    CardRenderer().writePdf({card}, pdf);
    const QString text = run(u"pdftotext"_s, {u"-enc"_s, u"UTF-8"_s, pdf, u"-"_s}).simplified();
    // Shrunk, not clipped: every word of the Latin name is printed.
    for (const QString &word :
         {u"MOULAY"_s, u"ABDESSELAM"_s, u"IDRISSI"_s, u"HASSANI"_s, u"CHERIF"_s, u"ALAMI"_s})
        EXPECT_TRUE(text.contains(word)) << word.toStdString() << " in " << text.toStdString();
}
