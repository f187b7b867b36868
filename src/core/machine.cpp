#include "core/machine.h"

#include <algorithm>

namespace respite::detail {
namespace {
// Differences below these are clock jitter between the three clock reads, not sleep or a clock change.
constexpr Duration sleep_tolerance = std::chrono::seconds(2);
constexpr Duration jump_tolerance = std::chrono::seconds(2);
constexpr int max_steps_per_call = 10'000'000;
} // namespace

Machine::Machine(const Settings& settings, const LocalTime& local, const DayCalendar& calendar, EngineState& state,
                 std::vector<Effect>& out)
    : settings_(&settings), local_(local), calendar_(calendar), state_(state), out_(out), now_(state.last.since_boot),
      offset_(state.last.wall.time_since_epoch() - state.last.since_boot) {}

void Machine::observe(Now n) {
    const Duration d_boot = n.since_boot - state_.last.since_boot;
    const Duration d_awake = n.awake - state_.last.awake;
    if (d_boot < Duration::zero()) {
        // A clock that runs backwards is not ours to interpret; re-anchor without counting anything.
        state_.last = n;
        now_ = n.since_boot;
        offset_ = n.wall.time_since_epoch() - n.since_boot;
        return;
    }
    const Duration slept = d_boot - d_awake;
    if (slept > sleep_tolerance) {
        // Sleep is taken to start right after the last observation: a prompt that fell due "during" the
        // sleep would be nonsense, and the away stretch may well be a natural break.
        const Presence before = state_.presence;
        set_presence(Presence::away, Duration::zero());
        run_until(now_ + slept);
        emit({.at = wall_now(), .kind = EffectKind::sleep_detected, .duration = slept});
        set_presence(before, Duration::zero());
    }
    run_until(n.since_boot);
    const Duration new_offset = n.wall.time_since_epoch() - n.since_boot;
    const Duration jump = new_offset - offset_;
    if (jump > jump_tolerance || jump < -jump_tolerance) {
        offset_ = new_offset;
        emit({.at = wall_now(), .kind = EffectKind::clock_changed, .duration = jump});
        calendar_.reset();
    } else {
        offset_ = new_offset;
    }
    settle();
    state_.last = n;
}

void Machine::run_until(Duration target) {
    for (int step = 0; step < max_steps_per_call; ++step) {
        settle();
        if (now_ >= target)
            return;
        const Duration next = std::min(next_event().value_or(target), target);
        accrue(next - now_);
        now_ = next;
    }
}

void Machine::settle() {
    for (int i = 0; i < 64 && fire_once(); ++i) {
    }
}

bool Machine::fire_once() {
    // Order matters: a new day resets before anything counts against it; breaks before the workday so a
    // break window and the cutoff notice come out in a stable order.
    bool fired = fire_day_rollover();
    fired |= fire_reading();         // before natural breaks: a stretch that stops being reading starts as rest
    fired |= fire_prompt_progress(); // a break taken in full is "finished", not "natural", when both end at once
    fired |= fire_natural_breaks();
    fired |= fire_breaks();
    fired |= fire_workday();
    fired |= fire_checkin();
    return fired;
}

void Machine::accrue(Duration dt) {
    if (dt <= Duration::zero())
        return;
    if (counts(BreakKind::micro))
        state_.micro.counted += dt;
    if (counts(BreakKind::rest))
        state_.rest.counted += dt;
    if (state_.prompt.kind && state_.presence != Presence::active)
        state_.prompt.done = std::min(state_.prompt.length, state_.prompt.done + dt);
    if (focus_work_running())
        state_.focus_elapsed += dt;
    if (state_.breathing)
        state_.breathing_done += dt;
    if (present())
        state_.screen_today += dt;
    if (overtime_accrues()) {
        state_.overtime_today += dt;
        state_.overtime_week += dt;
    }
}

std::optional<Duration> Machine::next_event() const {
    std::vector<Duration> candidates;
    candidates.reserve(16);
    add_break_events(candidates);
    add_workday_events(candidates);
    add_checkin_events(candidates);
    add_reading_events(candidates);
    std::optional<Duration> best;
    for (const Duration c : candidates)
        if (c > now_ && (!best || c < *best))
            best = c;
    return best;
}

void Machine::emit(Effect e) {
    out_.push_back(std::move(e));
}

void Machine::set_presence(Presence p, Duration began_ago) {
    if (p == state_.presence)
        return;
    const bool was_active = state_.presence == Presence::active;
    const bool was_resting = resting();
    state_.presence = p;
    // Input stopped `began_ago` before now (idle monitors learn it only later).
    const Duration began = now_ - std::max(Duration::zero(), began_ago);
    if (was_active && p != Presence::active && state_.prompt.kind) {
        const Duration credit = now_ - std::max(began, state_.prompt.since);
        state_.prompt.done = std::min(state_.prompt.length, state_.prompt.done + std::max(Duration::zero(), credit));
    }
    // Idle while reading was screen time: a rest stretch (a lock, say) begins now, not when input stopped.
    rest_changed(was_resting, was_active ? began : now_);
}

void Machine::rest_changed(bool was_resting, Duration began) {
    const bool is_resting = resting();
    if (is_resting == was_resting)
        return;
    if (!is_resting) {
        state_.stretch_micro = false;
        state_.stretch_rest = false;
        return;
    }
    state_.stretch_start = began;
}

void Machine::go_away() {
    set_presence(Presence::away, Duration::zero());
}

void Machine::apply(const Event& event) {
    std::visit([this](const auto& e) { on(e); }, event);
    settle();
}

bool Machine::paused() const {
    return state_.paused_until && wall_now() < *state_.paused_until;
}

const DayInfo& Machine::today() const {
    return calendar_.at(settings_->workday, local_, wall_now());
}

bool Machine::in_work_hours() const {
    const DayInfo& d = today();
    const WallTime w = wall_now();
    return d.working && w >= d.start && w < d.end;
}

bool Machine::counts(BreakKind kind) const {
    if (kind == BreakKind::focus || !break_settings(kind).enabled)
        return false;
    if (state_.presence == Presence::away || paused() || state_.breathing)
        return false;
    if (settings_->activity_count == CountMode::input && !at_screen())
        return false;
    if (settings_->breaks_only_in_work_hours && !in_work_hours())
        return false;
    // Once the current idle stretch has counted as this break, the user is resting, not working.
    if (kind == BreakKind::micro && state_.stretch_micro)
        return false;
    if (kind == BreakKind::rest && state_.stretch_rest)
        return false;
    return true;
}

bool Machine::focus_work_running() const {
    // Focus work is present time: a focus break cannot fall due while the user is away.
    return state_.focus_active && !state_.focus_on_break && present() && !paused();
}

bool Machine::overtime_accrues() const {
    if (!present())
        return false;
    const DayInfo& d = today();
    return !d.working || wall_now() >= d.end;
}

bool Machine::can_prompt() const {
    return present() && !paused() && !state_.breathing && (!settings_->breaks_only_in_work_hours || in_work_hours());
}

const BreakSettings& Machine::break_settings(BreakKind kind) const {
    return kind == BreakKind::rest ? settings_->rest_break : settings_->micro_break;
}

BreakCounter& Machine::counter(BreakKind kind) {
    return kind == BreakKind::rest ? state_.rest : state_.micro;
}

const BreakCounter& Machine::counter(BreakKind kind) const {
    return kind == BreakKind::rest ? state_.rest : state_.micro;
}

} // namespace respite::detail
