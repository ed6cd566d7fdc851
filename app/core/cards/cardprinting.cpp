// Printing, signing and verifying (CardService, split from cardservice.cpp).
#include "cards/cardpayload.h"
#include "cards/cardrepository.h"
#include "cards/cardservice.h"
#include "cards/cardsigningkey.h"
#include "cases/casefilerepository.h"
#include "cases/identifiers.h"
#include "centre/referencedata.h"
#include "evaluation/evaluationrepository.h"
#include "platform/db/database.h"
#include "platform/db/sqlquery.h"
#include "platform/errors/coreerror.h"
#include "platform/platformservices.h"
#include "platform/settings/workstationsettings.h"
#include "platform/time/clock.h"
#include "platform/write/writepath.h"

#include <QUuid>

using namespace Qt::StringLiterals;

namespace jisr {

CardSigningKey CardService::ensureSigningKey(const Actor &actor)
{
    const CardSigningKey key = CardSigningKey::loadOrCreate(m_dataDir);
    const QString keyId = QString::fromLatin1(key.keyId().toHex());
    if (selectRows(m_platform.database.connection(),
                   u"SELECT 1 FROM card_signing_keys WHERE key_id = ?"_s, {keyId})
            .isEmpty())
        recordSigningKey(actor, key);
    return key;
}

void CardService::recordSigningKey(const Actor &actor, const CardSigningKey &key)
{
    const QString keyId = QString::fromLatin1(key.keyId().toHex());
    m_platform.writes.write(actor, {{}, AuditAction::SigningKeyCreated}, [&](WriteContext &w) {
        const QVariantMap fields = {{u"public_key"_s, QString::fromLatin1(key.publicKey().toHex())},
                                    {u"label"_s, m_platform.settings.centreName()},
                                    {u"created_at"_s, w.now().toString(Qt::ISODate)}};
        execQuery(m_platform.database.connection(),
                  u"INSERT INTO card_signing_keys (key_id, public_key, label, created_at, "
                  "hlc, workstation_id, user_id) VALUES (?, ?, ?, ?, ?, ?, ?)"_s,
                  {keyId, fields.value(u"public_key"_s), fields.value(u"label"_s),
                   fields.value(u"created_at"_s), w.hlc(), w.workstationId(), actor.userId});
        w.inserted(u"card_signing_keys"_s, keyId, fields);
        w.setAuditDetails(keyId);
    });
}

CardService::PublicKey CardService::rotateSigningKey(const Actor &actor)
{
    m_platform.writes.require(actor, Capability::ApproveCards);
    // The current key is published before it is replaced, so its cards keep verifying.
    ensureSigningKey(actor);
    const CardSigningKey next = CardSigningKey::createPending(m_dataDir);
    try {
        recordSigningKey(actor, next);
    } catch (...) {
        CardSigningKey::discardPending(m_dataDir);
        throw;
    }
    CardSigningKey::commitPending(m_dataDir);
    return publicKeys(actor).first();
}

QList<CardService::PublicKey> CardService::publicKeys(const Actor &actor)
{
    m_platform.writes.require(actor, Capability::ReadIdentity);
    const QString own = QString::fromLatin1(ensureSigningKey(actor).keyId().toHex());
    QList<PublicKey> keys;
    for (const QVariantList &r :
         selectRows(m_platform.database.connection(),
                    u"SELECT key_id, public_key, label, created_at, revoked FROM "
                    "card_signing_keys WHERE deleted = 0 ORDER BY key_id <> ?, created_at"_s,
                    {own}))
        keys << PublicKey{r.at(0).toString(), r.at(1).toString(), r.at(2).toString(),
                          r.at(3).toString(), r.at(4).toInt() == 1};
    return keys;
}

CardVerifier CardService::verifier() const
{
    QHash<QByteArray, QByteArray> keys;
    for (const QVariantList &r :
         selectRows(m_platform.database.connection(),
                    u"SELECT key_id, public_key FROM card_signing_keys WHERE deleted = 0 "
                    "AND revoked = 0"_s))
        keys.insert(QByteArray::fromHex(r.at(0).toString().toLatin1()),
                    QByteArray::fromHex(r.at(1).toString().toLatin1()));
    const QSqlDatabase db = m_platform.database.connection();
    return CardVerifier(keys, m_platform.clock.today(),
                        [db](const QString &number) -> std::optional<CardVerifier::KnownCard> {
                            const QList<QVariantList> rows = selectRows(
                                db, u"SELECT state, copy FROM cards WHERE number = ?"_s, {number});
                            if (rows.isEmpty())
                                return std::nullopt;
                            return CardVerifier::KnownCard{rows.first().at(0).toString(),
                                                           rows.first().at(1).toInt()};
                        });
}

CardPrintData CardService::prepare(const Actor &actor, const QString &cardId,
                                   const QString &reprintReason)
{
    m_platform.writes.require(actor, Capability::PrintCards, cardId);
    CardPrintData d;
    d.card = existing(cardId);
    if (d.card.state == u"void"_s || d.card.state == u"revoked"_s)
        throw CoreError(ErrorKind::Conflict,
                        tr("This card is void or revoked: it cannot be printed."));
    if (d.card.isExpired(m_platform.clock.today()))
        throw CoreError(ErrorKind::Conflict,
                        tr("This card has expired: a renewal is needed, not a print."));
    d.reprintReason = reprintReason.simplified().left(500);
    if (d.card.copy > 0 && d.reprintReason.isEmpty())
        throw CoreError(ErrorKind::BadInput,
                        tr("This card was printed already: give the reason for the reprint "
                           "(lost, damaged...)."));
    if (d.card.copy == 0)
        d.reprintReason.clear();
    const QSqlDatabase db = m_platform.database.connection();
    d.holder = *CaseFileRepository(db).findById(d.card.caseId);
    // The card carries the CIN in its signed code: a doubtful one is corrected first, never
    // printed on a document that cannot be changed afterwards.
    if (Identifiers::checkCin(d.holder.cin) != Identifiers::CinCheck::Valid &&
        !d.holder.cin.isEmpty())
        throw CoreError(ErrorKind::BadInput,
                        tr("The CIN in the file does not look like a CIN (1 or 2 letters and 5 "
                           "or 6 digits): check it on the identity card and correct the file "
                           "before printing."));
    const QList<QVariantList> photo =
        selectRows(db, u"SELECT jpeg FROM case_photos WHERE case_id = ?"_s, {d.card.caseId});
    if (!photo.isEmpty())
        d.photo = QImage::fromData(photo.first().first().toByteArray());
    if (d.photo.isNull())
        throw CoreError(ErrorKind::BadInput,
                        tr("The file has no photo: add the holder's photo before printing."));
    const std::optional<Evaluation> decision = EvaluationRepository(db).find(d.card.evaluationId);
    const QString province = d.holder.provinceCode.isEmpty() ? m_platform.settings.provinceCode()
                                                             : d.holder.provinceCode;
    if (const auto p = ReferenceData::instance().province(province)) {
        d.provinceAr = p->nameAr;
        d.provinceFr = p->nameFr;
    }
    d.copy = d.card.copy + 1;
    d.types = decision ? decision->types : QStringList();
    d.degree = decision ? decision->degree : QString();

    CardPayload p;
    // One reading of the key names and signs: a rotation in another process between two
    // readings would sign with a key the payload does not name.
    const CardSigningKey key = ensureSigningKey(actor);
    p.keyId = key.keyId();
    p.number = d.card.number;
    p.copy = d.copy;
    p.nameLatin = d.holder.fullNameLat().toUpper();
    p.nameArabic = d.holder.fullNameAr();
    p.birthDate = d.holder.birthYearOnly ? QDate() : d.holder.birthDate;
    p.birthYear = d.holder.birthYear;
    p.cin = d.holder.cin;
    p.types = d.types;
    p.degree = d.degree;
    p.validFrom = d.card.validFrom;
    p.validUntil = d.card.validUntil;
    p.provinceCode = province;
    const QByteArray cbor = p.toCbor();
    d.qrText = CardVerifier::encode(cbor, key.sign(cbor));
    return d;
}

Card CardService::recordPrint(const Actor &actor, const CardPrintData &printed,
                              const QString &printer)
{
    m_platform.writes.require(actor, Capability::PrintCards, printed.card.id);
    const Card current = existing(printed.card.id);
    // Two prints prepared from the same state: the second one must be prepared again.
    if (current.copy != printed.copy - 1)
        throw CoreError(ErrorKind::Conflict,
                        tr("This card was printed meanwhile: prepare the print again."));
    // Revoked or void while it printed (another workstation, the batch's other cards): the
    // copy that came out is not recorded, and the card does not come back into force.
    if (current.state == u"void"_s || current.state == u"revoked"_s)
        throw CoreError(ErrorKind::Conflict,
                        tr("This card was made void or revoked while it printed: destroy the "
                           "printed copy; it is not recorded."));
    const bool reprint = printed.copy > 1;
    Card c = current;
    return m_platform.writes.write(
        actor, {{}, reprint ? AuditAction::CardReprinted : AuditAction::CardPrinted, c.caseId},
        [&](WriteContext &w) {
            c.copy = printed.copy;
            c.state = u"printed"_s;
            c.receipt.clear();
            c.deliveredOn = {};
            c.hlc = w.hlc();
            w.updated(u"cards"_s, c.id, current.hlc, current.toFieldMap(), c.toFieldMap());
            m_repo->update(c, w.workstationId(), actor.userId);
            const QString logId = QUuid::createUuid().toString(QUuid::WithoutBraces);
            const QString at = w.now().toString(Qt::ISODateWithMs);
            const QString name = printer.simplified().left(200);
            m_repo->logPrint(logId, c.id, c.copy, reprint ? u"reprint"_s : u"first"_s,
                             printed.reprintReason, name, at, w.hlc(), w.workstationId(),
                             actor.userId);
            w.inserted(u"card_print_log"_s, logId,
                       {{u"card_id"_s, c.id},
                        {u"copy"_s, c.copy},
                        {u"kind"_s, reprint ? u"reprint"_s : u"first"_s},
                        {u"reason"_s, printed.reprintReason},
                        {u"printer"_s, name},
                        {u"printed_at"_s, at}});
            w.setAuditDetails(c.number + u" copy "_s + QString::number(c.copy) + u" on "_s + name);
            return c;
        });
}

} // namespace jisr
