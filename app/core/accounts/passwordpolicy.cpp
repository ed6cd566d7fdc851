#include "accounts/passwordpolicy.h"

#include "platform/errors/coreerror.h"

#include <QFile>
#include <QSet>

using namespace Qt::StringLiterals;

namespace jisr {

namespace {

const QSet<QString> &commonPasswords()
{
    static const QSet<QString> set = [] {
        QSet<QString> s;
        QFile f(u":/jisr/data/common_passwords.txt"_s);
        if (f.open(QIODevice::ReadOnly))
            for (const QByteArray &line : f.readAll().split('\n'))
                if (!line.trimmed().isEmpty() && !line.startsWith('#'))
                    s.insert(QString::fromUtf8(line.trimmed()).toLower());
        return s;
    }();
    return set;
}

} // namespace

bool PasswordPolicy::isCommon(const QString &password)
{
    return commonPasswords().contains(password.toLower());
}

QString PasswordPolicy::problem(const QString &password, const QString &login)
{
    // Length in characters as people count them, not UTF-16 units.
    const qsizetype length = password.toUcs4().size();
    if (password.size() > MaxLength * 2 || length > MaxLength)
        return tr("A password can have at most %1 characters.").arg(MaxLength);
    if (length < MinLength)
        return tr("A password needs at least %1 characters.").arg(MinLength);
    if (isCommon(password))
        return tr("This password is among the most common ones: choose another.");
    // Containing the login is as weak as being it: "admin2026!" is the first guess for admin.
    if (!login.isEmpty() && password.contains(login, Qt::CaseInsensitive))
        return tr("The password cannot contain the login.");
    return {};
}

void PasswordPolicy::require(const QString &password, const QString &login)
{
    const QString reason = problem(password, login);
    if (!reason.isEmpty())
        throw CoreError(ErrorKind::Validation, reason);
}

} // namespace jisr
