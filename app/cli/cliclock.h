#pragma once

#include <memory>

namespace jisr {

class Clock;

// The clock jisrctl runs on. The program links systemcliclock.cpp: the machine's clock, and no
// way to set another from outside (a settable clock would let anyone who runs jisrctl date the
// audit log or step over a login lock-out). The tests build the same program with a clock
// they set instead (tests/integration/manualcliclock.cpp), which is never installed.
std::unique_ptr<Clock> makeCliClock();

} // namespace jisr
