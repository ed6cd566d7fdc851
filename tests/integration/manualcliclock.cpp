// jisrctl_manualclock's clock: the instant in JISR_TEST_NOW ("YYYY-MM-DDTHH:MM", the centre's
// local time), so that a test of "today" does not depend on the day it runs. Test build only.
#include "cliclock.h"
#include "platform/time/clock.h"

#include <QDateTime>
#include <cstdio>
#include <cstdlib>

namespace jisr {

std::unique_ptr<Clock> makeCliClock()
{
    const QDateTime local =
        QDateTime::fromString(qEnvironmentVariable("JISR_TEST_NOW"), Qt::ISODate);
    if (!local.isValid()) {
        std::fputs("jisrctl_manualclock: set JISR_TEST_NOW=YYYY-MM-DDTHH:MM\n", stderr);
        std::exit(70);
    }
    return std::make_unique<ManualClock>(
        QDateTime(local.date(), local.time(), Clock::defaultZone()));
}

} // namespace jisr
