#pragma once
// Why something happened, as closed sets (issue 8 §2): the engine and the GUI compare these, never text. Text
// exists only at the boundaries (effect and status JSON, CLI output, state.json, the translated UI words).
#include <optional>
#include <string_view>

namespace respite {

/// Why the user is busy, from the busy monitor's highest-priority active source.
enum class BusyReason { none, call, presentation, fullscreen, do_not_disturb };

/// The reason an effect, a prompt or a deferral carries. `none` for a prompt means "due".
enum class Reason {
    none,           ///< nothing to say (a prompt: the break fell due)
    user,           ///< the user asked for it (tray, `respite break`, heads-up "Start now")
    postponed,      ///< a postponed break prompted again
    deferred,       ///< a deferred break prompted once the reason ended
    late,           ///< the cutoff shown on return, after the end passed while away
    snoozed,        ///< the cutoff shown again after "Wrap up in N min"
    focus,          ///< a focus session holds, ends or cancels it
    natural,        ///< a prompted break completed by an idle stretch
    breathing,      ///< breathing counted as the break, or replaced a prompt
    pause,          ///< a pause withdrew the prompt
    rest,           ///< a rest break replaced the micro-break
    settings,       ///< new settings no longer allow it
    presenting,     ///< strict mode's "I'm presenting"
    busy,           ///< busy, for no more precise reason
    call,           ///< busy: a call (camera in use)
    presentation,   ///< busy: a presentation
    fullscreen,     ///< busy: a full-screen window
    do_not_disturb, ///< busy: do-not-disturb
    duration,       ///< a pause for a duration
    until,          ///< a pause until a time
    next_workday,   ///< a pause until the next workday start
    inhibitor,      ///< reading: an idle inhibitor began or ended
    limit,          ///< reading mode reached activity.reading_max
    cutoff,         ///< reading mode ended with the workday
    new_day,        ///< reading mode does not outlive its counting day
};

/// The busy reason as an effect or deferral reason (`busy` when none is known).
Reason reason_of(BusyReason busy);
/// "call", "presentation", "fullscreen", "do-not-disturb", "" for none.
std::string_view to_string(BusyReason busy);
/// Parses a busy reason's text ("" is none); nullopt when unknown.
std::optional<BusyReason> parse_busy_reason(std::string_view text);
/// The stable text of a reason ("" for none, "next workday", "do-not-disturb", ...).
std::string_view to_string(Reason reason);
/// Parses a reason's text ("" is none); nullopt when unknown.
std::optional<Reason> parse_reason(std::string_view text);

} // namespace respite
