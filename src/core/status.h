#pragma once
// A snapshot of what the engine knows, for the tray status line and `respite status --json`.
#include "core/effect.h"
#include "core/event.h"
#include "core/reading.h"
#include "core/time.h"

#include <optional>

namespace respite {

/// The state of one break kind.
struct BreakStatus {
    bool enabled = false;
    Duration due_in{};      ///< screen time until it is prompted (0 when due)
    int postpones_left = 0; ///< for the current break
    bool counting = false;  ///< its counter advances now (not away, paused, outside work hours, idle with "input")

    bool operator==(const BreakStatus&) const = default;
};

/// What the engine knows at one instant.
struct Status {
    WallTime at{};
    Presence presence = Presence::active;
    bool busy = false;
    BusyReason busy_reason = BusyReason::none;
    std::optional<WallTime> paused_until;
    bool reading = false;                      ///< idle time counts as screen time now (reading mode or an inhibitor)
    std::optional<ReadingCause> reading_cause; ///< why: the toggle when it is on, else the inhibitor
    std::optional<WallTime> reading_until;     ///< the toggle ends by itself then (its cap or the workday's end)
    bool reading_inhibitor = false;            ///< an idle inhibitor counts as reading now
    BreakStatus micro;
    BreakStatus rest;
    std::optional<BreakKind> prompt;     ///< a break window is up for this kind
    Reason prompt_reason = Reason::none; ///< the prompt's origin: user = asked for (End break, no Skip/Postpone)
    bool break_running = false;          ///< its countdown is progressing (user not typing)
    Duration break_length{};             ///< the prompted break's full length
    Duration break_left{};               ///< time left in the prompted break
    bool can_postpone = false;           ///< the prompt may be postponed (not strict, postpones left, not asked for)
    bool can_skip = false;               ///< the prompt may be skipped (not strict, skips left, not asked for)
    std::optional<BreakKind> deferred;   ///< a due break waits (busy or focus)
    Reason deferred_reason = Reason::none;
    int skips_left = 0; ///< today
    bool focus_active = false;
    bool focus_on_break = false;
    Duration focus_left{};  ///< of the current work interval or focus break
    int focus_interval = 0; ///< 1-based number of the current work interval
    bool breathing = false;
    Duration breathing_left{};
    Duration screen_time_today{};
    Duration overtime_today{};
    Duration overtime_week{};
    bool working_day = false;
    bool after_hours = false;            ///< after today's end or on a non-working day
    std::optional<WallTime> workday_end; ///< today's end, when today is a working day

    bool operator==(const Status&) const = default;
};

} // namespace respite
