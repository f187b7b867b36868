// Workday rules of DESIGN.md §4: day boundary, cutoff heads-up and cutoff, overtime, weekly cap, daily limit.
#include "core/machine.h"

namespace respite::detail {
namespace {
// A cutoff shown this long after the end is "late" (the user was away at the end).
constexpr Duration late_after = std::chrono::seconds(1);
} // namespace

bool Machine::fire_day_rollover() {
    const DayInfo& d = today();
    if (!state_.day_known) {
        state_.day = d.day;
        state_.week = d.week;
        state_.day_known = true;
        return false;
    }
    // A zone change westwards or a clock set back can land on the day before; that day is over. A clock
    // that was far in the future and is corrected is a real new day, or the counters would stay frozen.
    if (d.day == state_.day || d.day == state_.day - 1)
        return false;
    state_.day = d.day;
    state_.screen_today = Duration::zero();
    state_.overtime_today = Duration::zero();
    state_.skips_used = 0;
    state_.overtime_reminders = 0;
    state_.cutoff_heads_up_sent = false;
    state_.cutoff_sent = false;
    state_.cutoff_snoozed_until.reset();
    state_.daily_limit_sent = false;
    if (d.week != state_.week) {
        state_.week = d.week;
        state_.overtime_week = Duration::zero();
        state_.cap_sent = false;
    }
    emit({.at = wall_now(), .kind = EffectKind::new_day});
    return true;
}

bool Machine::fire_workday() {
    if (!present())
        return false;
    const WorkdaySettings& ws = settings_->workday;
    const DayInfo& d = today();
    const WallTime w = wall_now();
    bool fired = false;
    if (d.working && d.day == state_.day) {
        if (ws.cutoff_heads_up > Duration::zero() && !state_.cutoff_heads_up_sent && w >= d.end - ws.cutoff_heads_up &&
            w < d.end) {
            state_.cutoff_heads_up_sent = true;
            emit({.at = w, .kind = EffectKind::cutoff_heads_up, .duration = d.end - w, .until = d.end});
            fired = true;
        }
        if (!state_.cutoff_sent && w >= d.end) {
            state_.cutoff_sent = true;
            state_.cutoff_heads_up_sent = true;
            emit({.at = w, .kind = EffectKind::cutoff, .until = d.end, .reason = w - d.end > late_after ? "late" : ""});
            fired = true;
        }
    }
    if (state_.cutoff_snoozed_until && w >= *state_.cutoff_snoozed_until) {
        state_.cutoff_snoozed_until.reset();
        emit({.at = w, .kind = EffectKind::cutoff, .until = d.end, .reason = "snoozed"});
        fired = true;
    }
    if (ws.overtime_reminder_every > Duration::zero()) {
        const auto n = static_cast<int>(state_.overtime_today / ws.overtime_reminder_every);
        if (n > state_.overtime_reminders) {
            state_.overtime_reminders = n;
            emit({.at = w,
                  .kind = EffectKind::overtime_reminder,
                  .duration = state_.overtime_today,
                  .total = state_.overtime_week,
                  .count = n});
            fired = true;
        }
    }
    if (ws.weekly_overtime_cap > Duration::zero() && !state_.cap_sent &&
        state_.overtime_week >= ws.weekly_overtime_cap) {
        state_.cap_sent = true;
        emit({.at = w,
              .kind = EffectKind::overtime_cap_reached,
              .duration = state_.overtime_today,
              .total = state_.overtime_week});
        fired = true;
    }
    if (ws.daily_limit > Duration::zero() && !state_.daily_limit_sent && state_.screen_today >= ws.daily_limit) {
        state_.daily_limit_sent = true;
        emit({.at = w, .kind = EffectKind::daily_limit, .duration = state_.screen_today});
        fired = true;
    }
    return fired;
}

void Machine::add_workday_events(std::vector<Duration>& out) const {
    const WorkdaySettings& ws = settings_->workday;
    const DayInfo& d = today();
    out.push_back(timeline(d.next_begin));
    if (d.working) {
        out.push_back(timeline(d.start));
        out.push_back(timeline(d.end));
        if (ws.cutoff_heads_up > Duration::zero() && !state_.cutoff_heads_up_sent)
            out.push_back(timeline(d.end - ws.cutoff_heads_up));
    }
    if (state_.cutoff_snoozed_until)
        out.push_back(timeline(*state_.cutoff_snoozed_until));
    if (overtime_accrues()) {
        if (ws.overtime_reminder_every > Duration::zero())
            out.push_back(now_ +
                          ((state_.overtime_reminders + 1) * ws.overtime_reminder_every - state_.overtime_today));
        if (ws.weekly_overtime_cap > Duration::zero() && !state_.cap_sent)
            out.push_back(now_ + (ws.weekly_overtime_cap - state_.overtime_week));
    }
    if (present() && ws.daily_limit > Duration::zero() && !state_.daily_limit_sent)
        out.push_back(now_ + (ws.daily_limit - state_.screen_today));
}

Status Machine::status() const {
    Status s;
    s.at = wall_now();
    s.presence = state_.presence;
    s.busy = state_.busy;
    s.busy_reason = state_.busy_reason;
    if (paused())
        s.paused_until = state_.paused_until;
    const PromptSettings& ps = settings_->prompts;
    const auto break_status = [&](BreakKind kind) {
        const BreakCounter& c = counter(kind);
        const Duration left = due_threshold(kind) - c.counted;
        return BreakStatus{.enabled = break_settings(kind).enabled,
                           .due_in = left > Duration::zero() ? left : Duration::zero(),
                           .postpones_left = ps.strict ? 0 : std::max(0, ps.max_postpones - c.postpones_used)};
    };
    s.micro = break_status(BreakKind::micro);
    s.rest = break_status(BreakKind::rest);
    s.prompt = state_.prompt.kind;
    s.break_running = state_.prompt.kind && state_.presence != Presence::active;
    s.break_left = state_.prompt.length - state_.prompt.done;
    if (state_.deferral.kind) {
        s.deferred = state_.deferral.kind;
        s.deferred_reason = state_.deferral.reason;
    } else if (state_.micro_held) {
        s.deferred = BreakKind::micro;
        s.deferred_reason = "focus";
    }
    s.skips_left = ps.strict ? 0 : std::max(0, ps.daily_skip_budget - state_.skips_used);
    s.focus_active = state_.focus_active;
    s.focus_on_break = state_.focus_on_break;
    s.focus_interval = state_.focus_interval;
    s.focus_left = state_.focus_on_break ? s.break_left : settings_->focus.work - state_.focus_elapsed;
    s.breathing = state_.breathing;
    s.breathing_left = state_.breathing_length - state_.breathing_done;
    s.screen_time_today = state_.screen_today;
    s.overtime_today = state_.overtime_today;
    s.overtime_week = state_.overtime_week;
    const DayInfo& d = today();
    s.working_day = d.working;
    s.after_hours = !d.working || s.at >= d.end;
    if (d.working)
        s.workday_end = d.end;
    return s;
}

} // namespace respite::detail
