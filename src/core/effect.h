#pragma once
// The engine's outputs: plain values consumed alike by the GUI, the history store, the CLI and tests.
#include "core/reason.h"
#include "core/refusal.h"
#include "core/time.h"

#include <optional>
#include <string>
#include <string_view>

namespace respite {

/// The kinds of break. `focus` is the break that ends a focus work interval.
enum class BreakKind { micro, rest, focus };

/// Every effect the engine emits (names as in DESIGN.md §4).
enum class EffectKind {
    heads_up,             ///< a break falls due in `duration`
    break_prompt,         ///< a break is due: show the break window
    break_started,        ///< the break's countdown began
    break_finished,       ///< the break was taken in full
    natural_break,        ///< an idle/away stretch counted as the break
    break_deferred,       ///< due while busy (reason) or held by focus; shown later
    break_postponed,      ///< the user postponed; `count` = postpones left
    break_skipped,        ///< the user skipped; `count` = skips left today
    break_cancelled,      ///< a pending prompt was withdrawn (pause, upgrade to rest, focus stop)
    break_folded,         ///< a micro-break fell due shortly before the rest break: taken with it (reason "rest")
    presenting_escape,    ///< strict mode's "I'm presenting" used; deferred by max_deferral
    action_refused,       ///< a user action the policy does not allow (reason)
    cutoff_heads_up,      ///< the workday ends in `duration`
    cutoff,               ///< the workday ended (`reason` = "late" when shown on return)
    overtime_reminder,    ///< `duration` = today's overtime, `total` = this week's
    overtime_cap_reached, ///< this week's overtime reached the cap (`total`)
    daily_limit,          ///< today's screen time reached the limit (`duration`)
    pause_started,        ///< paused until `until`
    pause_ended,          ///< prompts and counting resumed
    focus_started,        ///< a focus work interval began (`count` = its number)
    focus_ended,          ///< focus session stopped
    breathing_started,    ///< guided breathing for `duration`
    breathing_finished,   ///< guided breathing ended after `duration`
    new_day,              ///< a counting day began
    sleep_detected,       ///< the machine slept for `duration` (counted as away)
    clock_changed,        ///< the wall clock or zone jumped by `duration` (not time away)
    checkin_prompt,       ///< ask "How did today feel?" (the stress check-in, at most once a counting day)
    checkin_answered,     ///< the check-in's answer: `feeling` (none = "Not today") and `note`
    reading_started,      ///< idle time counts as screen time: reason user (the toggle, `until` = its cap) or inhibitor
    reading_ended,        ///< ... no longer: reason user, limit (reading_max), cutoff, new day, inhibitor, settings
};

/// How a day felt, on the check-in's five steps (1 = calm ... 5 = very stressed; ui/stats_view.h uses the same).
enum class Feeling { calm = 1, fine, tense, stressed, very_stressed };
/// The longest check-in note, in characters (code points); longer notes are cut.
inline constexpr std::size_t max_checkin_note = 200;

/// One effect: what happened, when, and its details. Unused fields keep their defaults.
struct Effect {
    WallTime at{};
    EffectKind kind{};
    std::optional<BreakKind> brk;   ///< the break concerned, where one applies
    Duration duration{};            ///< break length, time left, today's overtime, ... (per kind)
    Duration total{};               ///< week's overtime (overtime kinds)
    std::optional<WallTime> until;  ///< pause end, deferral end
    int count = -1;                 ///< postpones/skips left, focus interval number; -1 = n/a
    Reason reason = Reason::none;   ///< why (a prompt: its origin, none = due)
    std::optional<Refusal> refusal; ///< action_refused: what was refused and why
    std::optional<Feeling> feeling; ///< checkin_answered: the answer; none = "Not today"
    std::string note;               ///< checkin_answered: the optional one-line note

    bool operator==(const Effect&) const = default;
};

/// The effect's name as used in JSON and timelines ("break_prompt").
std::string_view to_string(EffectKind kind);
/// The break's name ("micro", "rest", "focus").
std::string_view to_string(BreakKind kind);
/// Parses a break name; nullopt when unknown.
std::optional<BreakKind> parse_break_kind(std::string_view name);
/// Parses an effect name; nullopt when unknown.
std::optional<EffectKind> parse_effect_kind(std::string_view name);
/// The feeling's word ("calm", "fine", "tense", "stressed", "very_stressed").
std::string_view to_string(Feeling feeling);
/// Parses a feeling's word; nullopt when unknown.
std::optional<Feeling> parse_feeling(std::string_view name);
/// A check-in note as stored: one line (line breaks become spaces), at most max_checkin_note code points.
std::string checkin_note(std::string_view text);

} // namespace respite
