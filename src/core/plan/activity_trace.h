#pragma once
// The simulated user of `respite plan --activity CSV`: lines START,END,STATE with ISO-8601 times.
#include "core/time.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace respite {

/// What the simulated user does in a segment. `reading`: idle with reading mode on (turned on as it begins, off
/// as it ends; it may end earlier by itself, at activity.reading_max or the workday's end).
enum class Activity { active, idle, away, busy, reading };

/// One line of the trace: [start, end).
struct ActivitySegment {
    WallTime start{};
    WallTime end{};
    Activity activity = Activity::active;
};

/// A parsed trace, sorted, non-overlapping.
struct ActivityTrace {
    std::vector<ActivitySegment> segments;
    /// The activity at `t` (uncovered time is away) and the end of that stretch (the next change), if any.
    std::pair<Activity, std::optional<WallTime>> at(WallTime t, std::size_t& cursor) const;
};

/// Parses "2026-11-23T09:00:00+01:00", "...Z" or without seconds; nullopt when malformed.
std::optional<WallTime> parse_iso8601(std::string_view text);

/// Parses CSV text; on error returns nullopt and sets `error` to "file:line:column: message".
std::optional<ActivityTrace> parse_activity_csv(std::string_view text, const std::string& file, std::string& error);

} // namespace respite
