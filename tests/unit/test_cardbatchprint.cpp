// Printing several cards for real and what surrounds it: a printer that fails in the middle of a
// batch (the only thing simulated: the physical printer, as a sink that accepts k cards), two
// passes for a printer without duplex, a PDF that is all or nothing, the print log read back,
// the calibration kept per printer, and a new signing key that leaves the old cards valid.
#include "cards/cardprintlog.h"
#include "cards/cardservice.h"
#include "cases/casefileservice.h"
#include "centre/settingsservice.h"
#include "evaluationpath.h"
#include "jammingprinter.h"
#include "jisrtest.h"
#include "platform/errors/coreerror.h"
#include "platform/platformservices.h"
#include "print/cardbatchprint.h"
#include "print/cardrenderer.h"
#include "print/pdfcardsink.h"

#include <QFile>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;
using namespace jisr;

class CardBatchPrintTest : public WorkspaceTest
{
protected:
    CardBatchPrintTest() : admin(actorWith(Role::Administrator)) {}

    // An approved card for a new file of that name.
    Card approved(const QString &familyLat, const QString &familyAr)
    {
        const QString caseId =
            ws().cases().create(admin, sampleCase(familyAr, u"محمد"_s, familyLat), true).id;
        EvaluationPath::approved(*m_centre, caseId);
        return ws().cards().issue(admin, caseId);
    }
    QStringList threeCards()
    {
        return {approved(u"Alaoui"_s, u"العلوي"_s).id, approved(u"Bennani"_s, u"بناني"_s).id,
                approved(u"Chraibi"_s, u"الشرايبي"_s).id};
    }
    QString state(const QString &id) { return ws().cards().get(admin, id).state; }

    Actor admin;
};

TEST_F(CardBatchPrintTest, APrinterFailingMidBatchLeavesOnlyThePrintedCardsMarkedAndLogged)
{
    const QStringList ids = threeCards();
    JammingPrinter printer(2);
    CardBatchPrint batch(ws().cards(), admin, printer);
    QList<int> progress;
    QObject::connect(&batch, &CardBatchPrint::progress, [&](int done, int) { progress << done; });
    const CardBatchPrint::Outcome out = batch.print(ids);

    EXPECT_EQ(out.printed.size(), 2);
    EXPECT_EQ(out.failure, u"Paper jam"_s);
    EXPECT_EQ(state(ids.at(0)), u"printed"_s);
    EXPECT_EQ(state(ids.at(1)), u"printed"_s);
    EXPECT_EQ(state(ids.at(2)), u"approved"_s) << "the jammed card is not marked printed";
    EXPECT_EQ(progress, (QList<int>{0, 1, 2}));
    const QList<CardPrintLog::Entry> log = CardPrintLog(ws().platform()).entries(admin, {});
    ASSERT_EQ(log.size(), 2);
    for (const CardPrintLog::Entry &e : log) {
        EXPECT_EQ(e.printer, u"Evolis Primacy"_s);
        EXPECT_EQ(e.kind, u"first"_s);
        EXPECT_EQ(e.login, u"admin"_s);
        EXPECT_NE(e.cardId, ids.at(2));
    }
    // The rest of the batch goes through once the printer is back.
    JammingPrinter fixed(10);
    const CardBatchPrint::Outcome again =
        CardBatchPrint(ws().cards(), admin, fixed)
            .print({ws().cards().list(admin, u"approved"_s).first().id});
    EXPECT_TRUE(again.complete());
    EXPECT_EQ(state(ids.at(2)), u"printed"_s);
}

// Which cards left the printer is evidence: a line of the log is never changed nor removed, not
// even by a program that opens the database file directly.
TEST_F(CardBatchPrintTest, ThePrintLogIsAppendOnly)
{
    JammingPrinter printer(10);
    ASSERT_TRUE(CardBatchPrint(ws().cards(), admin, printer).print(threeCards()).complete());
    EXPECT_THROW(scalar(u"UPDATE card_print_log SET printer = 'elsewhere'"_s), CoreError);
    EXPECT_THROW(scalar(u"DELETE FROM card_print_log"_s), CoreError);
    EXPECT_EQ(scalar(u"SELECT count(*) FROM card_print_log WHERE printer = 'Evolis Primacy'"_s), 3);
}

