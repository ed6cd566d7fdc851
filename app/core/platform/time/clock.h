#pragma once

#include <QDate>
#include <QDateTime>
#include <QTimeZone>

namespace jisr {

// The one source of "now" for the core. Everything that depends on the time (audit entries,
// creation dates, login throttling, no-shows at the end of the day, card validity) asks a Clock,
// so tests and tools can set it. Calendar questions ("today", "this morning") are answered in
// the centre's time zone, Africa/Casablanca by default, whose offset changes around Ramadan:
// a local date is never derived from UTC arithmetic.
class Clock
{
public:
    explicit Clock(QTimeZone zone = defaultZone());
    virtual ~Clock();
    Clock(const Clock &) = delete;
    Clock &operator=(const Clock &) = delete;

    // The current instant, in UTC.
    virtual QDateTime nowUtc() const = 0;

    // The current instant in the centre's time zone, and its calendar date there.
    QDateTime now() const;
    QDate today() const;
    qint64 msecsSinceEpoch() const { return nowUtc().toMSecsSinceEpoch(); }

    QTimeZone timeZone() const { return m_zone; }
    void setTimeZone(const QTimeZone &zone);

    static QTimeZone defaultZone();

private:
    QTimeZone m_zone;
};

// The wall clock of the machine.
class SystemClock final : public Clock
{
public:
    using Clock::Clock;
    QDateTime nowUtc() const override;
};

// A clock that only moves when told to: tests, benchmarks, and replaying a scenario.
class ManualClock final : public Clock
{
public:
    explicit ManualClock(QDateTime start, QTimeZone zone = defaultZone());

    QDateTime nowUtc() const override { return m_now; }
    void set(const QDateTime &instant) { m_now = instant.toUTC(); }
    void advanceSeconds(qint64 seconds) { m_now = m_now.addSecs(seconds); }
    void advanceDays(int days) { m_now = m_now.addDays(days); }

private:
    QDateTime m_now;
};

} // namespace jisr
