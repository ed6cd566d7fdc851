// Cards from the decision to the holder: states, lists by the set clock, numbers from leased
// blocks, the print log, and who may do what.
#include "cards/cardservice.h"
#include "cases/casefileservice.h"
#include "evaluation/evaluationservice.h"
#include "evaluationpath.h"
#include "jisrtest.h"
#include "platform/db/database.h"
#include "platform/db/sqlquery.h"
#include "platform/errors/coreerror.h"

using namespace Qt::StringLiterals;
using namespace jisr;

class CardTest : public WorkspaceTest
{
protected:
    CardTest() : admin(actorWith(Role::Administrator))
    {
        caseId = ws().cases().create(admin, sampleCase()).id;
    }
    CardService &cards() { return ws().cards(); }
    Card approvedCard()
    {
        EvaluationPath::approved(*m_centre, caseId);
        return cards().issue(admin, caseId);
    }
    Card print(const Card &c, const QString &reason = {})
    {
        return cards().recordPrint(admin, cards().prepare(admin, c.id, reason), u"Evolis"_s);
    }

    Actor admin;
    QString caseId;
};

TEST_F(CardTest, ACardGoesFromApprovedToPrintedToDelivered)
{
    const Card issued = approvedCard();
    EXPECT_EQ(issued.state, u"approved"_s);
    EXPECT_EQ(issued.number, u"T01-000001"_s);
    EXPECT_EQ(issued.validUntil, clock().today().addYears(7).addDays(-1));
    EXPECT_EQ(cards().list(admin, u"approved"_s).size(), 1);
    const Card printed = print(issued);
    EXPECT_EQ(printed.state, u"printed"_s);
    EXPECT_EQ(printed.copy, 1);
    EXPECT_EQ(cards().list(admin, u"approved"_s).size(), 0);
    EXPECT_EQ(cards().list(admin, u"printed"_s).size(), 1);
    EXPECT_THROW(cards().deliver(admin, issued.id, u"handshake"_s), CoreError);
    const Card delivered = cards().deliver(admin, issued.id, u"thumbprint"_s);
    EXPECT_EQ(delivered.state, u"delivered"_s);
    EXPECT_EQ(cards().get(admin, issued.number).receipt, u"thumbprint"_s);
    EXPECT_EQ(scalar(u"SELECT count(*) FROM card_print_log WHERE kind = 'first'"_s), 1);
    EXPECT_EQ(scalar(u"SELECT count(*) FROM audit_log WHERE action = 'card_printed'"_s), 1);
}

TEST_F(CardTest, AReprintNeedsAReasonAndVoidsThePreviousCopy)
{
    const Card c = approvedCard();
    const CardPrintData first = cards().prepare(admin, c.id);
    EXPECT_EQ(first.copy, 1);
    cards().recordPrint(admin, first, u"Evolis"_s);
    EXPECT_EQ(cards().verifier().verify(first.qrText).status, CardVerifier::Status::Valid);
    EXPECT_THROW(cards().prepare(admin, c.id), CoreError) << "no reason given";
    const CardPrintData second = cards().prepare(admin, c.id, u"Carte perdue"_s);
    EXPECT_EQ(second.copy, 2);
    const Card again = cards().recordPrint(admin, second, u"Evolis"_s);
    EXPECT_EQ(again.copy, 2);
    EXPECT_THROW(cards().recordPrint(admin, second, u"Evolis"_s), CoreError) << "stale";
    EXPECT_EQ(scalar(u"SELECT count(*) FROM card_print_log WHERE kind = 'reprint' AND reason = "
                     "'Carte perdue'"_s),
              1);
    EXPECT_EQ(scalar(u"SELECT count(*) FROM audit_log WHERE action = 'card_reprinted'"_s), 1);
    // The lost copy is void; the new one is valid.
    EXPECT_EQ(cards().verifier().verify(first.qrText).status, CardVerifier::Status::Void);
    EXPECT_EQ(cards().verifier().verify(second.qrText).status, CardVerifier::Status::Valid);
}

// Prepared, then revoked (or made void) before the print is recorded: recording it must not
// bring the card back into force as "printed", nor log a copy that is not valid.
TEST_F(CardTest, ACardRevokedOrVoidWhileItPrintsIsNotRecordedAsPrinted)
{
    const Card c = approvedCard();
    const CardPrintData prepared = cards().prepare(admin, c.id);
    cards().revoke(admin, c.id, u"Décision annulée"_s);
    EXPECT_THROW(cards().recordPrint(admin, prepared, u"Evolis"_s), CoreError);
    EXPECT_EQ(cards().get(admin, c.id).state, u"revoked"_s);
    EXPECT_EQ(cards().get(admin, c.id).copy, 0);
    EXPECT_EQ(scalar(u"SELECT count(*) FROM card_print_log"_s), 0);
    EXPECT_EQ(cards().verifier().verify(prepared.qrText).status, CardVerifier::Status::Revoked);

    caseId =
        ws().cases().create(admin, sampleCase(u"بناني"_s, u"أحمد"_s, u"Bennani"_s, u"Ahmed"_s)).id;
    const Card other = approvedCard();
    const CardPrintData second = cards().prepare(admin, other.id);
    cards().voidCard(admin, other.id, u"Erreur de saisie"_s);
    EXPECT_THROW(cards().recordPrint(admin, second, u"Evolis"_s), CoreError);
    EXPECT_EQ(cards().get(admin, other.id).state, u"void"_s);
}

