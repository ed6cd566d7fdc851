#pragma once

#include "cards/card.h"
#include "cards/cardnumberblockstore.h"
#include "cards/cardprintdata.h"
#include "cards/cardverifier.h"
#include "platform/access/accesscontrol.h"
#include "platform/audit/auditaction.h"

#include <QObject>
#include <functional>
#include <memory>

namespace jisr {

class CardRepository;
class CardSigningKey;
struct PlatformServices;
struct RowChange;

// Cards from the committee's decision to the holder's hands. Administrators only issue
// (ApproveCards), print (PrintCards), void and revoke; every print, reprint and void is in the
// print log and the audit log. The card's QR code is signed by this workstation's key
// (CardSigningKey); CardVerifier checks it offline.
class CardService : public QObject
{
    Q_OBJECT

public:
    struct PublicKey
    {
        QString keyId;     // 8 hex digits
        QString publicKey; // 64 hex digits
        QString label;
        QString createdAt;
        bool revoked = false;
    };

    CardService(PlatformServices &platform, QString dataDir, QObject *parent = nullptr);
    ~CardService() override;

    // A card for the file's latest decision, which must be eligible and still valid; the file
    // needs a photo and no doubtful identifier. Returns it with its number.
    Card issue(const Actor &actor, const QString &caseId);
    Card get(const Actor &actor, const QString &idOrNumber) const;
    QList<Card> forCase(const Actor &actor, const QString &caseId) const;
    // state empty: all; expiringDays >= 0: only cards still in force that expire within it.
    QList<Card> list(const Actor &actor, const QString &state = {}, int expiringDays = -1) const;

    // What one print of the card paints, its QR signed. A reprint (the card was printed
    // already) needs a reason and makes the previous copy void once recordPrint is called.
    CardPrintData prepare(const Actor &actor, const QString &cardId,
                          const QString &reprintReason = {});
    // After the printer accepted the copy: the card is printed, the print log says by whom,
    // where and why.
    Card recordPrint(const Actor &actor, const CardPrintData &printed, const QString &printer);
    Card deliver(const Actor &actor, const QString &cardId, const QString &receipt);
    Card voidCard(const Actor &actor, const QString &cardId, const QString &reason);
    Card revoke(const Actor &actor, const QString &cardId, const QString &reason);
    // The official number the ministry gives the card, kept beside ours (which stays the one
    // in the QR code). Empty clears it.
    Card setMinistryNumber(const Actor &actor, const QString &cardId, const QString &number);

    // The public keys this workstation knows (its own first, created when first needed).
    QList<PublicKey> publicKeys(const Actor &actor);
    // A new signing key for this workstation (the old one is destroyed, its public key stays
    // published so the cards it signed still verify). Returns the new key.
    PublicKey rotateSigningKey(const Actor &actor);
    // A verifier with the known keys, today's date and this database as revocation list.
    CardVerifier verifier() const;

    CardNumberBlockStore &numbers() { return m_numbers; }

signals:
    void cardsChanged();

private:
    Card existing(const QString &idOrNumber) const;
    CardSigningKey ensureSigningKey(const Actor &actor);
    void recordSigningKey(const Actor &actor, const CardSigningKey &key);
    Card changeState(const Actor &actor, const QString &cardId, AuditAction action,
                     const std::function<void(Card &)> &change);
    void announce(const QList<RowChange> &changes);

    PlatformServices &m_platform;
    QString m_dataDir;
    std::unique_ptr<CardRepository> m_repo;
    CardNumberBlockStore m_numbers;
};

} // namespace jisr
