#include "platform/time/clock.h"

namespace jisr {

Clock::Clock(QTimeZone zone) : m_zone(zone.isValid() ? zone : defaultZone()) {}

Clock::~Clock() = default;

QTimeZone Clock::defaultZone()
{
    // The centres are all in Morocco. Without the system's zone database (a bare container),
    // UTC+1 is the offset most of the year, which is better than the machine's own zone.
    const QTimeZone casablanca(QByteArrayLiteral("Africa/Casablanca"));
    return casablanca.isValid() ? casablanca : QTimeZone(3600);
}

QDateTime Clock::now() const
{
    return nowUtc().toTimeZone(m_zone);
}

QDate Clock::today() const
{
    return now().date();
}

void Clock::setTimeZone(const QTimeZone &zone)
{
    if (zone.isValid())
        m_zone = zone;
}

QDateTime SystemClock::nowUtc() const
{
    return QDateTime::currentDateTimeUtc();
}

ManualClock::ManualClock(QDateTime start, QTimeZone zone)
    : Clock(std::move(zone)), m_now(start.toUTC())
{
}

} // namespace jisr
