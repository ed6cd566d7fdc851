#include "cards/cardservice.h"

#include "cards/cardrepository.h"
#include "cards/cardsigningkey.h"
#include "cases/casefilerepository.h"
#include "centre/referencedata.h"
#include "evaluation/evaluation.h"
#include "evaluation/evaluationrepository.h"
#include "platform/db/database.h"
#include "platform/db/sqlquery.h"
#include "platform/errors/coreerror.h"
#include "platform/platformservices.h"
#include "platform/settings/workstationsettings.h"
#include "platform/time/clock.h"
#include "platform/write/writepath.h"

#include <QRegularExpression>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace jisr {

namespace {

const QString Cards = u"cards"_s;
const QStringList InForce = {u"approved"_s, u"printed"_s, u"delivered"_s};

} // namespace

CardService::CardService(PlatformServices &platform, QString dataDir, QObject *parent)
    : QObject(parent), m_platform(platform), m_dataDir(std::move(dataDir)),
      m_repo(std::make_unique<CardRepository>(platform.database.connection())),
      m_numbers(platform.database.connection())
{
    connect(&m_platform.writes, &WritePath::committed, this, &CardService::announce);
}

CardService::~CardService() = default;

void CardService::announce(const QList<RowChange> &changes)
{
    for (const RowChange &c : changes)
        if (c.table == Cards) {
            emit cardsChanged();
            return;
        }
}

Card CardService::existing(const QString &idOrNumber) const
{
    const std::optional<Card> c = m_repo->find(idOrNumber);
    if (!c)
        throw CoreError(ErrorKind::NotFound, tr("No card has this number."));
    return *c;
}

Card CardService::issue(const Actor &actor, const QString &caseId)
{
    m_platform.writes.require(actor, Capability::ApproveCards, caseId);
    const std::optional<CaseFile> holder =
        CaseFileRepository(m_platform.database.connection()).findById(caseId);
    if (!holder)
        throw CoreError(ErrorKind::NotFound, tr("This case file does not exist."));
    EvaluationRepository evaluations(m_platform.database.connection());
    const QList<Evaluation> history = evaluations.forCase(caseId);
    const Evaluation *decided = nullptr;
    for (const Evaluation &e : history)
        if (e.state == u"decided"_s) {
            decided = &e;
            break;
        }
    if (!decided)
        throw CoreError(ErrorKind::Conflict,
                        tr("The committee has not decided on this file yet: no card can be "
                           "issued."));
    if (!decided->eligible.value_or(false))
        throw CoreError(ErrorKind::Conflict,
                        tr("The committee's last decision refused the card: no card can be "
                           "issued."));
    if (decided->validUntil < m_platform.clock.today())
        throw CoreError(ErrorKind::Conflict,
                        tr("The committee's decision has expired: a renewal is needed."));
    if (!evaluations.hasPhoto(caseId))
        throw CoreError(ErrorKind::BadInput,
                        tr("The file has no photo: add the holder's photo before issuing the "
                           "card."));
    for (const Card &c : m_repo->forCase(caseId))
        if (c.evaluationId == decided->id && InForce.contains(c.state))
            throw CoreError(ErrorKind::Duplicate,
                            tr("A card was already issued for this decision: reprint it "
                               "instead."));
    return m_platform.writes.write(
        actor, {{}, AuditAction::CardIssued, caseId}, [&](WriteContext &w) {
            Card c;
            c.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
            c.caseId = caseId;
            c.evaluationId = decided->id;
            c.number =
                m_numbers.take(m_platform.settings.dossierSeries(), w.now().toString(Qt::ISODate));
            c.validFrom = decided->validFrom;
            c.validUntil = decided->validUntil;
            c.issuedAt = w.now().toString(Qt::ISODateWithMs);
            c.hlc = w.hlc();
            m_repo->insert(c, w.workstationId(), actor.userId);
            w.inserted(Cards, c.id, c.toFieldMap());
            w.setAuditDetails(c.number);
            c.dossierNo = holder->dossierNo;
            c.holderLatin = holder->fullNameLat();
            c.holderArabic = holder->fullNameAr();
            return c;
        });
}

