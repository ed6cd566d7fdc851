#include "platform/time/hybridlogicalclock.h"

#include <QDateTime>

namespace jisr {

HybridLogicalClock::HybridLogicalClock(WallClock wallClock) : m_wallClock(std::move(wallClock))
{
    if (!m_wallClock)
        m_wallClock = [] { return QDateTime::currentMSecsSinceEpoch(); };
}

qint64 HybridLogicalClock::now()
{
    const qint64 wall = make(m_wallClock(), 0);
    // Either the wall clock has moved past everything seen, or we count up from the last time.
    m_last = wall > m_last ? wall : m_last + 1;
    return m_last;
}

void HybridLogicalClock::observe(qint64 remote)
{
    if (remote > m_last)
        m_last = remote;
}

} // namespace jisr
