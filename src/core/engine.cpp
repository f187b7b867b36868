#include "core/engine.h"

#include "core/machine.h"

#include <algorithm>

namespace respite {

Engine::Engine(Settings settings, const LocalTime& local_time, Now now)
    : settings_(std::move(settings)), local_(&local_time) {
    state_.last = now;
    std::vector<Effect> ignored;
    detail::Machine(settings_, *local_, calendar_, state_, ignored).observe(now);
}

Engine::Engine(Settings settings, const LocalTime& local_time, Now now, EngineState restored)
    : settings_(std::move(settings)), local_(&local_time), state_(std::move(restored)) {
    // Re-anchor the snapshot's timeline on this run's clocks, then count the time the app was off as away. Right
    // after `last` the app may still have run unrecorded (a checkpoint, then a crash): that slack is skipped, so
    // it is neither screen time nor away time, and only the rest of the gap, when the app surely was off, is away.
    const Duration whole_gap = std::max(Duration::zero(), now.wall - state_.last.wall);
    const Duration slack = std::min(whole_gap, std::max(Duration::zero(), state_.checkpoint_slack));
    const Duration gap = whole_gap - slack;
    const Duration shift = (now.since_boot - gap) - state_.last.since_boot;
    state_.stretch_start += shift;
    state_.prompt.since += shift;
    state_.deferral.since += shift;
    state_.deferral.latest += shift;
    state_.last = Now{now.awake - gap, now.since_boot - gap, state_.last.wall + slack};
    state_.checkpoint_slack = Duration::zero();
    // Reading mode's cap counts from when it was turned on, with the reading_max in force now.
    if (state_.reading.until)
        state_.reading.until = state_.reading.since + settings_.activity_reading_max;
    state_.reading.inhibitor_counts = state_.reading.inhibitor && settings_.activity_inhibitor_is_reading;
    detail::Machine machine(settings_, *local_, calendar_, state_, pending_);
    // The settings may have changed while the app was off (a later workday end): today's flags follow them.
    machine.rederive_today();
    if (whole_gap > Duration::zero()) {
        // The busy monitors start afresh and report only a busy state; a stale flag would defer every break.
        state_.busy = false;
        state_.busy_reason = BusyReason::none;
        state_.reading.inhibitor = false; // the same for idle inhibitors: they are reported again if still held
        state_.reading.inhibitor_counts = false;
        machine.go_away();
        machine.observe(now);
        machine.apply(ev::PresenceChanged{Presence::active, {}});
    } else {
        machine.observe(now);
    }
}

std::vector<Effect> Engine::advance(Now now) {
    std::vector<Effect> out = std::move(pending_);
    pending_.clear();
    detail::Machine(settings_, *local_, calendar_, state_, out).observe(now);
    return out;
}

std::vector<Effect> Engine::handle(Now now, const Event& event) {
    std::vector<Effect> out = std::move(pending_);
    pending_.clear();
    detail::Machine machine(settings_, *local_, calendar_, state_, out);
    machine.observe(now);
    if (const auto* change = std::get_if<ev::ConfigChanged>(&event)) {
        settings_ = change->settings;
        calendar_.reset();
    }
    machine.apply(event);
    return out;
}

std::optional<WallTime> Engine::next_deadline() const {
    if (!pending_.empty())
        return state_.last.wall;
    // The machine only reads in next_event(); the casts give it the mutable references its constructor takes.
    std::vector<Effect> unused;
    const detail::Machine machine(settings_, *local_, calendar_, const_cast<EngineState&>(state_), unused);
    const auto next = machine.next_event();
    if (!next)
        return std::nullopt;
    return machine.wall(*next);
}

Status Engine::status() const {
    std::vector<Effect> unused;
    const detail::Machine machine(settings_, *local_, calendar_, const_cast<EngineState&>(state_), unused);
    return machine.status();
}

} // namespace respite