TEST_F(CardTest, ReceptionCannotPrintAndADoctorCannotIssue)
{
    const Card c = approvedCard();
    for (Role role : {Role::Reception, Role::Doctor, Role::SocialWorker}) {
        const Actor a = actorWith(role);
        try {
            cards().prepare(a, c.id);
            ADD_FAILURE() << roleCode(role).toStdString() << " prepared a print";
        } catch (const CoreError &e) {
            EXPECT_EQ(e.kind(), ErrorKind::PermissionDenied);
        }
        EXPECT_THROW(cards().issue(a, caseId), CoreError);
        EXPECT_THROW(cards().voidCard(a, c.id, u"erreur"_s), CoreError);
    }
    EXPECT_EQ(cards().get(actorWith(Role::Reception), c.id).state, u"approved"_s);
}

TEST_F(CardTest, NoCardWithoutAnEligibleValidDecisionOrAPhoto)
{
    EXPECT_THROW(cards().issue(admin, caseId), CoreError) << "no decision";
    EvaluationPath::completeFile(*m_centre, caseId);
    const QString id = EvaluationPath::evaluated(*m_centre, caseId);
    ws().evaluations().submit(admin, id);
    EvaluationService::Decision no;
    no.reference = u"CPH-9"_s;
    no.date = clock().today();
    no.reasons = u"Critères non remplis"_s;
    ws().evaluations().decide(admin, id, no);
    EXPECT_THROW(cards().issue(admin, caseId), CoreError) << "refused";
    EXPECT_EQ(scalar(u"SELECT count(*) FROM cards"_s), 0);
    EXPECT_EQ(scalar(u"SELECT coalesce(sum(next_no - first_no), 0) FROM card_number_blocks"_s), 0)
        << "a refused issue consumes no number";
}

TEST_F(CardTest, AnIssuedCardCannotBeIssuedTwiceAndAVoidCardCannotPrint)
{
    const Card c = approvedCard();
    EXPECT_THROW(cards().issue(admin, caseId), CoreError);
    EXPECT_THROW(cards().voidCard(admin, c.id, u"  "_s), CoreError) << "reason required";
    cards().voidCard(admin, c.id, u"Erreur de saisie"_s);
    EXPECT_THROW(cards().prepare(admin, c.id), CoreError);
    EXPECT_EQ(scalar(u"SELECT count(*) FROM audit_log WHERE action = 'card_voided'"_s), 1);
}

TEST_F(CardTest, TheExpiringListFollowsTheClock)
{
    const Card c = print(approvedCard());
    EXPECT_TRUE(cards().list(admin, {}, 90).isEmpty());
    clock().advanceDays(int(clock().today().daysTo(c.validUntil)) - 100);
    EXPECT_TRUE(cards().list(admin, {}, 90).isEmpty());
    clock().advanceDays(20);
    ASSERT_EQ(cards().list(admin, {}, 90).size(), 1);
    EXPECT_EQ(cards().list(admin, {}, 90).first().number, c.number);
    clock().advanceDays(100);
    EXPECT_TRUE(cards().list(admin, {}, 90).isEmpty()) << "expired: no longer expiring";
    EXPECT_THROW(cards().prepare(admin, c.id, u"perdue"_s), CoreError) << "expired";
}

TEST_F(CardTest, TheMinistrysNumberIsKeptBesideOurs)
{
    const Card c = approvedCard();
    EXPECT_THROW(cards().setMinistryNumber(actorWith(Role::Reception), c.id, u"MA-1"_s), CoreError);
    EXPECT_THROW(cards().setMinistryNumber(admin, c.id, u"<script>"_s), CoreError);
    cards().setMinistryNumber(admin, c.id, u" ma-2026/000123 "_s);
    const Card read = cards().get(admin, c.number);
    EXPECT_EQ(read.ministryNumber, u"MA-2026/000123"_s);
    EXPECT_EQ(read.number, c.number);
    EXPECT_EQ(scalar(u"SELECT count(*) FROM audit_log WHERE action = 'card_ministry_number'"_s), 1);
}

TEST_F(CardTest, NumbersComeFromLeasedBlocksAndAreNeverUsedTwice)
{
    CardNumberBlockStore &numbers = cards().numbers();
    numbers.addBlock({u"RAB26-"_s, 41, 42, u"server"_s}, u"2026-01-01T00:00:00Z"_s);
    EXPECT_THROW(numbers.addBlock({u"RAB26-"_s, 42, 50, u"server"_s}, u"x"_s), CoreError)
        << "overlap";
    EXPECT_EQ(numbers.remaining(), 2);
    const Card c = approvedCard();
    EXPECT_EQ(c.number, u"RAB26-000041"_s) << "server blocks first";
    // The database itself refuses a number used twice, whatever the code does.
    EXPECT_THROW(execQuery(ws().database().connection(),
                           u"INSERT INTO cards (id, case_id, evaluation_id, number, valid_from, "
                           "valid_until, issued_at, hlc, workstation_id) SELECT "
                           "'00000000-0000-0000-0000-000000000001', case_id, evaluation_id, "
                           "number, valid_from, valid_until, issued_at, hlc, workstation_id "
                           "FROM cards"_s),
                 CoreError);
}
