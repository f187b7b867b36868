#pragma once
// `respite plan`: the real engine on simulated time, driven the way the app's driver drives it.
#include "core/effect.h"
#include "core/event.h"
#include "core/local_time.h"
#include "core/plan/activity_trace.h"
#include "core/settings.h"

#include <functional>
#include <optional>

namespace respite {

/// How the simulated user answers a break prompt.
enum class Respond { take, postpone, skip };

/// What to simulate.
struct PlanOptions {
    WallTime from{};
    Duration length = std::chrono::hours(24);
    Respond respond = Respond::take;
    bool answer_checkin = false;            ///< the user answers each check-in at once, with `checkin_feeling`
    std::optional<Feeling> checkin_feeling; ///< none: "Not today"
    std::optional<ActivityTrace> activity;  ///< none: the user is active throughout
    /// Told the simulated user's presence and busy flag at the start and at each change (history recording).
    std::function<void(WallTime at, Presence presence, bool busy)> on_presence;
};

/// Runs the engine from `from` for `length`, handing every effect to `sink` in time order.
/// With Respond::take the user starts each prompted break at once and stays idle for its length; with postpone or
/// skip the user does that while the policy allows it, and takes the break when it does not.
void run_plan(const Settings& settings, const LocalTime& local, const PlanOptions& options,
              const std::function<void(const Effect&)>& sink);

} // namespace respite
