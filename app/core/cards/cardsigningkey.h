#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace jisr {

// This workstation's Ed25519 key that signs card QR codes (libsodium). Created once, kept in
// the private data folder (keys/card-signing.key, 0600 in a 0700 folder) and never leaves the
// workstation: only its public key is exported, for the ministry to publish.
class CardSigningKey
{
    Q_DECLARE_TR_FUNCTIONS(CardSigningKey)

public:
    static constexpr int KeyIdBytes = 4;
    static constexpr int SignatureBytes = 64;

    // Reads the key of this data folder, creating it the first time. Throws CoreError.
    static CardSigningKey loadOrCreate(const QString &dataDir);
    static QString fileName(const QString &dataDir);

    // Rotation: a new key is created beside the current one and takes its place only once its
    // public key is recorded, so a failure leaves the current key signing. The old secret is
    // overwritten; its public key stays published, so the cards it signed still verify.
    static CardSigningKey createPending(const QString &dataDir);
    static void commitPending(const QString &dataDir);
    static void discardPending(const QString &dataDir);

    ~CardSigningKey();
    CardSigningKey(const CardSigningKey &other);
    CardSigningKey &operator=(const CardSigningKey &) = delete;

    QByteArray publicKey() const { return m_public; }
    QByteArray keyId() const { return keyIdOf(m_public); }
    QByteArray sign(const QByteArray &message) const;

    // The first four bytes of the BLAKE2b hash of a public key: what a payload names.
    static QByteArray keyIdOf(const QByteArray &publicKey);
    static bool verify(const QByteArray &message, const QByteArray &signature,
                       const QByteArray &publicKey);

private:
    CardSigningKey() = default;
    static CardSigningKey loadOrCreateAt(const QString &dataDir, const QString &path);
    static void erase(const QString &path);
    QByteArray m_secret; // libsodium's 64-byte secret key (seed and public key)
    QByteArray m_public;
};

} // namespace jisr