Card CardService::get(const Actor &actor, const QString &idOrNumber) const
{
    m_platform.writes.require(actor, Capability::ReadIdentity);
    return existing(idOrNumber);
}

QList<Card> CardService::forCase(const Actor &actor, const QString &caseId) const
{
    m_platform.writes.require(actor, Capability::ReadIdentity, caseId);
    return m_repo->forCase(caseId);
}

QList<Card> CardService::list(const Actor &actor, const QString &state, int expiringDays) const
{
    m_platform.writes.require(actor, Capability::ReadIdentity);
    if (!state.isEmpty() && !CardCodes::states().contains(state))
        throw CoreError(ErrorKind::BadInput, tr("Unknown card state."));
    if (expiringDays < 0)
        return m_repo->list(state, {}, {});
    const QDate today = m_platform.clock.today();
    QList<Card> out;
    for (const Card &c : m_repo->list(state, today, today.addDays(expiringDays)))
        if (InForce.contains(c.state))
            out << c;
    return out;
}

Card CardService::changeState(const Actor &actor, const QString &cardId, AuditAction action,
                              const std::function<void(Card &)> &change)
{
    Card c = existing(cardId);
    return m_platform.writes.write(actor, {{}, action, c.caseId}, [&](WriteContext &w) {
        const Card before = c;
        change(c);
        c.hlc = w.hlc();
        w.updated(Cards, c.id, before.hlc, before.toFieldMap(), c.toFieldMap());
        m_repo->update(c, w.workstationId(), actor.userId);
        return c;
    });
}

Card CardService::deliver(const Actor &actor, const QString &cardId, const QString &receipt)
{
    m_platform.writes.require(actor, Capability::PrintCards, cardId);
    if (!CardCodes::receipts().contains(receipt))
        throw CoreError(ErrorKind::BadInput,
                        tr("The receipt is the holder's signature or thumbprint."));
    if (existing(cardId).state != u"printed"_s)
        throw CoreError(ErrorKind::Conflict, tr("Only a printed card can be delivered."));
    return changeState(actor, cardId, AuditAction::CardDelivered, [&](Card &c) {
        c.state = u"delivered"_s;
        c.receipt = receipt;
        c.deliveredOn = m_platform.clock.today();
    });
}

Card CardService::voidCard(const Actor &actor, const QString &cardId, const QString &reason)
{
    m_platform.writes.require(actor, Capability::ApproveCards, cardId);
    const QString why = reason.simplified().left(500);
    if (why.isEmpty())
        throw CoreError(ErrorKind::BadInput, tr("Give the reason the card is void."));
    if (!InForce.contains(existing(cardId).state))
        throw CoreError(ErrorKind::Conflict, tr("This card is already void or revoked."));
    return changeState(actor, cardId, AuditAction::CardVoided, [&](Card &c) {
        c.state = u"void"_s;
        c.voidReason = why;
    });
}

Card CardService::setMinistryNumber(const Actor &actor, const QString &cardId,
                                    const QString &number)
{
    m_platform.writes.require(actor, Capability::ApproveCards, cardId);
    const QString official = number.simplified().toUpper();
    static const QRegularExpression shape(u"^[0-9A-Z][0-9A-Z/.-]{0,39}$"_s);
    if (!official.isEmpty() && !shape.match(official).hasMatch())
        throw CoreError(ErrorKind::BadInput,
                        tr("A ministry card number has letters, digits, '-', '/' or '.' only, "
                           "at most 40."));
    return changeState(actor, cardId, AuditAction::CardMinistryNumber,
                       [&](Card &c) { c.ministryNumber = official; });
}

Card CardService::revoke(const Actor &actor, const QString &cardId, const QString &reason)
{
    m_platform.writes.require(actor, Capability::ApproveCards, cardId);
    const QString why = reason.simplified().left(500);
    if (why.isEmpty())
        throw CoreError(ErrorKind::BadInput, tr("Give the reason the card is revoked."));
    if (!InForce.contains(existing(cardId).state))
        throw CoreError(ErrorKind::Conflict, tr("This card is already void or revoked."));
    return changeState(actor, cardId, AuditAction::CardRevoked, [&](Card &c) {
        c.state = u"revoked"_s;
        c.voidReason = why;
    });
}

} // namespace jisr
