#pragma once

#include "cards/cardpayload.h"

#include <QCoreApplication>
#include <QHash>
#include <functional>

namespace jisr {

// Checks a card's QR text offline: Base45, then the Ed25519 signature against the public key
// the payload names, then (where known) the card's state. Needs no database: a verifier holds
// the published public keys and, optionally, the revocation list.
class CardVerifier
{
    Q_DECLARE_TR_FUNCTIONS(CardVerifier)

public:
    // The codes are jisrctl card verify's exit codes (documented in docs/cards.md): stable.
    enum class Status {
        Valid = 0,
        Unreadable = 10,   // not a Jisr card code, or corrupted or truncated
        UnknownKey = 11,   // signed by a key this verifier does not know
        BadSignature = 12, // changed after it was signed
        Revoked = 13,      // the card was revoked
        Void = 14,         // the card was voided, or this copy was replaced by a reprint
        Expired = 15,
        NotYetValid = 16,
    };
    struct Result
    {
        Status status = Status::Unreadable;
        std::optional<CardPayload> payload; // set once the signature is checked
        QString message;                    // translated reason
        bool valid() const { return status == Status::Valid; }
    };
    // What the revocation list knows about a card number.
    struct KnownCard
    {
        QString state; // approved | printed | delivered | void | revoked
        int copy = 0;  // the latest copy printed
    };
    using Lookup = std::function<std::optional<KnownCard>(const QString &number)>;

    // keyId -> public key; `lookup` may be empty (no revocation list).
    CardVerifier(QHash<QByteArray, QByteArray> publicKeys, QDate today, Lookup lookup = {});

    Result verify(const QString &text) const;

    // "JC1:" + Base45(CBOR payload followed by its 64-byte signature).
    static QString encode(const QByteArray &cbor, const QByteArray &signature);

private:
    QHash<QByteArray, QByteArray> m_keys;
    QDate m_today;
    Lookup m_lookup;
};

} // namespace jisr