TEST_F(CardBatchPrintTest, CardsThatCannotPrintAreSkippedWithTheirReasonAndTheOthersPrint)
{
    const QStringList ids = threeCards();
    ws().cards().revoke(admin, ids.at(1), u"Fraude"_s);
    JammingPrinter printer(10);
    const CardBatchPrint::Outcome out = CardBatchPrint(ws().cards(), admin, printer).print(ids);
    EXPECT_EQ(out.printed.size(), 2);
    ASSERT_EQ(out.skipped.size(), 1);
    EXPECT_EQ(out.skipped.first().cardId, ids.at(1));
    EXPECT_TRUE(out.skipped.first().reason.contains(u"revoked"_s))
        << out.skipped.first().reason.toStdString();
    EXPECT_EQ(state(ids.at(1)), u"revoked"_s);
    EXPECT_EQ(printer.sidesPrinted.size(), 2);

    // Printed already: a reprint without a reason is skipped, with one it is logged as such.
    const CardBatchPrint::Outcome noReason =
        CardBatchPrint(ws().cards(), admin, printer).print({ids.at(0)});
    EXPECT_TRUE(noReason.printed.isEmpty());
    EXPECT_EQ(noReason.skipped.size(), 1);
    const CardBatchPrint::Outcome reprint =
        CardBatchPrint(ws().cards(), admin, printer).print({ids.at(0)}, u"Carte abîmée"_s);
    EXPECT_EQ(reprint.printed.size(), 1);
    const QList<CardPrintLog::Entry> log =
        CardPrintLog(ws().platform())
            .entries(admin, {ws().cards().get(admin, ids.at(0)).number, {}, {}});
    ASSERT_EQ(log.size(), 2);
    EXPECT_EQ(log.first().kind, u"reprint"_s);
    EXPECT_EQ(log.first().reason, u"Carte abîmée"_s);
    EXPECT_EQ(log.first().copy, 2);
}

TEST_F(CardBatchPrintTest, ADoubtfulCinStopsThatCardWithAClearMessageAndTheOthersPrint)
{
    CaseFile doubtful = sampleCase(u"بناني"_s, u"سعاد"_s, u"Bennani"_s, u"Souad"_s);
    doubtful.cin = u"AB123"_s; // kept after the warning, but not a CIN's shape
    const QString caseId = ws().cases().create(admin, doubtful, true).id;
    EvaluationPath::approved(*m_centre, caseId);
    const Card card = ws().cards().issue(admin, caseId);
    const QString other = approved(u"Alaoui"_s, u"العلوي"_s).id;
    JammingPrinter printer(10);
    const CardBatchPrint::Outcome out =
        CardBatchPrint(ws().cards(), admin, printer).print({card.id, other});
    ASSERT_EQ(out.skipped.size(), 1);
    EXPECT_EQ(out.skipped.first().number, card.number);
    EXPECT_TRUE(out.skipped.first().reason.contains(u"CIN"_s))
        << out.skipped.first().reason.toStdString();
    EXPECT_EQ(out.printed, QStringList{ws().cards().get(admin, other).number});
    EXPECT_EQ(state(card.id), u"approved"_s);
    EXPECT_EQ(CardPrintLog(ws().platform()).entries(admin, {card.number, {}, {}}).size(), 0);
}

