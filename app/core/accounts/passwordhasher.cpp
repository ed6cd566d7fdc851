#include "accounts/passwordhasher.h"

#include "platform/errors/coreerror.h"

#include <QCoreApplication>
#include <sodium.h>

namespace jisr {

namespace {

// Interactive limits: about 0.1 s and 64 MiB per login on a centre's PC, which is what a shared
// workstation can afford at every unlock while still making offline guessing expensive.
constexpr unsigned long long OpsLimit = crypto_pwhash_OPSLIMIT_INTERACTIVE;
constexpr size_t MemLimit = crypto_pwhash_MEMLIMIT_INTERACTIVE;

void ensureSodium()
{
    if (sodium_init() < 0)
        throw CoreError(ErrorKind::Storage,
                        QCoreApplication::translate("jisr::PasswordHasher",
                                                    "The cryptography library could not start."));
}

} // namespace

QString PasswordHasher::hash(const QString &password)
{
    ensureSodium();
    const QByteArray utf8 = password.toUtf8();
    char out[crypto_pwhash_STRBYTES];
    if (crypto_pwhash_str(out, utf8.constData(), size_t(utf8.size()), OpsLimit, MemLimit) != 0)
        throw CoreError(ErrorKind::Storage,
                        QCoreApplication::translate("jisr::PasswordHasher",
                                                    "Not enough memory to protect the password."));
    return QString::fromLatin1(out);
}

bool PasswordHasher::verify(const QString &storedHash, const QString &password)
{
    ensureSodium();
    const QByteArray stored = storedHash.toLatin1();
    const QByteArray utf8 = password.toUtf8();
    return crypto_pwhash_str_verify(stored.constData(), utf8.constData(), size_t(utf8.size())) == 0;
}

bool PasswordHasher::needsRehash(const QString &storedHash)
{
    ensureSodium();
    return crypto_pwhash_str_needs_rehash(storedHash.toLatin1().constData(), OpsLimit, MemLimit) !=
           0;
}

} // namespace jisr
