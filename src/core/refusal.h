#pragma once
// Why the engine refused a user action: a closed set, so every front end can word each one (the tray app
// translates them; the CLI and the JSON stream carry the stable text).
#include <optional>
#include <span>
#include <string_view>

namespace respite {

/// The reasons an `action_refused` effect can carry.
enum class Refusal {
    focus_break_not_manual, ///< a focus break was asked for outside a focus session
    nothing_to_postpone,    ///< Postpone without a prompt
    strict_mode,            ///< Postpone/Skip in strict mode
    focus_not_postponable,  ///< Postpone on a focus break
    no_postpones_left,      ///< the prompt's postpones are used up
    nothing_to_skip,        ///< Skip without a prompt
    no_skips_left,          ///< the day's skip budget is spent
    nothing_to_defer,       ///< "I'm presenting" without a prompt
    already_deferred,       ///< "I'm presenting" a second time for this prompt
    already_breathing,      ///< breathing while a breathing session runs
    empty_breathing,        ///< a breathing session of no length
    pause_end_passed,       ///< pause until a time already past
    not_paused,             ///< Resume while not paused
    focus_already_running,  ///< Start focus during a focus session
    no_focus_session,       ///< Stop focus without one
    workday_not_ended,      ///< "Wrap up in 10 min" before the cutoff
};

/// Every Refusal, in declaration order.
std::span<const Refusal> all_refusals();
/// The stable text carried in Effect::reason, e.g. "no postpones left".
std::string_view to_string(Refusal refusal);
/// The Refusal whose text this is, or nullopt.
std::optional<Refusal> parse_refusal(std::string_view text);

} // namespace respite