TEST_F(CardBatchPrintTest, CancelStopsBeforeTheNextCard)
{
    const QStringList ids = threeCards();
    JammingPrinter printer(10);
    CardBatchPrint batch(ws().cards(), admin, printer);
    // The progress dialog's Cancel, pressed while the first card prints.
    QObject::connect(&batch, &CardBatchPrint::progress, &batch, [&batch](int done, int) {
        if (done == 1)
            batch.cancel();
    });
    const CardBatchPrint::Outcome out = batch.print(ids);
    EXPECT_TRUE(out.cancelled);
    EXPECT_EQ(out.printed.size(), 1);
    EXPECT_EQ(state(ids.at(0)), u"printed"_s);
    EXPECT_EQ(state(ids.at(1)), u"approved"_s);
    EXPECT_EQ(state(ids.at(2)), u"approved"_s);
}

TEST_F(CardBatchPrintTest, AnExpiredCardIsNotPrinted)
{
    const QStringList ids = threeCards();
    clock().advanceDays(int(clock().today().daysTo(ws().cards().get(admin, ids.at(0)).validUntil)) +
                        1);
    JammingPrinter printer(10);
    const CardBatchPrint::Outcome out =
        CardBatchPrint(ws().cards(), admin, printer).print({ids.at(0)});
    ASSERT_EQ(out.skipped.size(), 1);
    EXPECT_TRUE(out.skipped.first().reason.contains(u"expired"_s))
        << out.skipped.first().reason.toStdString();
    EXPECT_TRUE(printer.sidesPrinted.isEmpty());
    EXPECT_EQ(state(ids.at(0)), u"approved"_s);
}

TEST_F(CardBatchPrintTest, TwoPassesRecordACardOnlyOnceItsBackIsPrinted)
{
    const QStringList ids = threeCards();
    JammingPrinter declined(10);
    CardBatchPrint::Outcome out =
        CardBatchPrint(ws().cards(), admin, declined).printTwoPasses(ids, [](int) {
            return false;
        });
    EXPECT_TRUE(out.cancelled);
    EXPECT_TRUE(out.printed.isEmpty());
    EXPECT_EQ(declined.sidesPrinted.size(), 3) << "the fronts went out";
    EXPECT_EQ(ws().cards().list(admin, u"approved"_s).size(), 3);

    // Three fronts, then the printer jams on the second back.
    JammingPrinter jams(4);
    int asked = 0;
    out = CardBatchPrint(ws().cards(), admin, jams).printTwoPasses(ids, [&](int n) {
        asked = n;
        return true;
    });
    EXPECT_EQ(asked, 3);
    EXPECT_EQ(out.printed.size(), 1);
    EXPECT_FALSE(out.failure.isEmpty());
    EXPECT_EQ(state(ids.at(0)), u"printed"_s);
    EXPECT_EQ(state(ids.at(1)), u"approved"_s);
    EXPECT_EQ(state(ids.at(2)), u"approved"_s);
}

TEST_F(CardBatchPrintTest, APdfIsAllOrNothing)
{
    const QStringList ids = threeCards();
    QTemporaryDir dir;
    PdfCardSink unwritable(dir.path() + u"/missing/folder/cards.pdf"_s);
    CardBatchPrint::Outcome out = CardBatchPrint(ws().cards(), admin, unwritable).print(ids);
    EXPECT_FALSE(out.failure.isEmpty());
    EXPECT_TRUE(out.printed.isEmpty());
    EXPECT_EQ(ws().cards().list(admin, u"approved"_s).size(), 3);

    PdfCardSink pdf(dir.path() + u"/cards.pdf"_s);
    out = CardBatchPrint(ws().cards(), admin, pdf).print(ids);
    EXPECT_TRUE(out.complete());
    EXPECT_EQ(out.printed.size(), 3);
    EXPECT_TRUE(QFile::exists(dir.path() + u"/cards.pdf"_s));
    EXPECT_EQ(CardPrintLog(ws().platform()).entries(admin, {}).first().printer, u"PDF cards.pdf"_s);
}

