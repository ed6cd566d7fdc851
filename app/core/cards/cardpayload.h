#pragma once

#include <QByteArray>
#include <QDate>
#include <QString>
#include <QStringList>
#include <optional>

namespace jisr {

// What a card's QR code says about its holder, signed by the workstation that printed it, so
// that anyone holding the public keys checks a card offline. Compact on purpose: a positional
// CBOR array (QCborValue), dates as yyyymmdd integers, types as a bit set, names cut to a few
// dozen bytes; with its Ed25519 signature and in Base45 it fits a QR code of version 10 at error
// correction M, which an ordinary phone reads off a printed card.
struct CardPayload
{
    static constexpr int Version = 1;
    static constexpr int MaxLatinNameBytes = 32;
    static constexpr int MaxArabicNameBytes = 40;
    static inline const QString Prefix = QStringLiteral("JC1:");

    QByteArray keyId; // 4 bytes: which public key verifies the signature
    QString number;
    int copy = 1; // which print of the card: an older copy is void once a reprint exists
    QString nameLatin;
    QString nameArabic;
    QDate birthDate; // or only the year (birthYear) when the day is unknown
    int birthYear = 0;
    QString cin;
    QStringList types;
    QString degree;
    QDate validFrom;
    QDate validUntil;
    QString provinceCode; // MA-RAB

    // The CBOR bytes that are signed (names cut to their byte limits at a character boundary).
    QByteArray toCbor() const;
    static std::optional<CardPayload> fromCbor(const QByteArray &cbor);

    // Cuts `text` to at most `maxBytes` of UTF-8 without splitting a character.
    static QString truncatedUtf8(const QString &text, int maxBytes);
};

} // namespace jisr
