#pragma once
// Reads the three clocks of the time model (DESIGN.md §3) in one observation.
#include "core/time.h"

namespace respite {

/// The current awake (monotonic), since-boot (counts sleep) and wall (UTC) times.
Now read_now();

} // namespace respite
