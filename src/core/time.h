#pragma once
// The time model of DESIGN.md §3: three clocks observed together, durations as std::chrono types.
#include <chrono>

namespace respite {

/// Durations everywhere in the engine (millisecond resolution; breathing phases need 5.5 s).
using Duration = std::chrono::milliseconds;
/// A UTC instant.
using WallTime = std::chrono::sys_time<std::chrono::milliseconds>;
/// A local time of day, minutes after midnight ("17:30" is 1050 min).
using TimeOfDay = std::chrono::minutes;

/// One observation of the three clocks (DESIGN.md §3).
struct Now {
    Duration awake{};      ///< monotonic, stops while the machine sleeps (CLOCK_MONOTONIC)
    Duration since_boot{}; ///< monotonic, keeps counting in sleep (CLOCK_BOOTTIME)
    WallTime wall{};       ///< UTC (system_clock)

    bool operator==(const Now&) const = default;
};

} // namespace respite
