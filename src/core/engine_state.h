#pragma once
// Everything the engine remembers, as plain values: what state.json holds (DESIGN.md §4-5).
// Times marked "timeline" are on the engine's own timeline: `Now::since_boot` of this run.
#include "core/effect.h"
#include "core/event.h"
#include "core/time.h"

#include <optional>
#include <string>

namespace respite {

/// Progress of one break kind since it was last taken.
struct BreakCounter {
    Duration counted{}; ///< screen time since the last break of this kind
    bool heads_up_sent = false;
    int postpones_used = 0;              ///< for the current break
    std::optional<Duration> reprompt_at; ///< `counted` at which a postponed break is prompted again
    bool presenting_used = false;        ///< strict mode's escape spent on the current break

    bool operator==(const BreakCounter&) const = default;
};

/// A break window that is up.
struct PromptState {
    std::optional<BreakKind> kind; ///< empty: no prompt
    Duration length{};             ///< the break's length
    Duration done{};               ///< countdown progress (advances while the user is not typing)
    Duration since{};              ///< timeline: when it was prompted
    bool started = false;          ///< break_started emitted
    Reason reason = Reason::none;  ///< origin: none (due), user, focus, deferred, postponed

    bool operator==(const PromptState&) const = default;
};

/// A due break that waits (busy, presenting escape, focus).
struct Deferral {
    std::optional<BreakKind> kind;
    Duration since{};  ///< timeline
    Duration latest{}; ///< timeline: shown then at the latest
    Reason reason = Reason::none;
    bool escape = false; ///< strict mode's "I'm presenting": waits until `latest` even when not busy

    bool operator==(const Deferral&) const = default;
};

/// Reading mode (issue 13): the user's toggle and the idle inhibitor.
struct ReadingState {
    std::optional<WallTime> until;              ///< the toggle is on until then (its cap); empty: off
    WallTime since{};                           ///< when the toggle was turned on (the cap counts from here)
    ReadingSource source = ReadingSource::tray; ///< who turned it on
    bool inhibitor = false;                     ///< an idle inhibitor is held
    bool inhibitor_counts = false;              ///< ... and counts as reading (activity.inhibitor_is_reading)

    bool operator==(const ReadingState&) const = default;
};

/// The complete engine state.
struct EngineState {
    Now last{}; ///< the last observation: the app was known to be running then
    /// How long after `last` the app may have kept running without writing this state again (the driver's
    /// checkpoint interval in a checkpoint, 0 at a clean stop). On restore that much of the gap is counted as
    /// neither screen time nor time away: a crash then loses at most that much and credits no break it did not see.
    Duration checkpoint_slack{};
    Presence presence = Presence::active;
    Duration stretch_start{};   ///< timeline: start of the current idle/away stretch
    bool stretch_micro = false; ///< this stretch already counted as a micro-break
    bool stretch_rest = false;  ///< ... as a rest break
    bool busy = false;
    BusyReason busy_reason = BusyReason::none;

    BreakCounter micro;
    BreakCounter rest;
    PromptState prompt;
    Deferral deferral;

    std::optional<WallTime> paused_until;
    ReadingState reading;

    bool focus_active = false;
    bool focus_on_break = false;
    int focus_interval = 0;   ///< 1-based current work interval
    Duration focus_elapsed{}; ///< of the current work interval
    bool micro_held = false;  ///< a micro-break fell due during focus work

    bool breathing = false;
    Duration breathing_length{};
    Duration breathing_done{};

    int day = 0; ///< counting day, days since 1970-01-01 (local)
    bool day_known = false;
    Duration screen_today{};
    Duration overtime_today{};
    Duration overtime_week{};
    int week = 0; ///< counting day of the Monday that starts the week
    int skips_used = 0;
    int overtime_reminders = 0; ///< multiples of overtime_reminder_every already announced
    bool cutoff_heads_up_sent = false;
    bool cutoff_sent = false;
    std::optional<WallTime> cutoff_snoozed_until;
    bool daily_limit_sent = false;
    bool cap_sent = false;     ///< this week
    bool checkin_sent = false; ///< today's check-in was asked (or answered): never again this counting day

    bool operator==(const EngineState&) const = default;
};

} // namespace respite
