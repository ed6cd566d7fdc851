#include "accounts/loginthrottle.h"

#include "platform/db/database.h"
#include "platform/db/sqlquery.h"
#include "platform/settings/workstationsettings.h"

#include <QMessageAuthenticationCode>
#include <QRandomGenerator>

using namespace Qt::StringLiterals;

namespace jisr {

namespace {
const QString SecretKey = u"login_throttle_secret"_s;
}

LoginThrottle::LoginThrottle(Database &db, WorkstationSettings &settings)
    : m_db(db), m_settings(settings)
{
}

QByteArray LoginThrottle::secret() const
{
    QString hex = m_settings.value(SecretKey);
    if (hex.isEmpty()) {
        // Drawn by the schema migration; only a database set up by hand lacks it.
        QByteArray bytes(32, Qt::Uninitialized);
        QRandomGenerator::system()->generate(bytes.begin(), bytes.end());
        hex = QString::fromLatin1(bytes.toHex());
        m_settings.setValue(SecretKey, hex);
    }
    return QByteArray::fromHex(hex.toLatin1());
}

QString LoginThrottle::bucketOf(const QString &login) const
{
    const QByteArray mac = QMessageAuthenticationCode::hash(login.trimmed().toCaseFolded().toUtf8(),
                                                            secret(), QCryptographicHash::Sha256);
    // 5 hex digits: 20 bits.
    return QString::fromLatin1(mac.toHex().left(5));
}

LoginThrottle::State LoginThrottle::state(const QString &bucket) const
{
    const QList<QVariantList> rows = selectRows(
        m_db.connection(),
        u"SELECT failures, last_failed_at FROM login_throttle WHERE bucket = ?"_s, {bucket});
    if (rows.isEmpty())
        return {};
    QDateTime last = QDateTime::fromString(rows.first().at(1).toString(), Qt::ISODateWithMs);
    last.setTimeSpec(Qt::UTC);
    return {rows.first().at(0).toInt(), last};
}

void LoginThrottle::recordFailure(const QString &bucket, const QDateTime &at)
{
    execQuery(m_db.connection(),
              u"INSERT INTO login_throttle (bucket, failures, last_failed_at) VALUES (?, 1, ?) "
              "ON CONFLICT (bucket) DO UPDATE SET failures = login_throttle.failures + 1, "
              "last_failed_at = excluded.last_failed_at"_s,
              {bucket, at.toUTC().toString(Qt::ISODateWithMs)});
}

void LoginThrottle::clear(const QString &bucket)
{
    execQuery(m_db.connection(), u"DELETE FROM login_throttle WHERE bucket = ?"_s, {bucket});
}

} // namespace jisr
