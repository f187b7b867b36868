#pragma once
// Text forms of durations ("20s", "5m", "1h30m", "5.5s", "250ms", "0") and times of day ("17:30") in config files.
#include "core/time.h"

#include <optional>
#include <string>
#include <string_view>

namespace respite {

/// Parses "20s", "5m", "1h30m", "1.5h", "5.5s", "250ms", "400d" or "0"; units d > h > m > s > ms, each at most
/// once, in that order; whole milliseconds only. Empty on malformed text.
std::optional<Duration> parse_duration(std::string_view text);
/// The shortest canonical text of a non-negative duration ("1h30m", "5.5s", "250ms", "0"); parse_duration
/// reads it back to the same value.
std::string format_duration(Duration d);
/// Parses "H:MM" or "HH:MM" (00:00 to 23:59). Empty on malformed text.
std::optional<TimeOfDay> parse_time_of_day(std::string_view text);
/// "HH:MM" for a time of day in [00:00, 24:00).
std::string format_time_of_day(TimeOfDay t);

} // namespace respite
