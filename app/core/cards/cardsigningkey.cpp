#include "cards/cardsigningkey.h"

#include "platform/db/datadirectory.h"
#include "platform/errors/coreerror.h"

#include <QDir>
#include <QFile>
#include <filesystem>
#include <sodium.h>

using namespace Qt::StringLiterals;

namespace jisr {

namespace {

void initSodium()
{
    if (sodium_init() < 0)
        throw CoreError(ErrorKind::Storage, CardSigningKey::tr("The cryptography library could "
                                                               "not start."));
}

} // namespace

QString CardSigningKey::fileName(const QString &dataDir)
{
    return dataDir + u"/keys/card-signing.key"_s;
}

namespace {

QString pendingFileName(const QString &dataDir)
{
    return CardSigningKey::fileName(dataDir) + u".new"_s;
}

} // namespace

CardSigningKey CardSigningKey::loadOrCreate(const QString &dataDir)
{
    return loadOrCreateAt(dataDir, fileName(dataDir));
}

CardSigningKey CardSigningKey::createPending(const QString &dataDir)
{
    discardPending(dataDir);
    return loadOrCreateAt(dataDir, pendingFileName(dataDir));
}

void CardSigningKey::commitPending(const QString &dataDir)
{
    const QString current = fileName(dataDir);
    // The new key replaces the old one in one step (rename over it): a process reading the key
    // meanwhile finds the old one or the new one, never no key (it would create an unknown one)
    // nor the zeros that overwrite the old secret. The old secret is overwritten afterwards,
    // through a handle opened before the swap.
    QFile old(current);
    const bool hadOld = old.open(QIODevice::ReadWrite);
    std::error_code error;
    std::filesystem::rename(QFile::encodeName(pendingFileName(dataDir)).toStdString(),
                            QFile::encodeName(current).toStdString(), error);
    if (error)
        throw CoreError(ErrorKind::Storage,
                        tr("The new card signing key could not be put in place."));
    if (hadOld) {
        old.write(QByteArray(int(old.size()), '\0'));
        old.flush();
    }
}

void CardSigningKey::discardPending(const QString &dataDir)
{
    erase(pendingFileName(dataDir));
}

// Overwrites a seed before removing its file: a retired key must not sign again.
void CardSigningKey::erase(const QString &path)
{
    QFile file(path);
    if (!file.exists())
        return;
    if (file.open(QIODevice::ReadWrite)) {
        const QByteArray zeros(int(file.size()), '\0');
        file.write(zeros);
        file.flush();
        file.close();
    }
    if (!file.remove())
        throw CoreError(ErrorKind::Storage, tr("The old card signing key could not be removed."));
}

CardSigningKey CardSigningKey::loadOrCreateAt(const QString &dataDir, const QString &path)
{
    initSodium();
    QByteArray seed(crypto_sign_SEEDBYTES, '\0');
    QFile file(path);
    if (file.exists()) {
        // Zeros are a retired secret being overwritten, and a key anyone could rebuild: never
        // one to sign with.
        if (!file.open(QIODevice::ReadOnly) || file.read(seed.data(), seed.size()) != seed.size() ||
            seed.count('\0') == seed.size())
            throw CoreError(ErrorKind::Storage,
                            tr("The card signing key of this workstation cannot be read."));
    } else {
        const QString folder = dataDir + u"/keys"_s;
        if (!QDir().mkpath(folder))
            throw CoreError(ErrorKind::Storage, tr("The folder for the card signing key cannot "
                                                   "be created."));
        DataDirectory::makePrivate(folder);
        randombytes_buf(seed.data(), size_t(seed.size()));
        // Created private before anything is written into it.
        if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly))
            throw CoreError(ErrorKind::Storage,
                            tr("The card signing key of this workstation cannot be created."));
        DataDirectory::makePrivate(path);
        if (file.write(seed) != seed.size() || !file.flush())
            throw CoreError(ErrorKind::Storage,
                            tr("The card signing key of this workstation cannot be created."));
    }
    CardSigningKey key;
    key.m_secret.resize(crypto_sign_SECRETKEYBYTES);
    key.m_public.resize(crypto_sign_PUBLICKEYBYTES);
    crypto_sign_seed_keypair(reinterpret_cast<unsigned char *>(key.m_public.data()),
                             reinterpret_cast<unsigned char *>(key.m_secret.data()),
                             reinterpret_cast<const unsigned char *>(seed.constData()));
    sodium_memzero(seed.data(), size_t(seed.size()));
    return key;
}

CardSigningKey::CardSigningKey(const CardSigningKey &other)
    : m_secret(other.m_secret), m_public(other.m_public)
{
    m_secret.detach();
}

CardSigningKey::~CardSigningKey()
{
    if (!m_secret.isEmpty())
        sodium_memzero(m_secret.data(), size_t(m_secret.size()));
}

QByteArray CardSigningKey::sign(const QByteArray &message) const
{
    QByteArray sig(crypto_sign_BYTES, '\0');
    crypto_sign_detached(reinterpret_cast<unsigned char *>(sig.data()), nullptr,
                         reinterpret_cast<const unsigned char *>(message.constData()),
                         size_t(message.size()),
                         reinterpret_cast<const unsigned char *>(m_secret.constData()));
    return sig;
}

QByteArray CardSigningKey::keyIdOf(const QByteArray &publicKey)
{
    unsigned char hash[crypto_generichash_BYTES_MIN];
    crypto_generichash(hash, sizeof hash,
                       reinterpret_cast<const unsigned char *>(publicKey.constData()),
                       size_t(publicKey.size()), nullptr, 0);
    return QByteArray(reinterpret_cast<const char *>(hash), KeyIdBytes);
}

bool CardSigningKey::verify(const QByteArray &message, const QByteArray &signature,
                            const QByteArray &publicKey)
{
    initSodium();
    if (signature.size() != crypto_sign_BYTES || publicKey.size() != crypto_sign_PUBLICKEYBYTES)
        return false;
    return crypto_sign_verify_detached(
               reinterpret_cast<const unsigned char *>(signature.constData()),
               reinterpret_cast<const unsigned char *>(message.constData()), size_t(message.size()),
               reinterpret_cast<const unsigned char *>(publicKey.constData())) == 0;
}

} // namespace jisr
