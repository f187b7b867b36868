#pragma once
// The break engine: a passive, deterministic state machine fed the time and events, returning effects
// (DESIGN.md §4). No threads, no clocks of its own: callers pass `Now` and arm a timer at next_deadline().
#include "core/day_calendar.h"
#include "core/effect.h"
#include "core/engine_state.h"
#include "core/event.h"
#include "core/local_time.h"
#include "core/settings.h"
#include "core/status.h"

#include <optional>
#include <vector>

namespace respite {

/// The state machine. Not thread-safe: one owner (the engine thread, a simulator, a test).
class Engine {
public:
    /// A fresh engine; the user is taken to be active at `now`.
    Engine(Settings settings, const LocalTime& local_time, Now now);
    /// An engine restored from a snapshot. Time between the snapshot and `now` is away time (app off).
    Engine(Settings settings, const LocalTime& local_time, Now now, EngineState restored);

    /// Advances to `now`, returning every effect that fell due on the way (in time order).
    std::vector<Effect> advance(Now now);
    /// Advances to `now`, then applies `event`.
    std::vector<Effect> handle(Now now, const Event& event);
    /// The wall instant at which advance() should next be called, if nothing else happens before.
    std::optional<WallTime> next_deadline() const;
    /// What the engine knows now (as of the last advance/handle).
    Status status() const;
    /// The complete state, for state.json.
    const EngineState& snapshot() const { return state_; }
    /// The settings in force.
    const Settings& settings() const { return settings_; }

private:
    Settings settings_;
    const LocalTime* local_;
    DayCalendar calendar_;
    EngineState state_;
    std::vector<Effect> pending_; ///< effects of a restore, returned by the next call
};

} // namespace respite
