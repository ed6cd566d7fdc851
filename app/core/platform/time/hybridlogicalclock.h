#pragma once

#include <QtGlobal>
#include <functional>

namespace jisr {

// Hybrid logical clock: a 64-bit time that never goes backwards on this workstation and stays
// ahead of every time it has seen from others, so changes can be ordered for display and audit
// even when wall clocks disagree. The upper 48 bits are milliseconds since the epoch, the lower
// 16 bits a counter. It is never used to decide which write wins a conflict (DESIGN.md).
class HybridLogicalClock
{
public:
    using WallClock = std::function<qint64()>; // milliseconds since the epoch

    explicit HybridLogicalClock(WallClock wallClock = {});

    // A new timestamp for a local event.
    qint64 now();
    // Takes a timestamp seen elsewhere (another workstation, the server, the database at
    // start-up) into account so later local times sort after it.
    void observe(qint64 remote);

    static qint64 physicalMs(qint64 hlc) { return hlc >> 16; }
    static int counter(qint64 hlc) { return int(hlc & 0xffff); }
    static qint64 make(qint64 ms, int counter) { return (ms << 16) | (counter & 0xffff); }

private:
    WallClock m_wallClock;
    qint64 m_last = 0;
};

} // namespace jisr
