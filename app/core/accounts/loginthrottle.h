#pragma once

#include <QDateTime>
#include <QString>

namespace jisr {

class Database;
class WorkstationSettings;

// Failed logins counted per bucket. A bucket is a keyed hash of the typed login cut to 20 bits:
// enough to keep different people's counters apart, too coarse to tell which text (perhaps a
// password typed in the wrong box) was behind it. The key is the workstation's own secret.
class LoginThrottle
{
public:
    LoginThrottle(Database &db, WorkstationSettings &settings);

    QString bucketOf(const QString &login) const;

    struct State
    {
        int failures = 0;
        QDateTime lastFailure;
    };
    State state(const QString &bucket) const;
    // Both inside the caller's write transaction, so parallel attempts all count.
    void recordFailure(const QString &bucket, const QDateTime &at);
    void clear(const QString &bucket);

private:
    QByteArray secret() const;

    Database &m_db;
    WorkstationSettings &m_settings;
};

} // namespace jisr
