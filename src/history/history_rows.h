#pragma once
// The rows of the history file, as plain values: what the recorder produces and the store writes.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace respite::history {

/// What the user was doing during a presence span (busy: present with a fullscreen window, a call, ...).
enum class SpanState { active, idle, away, busy };
/// "active", "idle", "away" or "busy" (the file's text).
std::string_view to_string(SpanState state);
/// Whether a span of this state is screen time (present: everything but away).
constexpr bool is_present(SpanState state) {
    return state != SpanState::away;
}

/// One effect of the engine (DESIGN.md §9), with its UTC instant and counting day.
struct EffectRow {
    std::int64_t at_ms = 0;
    int day = 0;      ///< counting day: local days since 1970-01-01 of the day it starts on
    std::string date; ///< the same day as "2026-11-23"
    std::string kind; ///< the effect's name ("break_prompt")
    std::string brk;  ///< "micro", "rest", "focus" or "" (none)
    std::int64_t duration_ms = 0;
    std::int64_t total_ms = 0;
    int count = -1;     ///< -1: none
    std::string reason; ///< "" when none
};

/// One presence span [start_ms, end_ms) inside one counting day. A span still open is written with its end so
/// far and rewritten as it grows (keyed by start_ms).
struct SpanRow {
    std::int64_t start_ms = 0;
    std::int64_t end_ms = 0;
    SpanState state = SpanState::active;
    int day = 0;
    std::string date;
};

/// The stress check-in's answer for one counting day.
struct CheckinRow {
    int day = 0;
    std::string date;
    std::optional<int> feeling; ///< 1 (calm) ... 5 (very stressed); none: "Not today"
    std::string note;
    std::int64_t answered_at_ms = 0;
    bool operator==(const CheckinRow&) const = default;
};

/// One counting day and its working window as configured at the time.
struct DayRow {
    int day = 0;
    std::string date;
    bool working = false;
    std::int64_t work_start_ms = 0;
    std::int64_t work_end_ms = 0;
};

} // namespace respite::history