TEST_F(CardBatchPrintTest, ThePrintLogFiltersByCardAndDateAndIsForAdministratorsOnly)
{
    const QStringList ids = threeCards();
    JammingPrinter printer(10);
    CardBatchPrint(ws().cards(), admin, printer).print({ids.at(0)});
    clock().advanceDays(3);
    CardBatchPrint(ws().cards(), admin, printer).print({ids.at(1)});
    const CardPrintLog log(ws().platform());
    const QDate today = clock().today();
    EXPECT_EQ(log.entries(admin, {}).size(), 2);
    EXPECT_EQ(log.entries(admin, {{}, today, today}).size(), 1);
    EXPECT_EQ(log.entries(admin, {{}, {}, today.addDays(-1)}).size(), 1);
    EXPECT_EQ(
        log.entries(admin, {ws().cards().get(admin, ids.at(1)).number, {}, {}}).first().cardId,
        ids.at(1));
    EXPECT_TRUE(log.entries(admin, {u"NO-SUCH"_s, {}, {}}).isEmpty());
    EXPECT_THROW(log.entries(actorWith(Role::Reception), {}), CoreError);
    EXPECT_THROW(log.entries(actorWith(Role::Doctor), {}), CoreError);
}

TEST_F(CardBatchPrintTest, CalibrationIsKeptPerPrinterThroughTheWritePath)
{
    SettingsService &settings = ws().centreSettings();
    EXPECT_EQ(settings.cardPrinterOffset(u"Evolis"_s), QPointF());
    settings.setCardPrinterOffset(admin, u"Evolis"_s, {1.5, -0.75});
    settings.setCardPrinterOffset(admin, u"Zebra ZC300"_s, {0, 2});
    reopen();
    EXPECT_EQ(ws().centreSettings().cardPrinterOffset(u"Evolis"_s), QPointF(1.5, -0.75));
    EXPECT_EQ(ws().centreSettings().cardPrinterOffset(u"Zebra ZC300"_s), QPointF(0, 2));
    EXPECT_THROW(ws().centreSettings().setCardPrinterOffset(admin, u"Evolis"_s, {11, 0}),
                 CoreError);
    EXPECT_THROW(
        ws().centreSettings().setCardPrinterOffset(actorWith(Role::Reception), u"Evolis"_s, {1, 0}),
        CoreError);
    EXPECT_EQ(ws().centreSettings().cardPrinterOffset(u"Evolis"_s), QPointF(1.5, -0.75));
    EXPECT_EQ(scalar(u"SELECT count(*) FROM audit_log WHERE action = 'settings_changed' AND "
                     "details LIKE 'card_printer_offset:%'"_s),
              2);
}

TEST_F(CardBatchPrintTest, ANewSigningKeyLeavesTheOldCardsValid)
{
    const QStringList ids = threeCards();
    const CardPrintData before = ws().cards().prepare(admin, ids.at(0));
    ws().cards().recordPrint(admin, before, u"Evolis"_s);
    const QString oldKey = ws().cards().publicKeys(admin).first().keyId;

    const CardService::PublicKey fresh = ws().cards().rotateSigningKey(admin);
    EXPECT_NE(fresh.keyId, oldKey);
    const QList<CardService::PublicKey> keys = ws().cards().publicKeys(admin);
    ASSERT_EQ(keys.size(), 2);
    EXPECT_EQ(keys.first().keyId, fresh.keyId) << "this workstation's key first";
    EXPECT_EQ(keys.last().keyId, oldKey) << "the old public key stays exportable";

    const CardPrintData after = ws().cards().prepare(admin, ids.at(1));
    EXPECT_EQ(ws().cards().verifier().verify(before.qrText).status, CardVerifier::Status::Valid);
    EXPECT_EQ(ws().cards().verifier().verify(after.qrText).status, CardVerifier::Status::Valid);
    EXPECT_EQ(
        QString::fromLatin1(ws().cards().verifier().verify(after.qrText).payload->keyId.toHex()),
        fresh.keyId);
    EXPECT_THROW(ws().cards().rotateSigningKey(actorWith(Role::Reception)), CoreError);
}
