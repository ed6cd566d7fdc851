// jisrctl's clock: the machine's (see cliclock.h).
#include "cliclock.h"
#include "platform/time/clock.h"

namespace jisr {

std::unique_ptr<Clock> makeCliClock()
{
    return std::make_unique<SystemClock>();
}

} // namespace jisr
