#pragma once

#include <QString>

namespace jisr {

// Argon2id through libsodium's crypto_pwhash_str: the salt and the cost parameters travel inside
// the stored string, so they can be raised later without breaking existing accounts.
class PasswordHasher
{
public:
    static QString hash(const QString &password);
    static bool verify(const QString &storedHash, const QString &password);
    // True when the stored hash uses weaker parameters than the current ones (rehash at login).
    static bool needsRehash(const QString &storedHash);
};

} // namespace jisr
