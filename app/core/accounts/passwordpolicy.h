#pragma once

#include <QCoreApplication>
#include <QString>

namespace jisr {

// What a password must be (NIST SP 800-63B style): at least 10 characters, at most 1024, not one
// of the most common passwords, not containing the login. No composition rules: they make passwords
// harder to remember, not to guess.
class PasswordPolicy
{
    Q_DECLARE_TR_FUNCTIONS(PasswordPolicy)

public:
    static constexpr int MinLength = 10;
    static constexpr int MaxLength = 1024;

    // Empty when acceptable, else the translated reason.
    static QString problem(const QString &password, const QString &login = {});
    // Throws CoreError(Validation) with the reason.
    static void require(const QString &password, const QString &login = {});
    static bool isCommon(const QString &password);
};

} // namespace jisr
