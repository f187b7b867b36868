// Workday rules of DESIGN.md §4: day boundary, cutoff heads-up and cutoff, overtime, weekly cap, daily limit.
#include "core/machine.h"

#include <algorithm>

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
    state_.checkin_sent = false;
    if (state_.reading.until)
        end_reading(Reason::new_day);
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
    // One window at a time: the cutoff waits for a break window to close (issue 15 bug 5), then comes at once.
    const bool window_up = state_.prompt.kind.has_value();
    if (d.working && d.day == state_.day) {
        if (ws.cutoff_heads_up > Duration::zero() && !state_.cutoff_heads_up_sent && w >= d.end - ws.cutoff_heads_up &&
            w < d.end) {
            state_.cutoff_heads_up_sent = true;
            emit({.at = w, .kind = EffectKind::cutoff_heads_up, .duration = d.end - w, .until = d.end});
            fired = true;
        }
        if (!state_.cutoff_sent && w >= d.end && !window_up) {
            state_.cutoff_sent = true;
            state_.cutoff_heads_up_sent = true;
            emit({.at = w,
                  .kind = EffectKind::cutoff,
                  .until = d.end,
                  .reason = w - d.end > late_after ? Reason::late : Reason::none});
            fired = true;
        }
    }
    if (state_.cutoff_snoozed_until && w >= *state_.cutoff_snoozed_until && !window_up) {
        state_.cutoff_snoozed_until.reset();
        emit({.at = w, .kind = EffectKind::cutoff, .until = d.end, .reason = Reason::snoozed});
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

void Machine::rederive_today() {
    const DayInfo& d = today();
    const WallTime w = wall_now();
    if (!d.working || d.day != state_.day || w >= d.end)
        return;
    state_.cutoff_sent = false;
    state_.cutoff_snoozed_until.reset();
    if (w < d.end - settings_->workday.cutoff_heads_up)
        state_.cutoff_heads_up_sent = false;
    // Overtime accrues only after the end: what was counted before an end moved later was working time.
    state_.overtime_week = std::max(Duration::zero(), state_.overtime_week - state_.overtime_today);
    state_.overtime_today = Duration::zero();
    state_.overtime_reminders = 0;
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
    s.reading = reading();
    s.reading_until = reading_end();
    s.reading_inhibitor = state_.reading.inhibitor_counts;
    if (state_.reading.until)
        s.reading_cause = ReadingCause::toggle;
    else if (state_.reading.inhibitor_counts)
        s.reading_cause = ReadingCause::inhibitor;
    const PromptSettings& ps = settings_->prompts;
    const auto break_status = [&](BreakKind kind) {
        const BreakCounter& c = counter(kind);
        const Duration left = due_threshold(kind) - c.counted;
        return BreakStatus{.enabled = break_settings(kind).enabled,
                           .due_in = left > Duration::zero() ? left : Duration::zero(),
                           .postpones_left = ps.strict ? 0 : std::max(0, ps.max_postpones - c.postpones_used),
                           .counting = counts(kind) && !state_.prompt.kind && !state_.deferral.kind};
    };
    s.micro = break_status(BreakKind::micro);
    s.rest = break_status(BreakKind::rest);
    s.prompt = state_.prompt.kind;
    s.prompt_reason = state_.prompt.reason;
    s.break_running = state_.prompt.kind && state_.presence != Presence::active;
    s.break_length = state_.prompt.length;
    s.break_left = state_.prompt.length - state_.prompt.done;
    if (state_.deferral.kind) {
        s.deferred = state_.deferral.kind;
        s.deferred_reason = state_.deferral.reason;
    } else if (state_.micro_held) {
        s.deferred = BreakKind::micro;
        s.deferred_reason = Reason::focus;
    }
    s.skips_left = ps.strict ? 0 : std::max(0, ps.daily_skip_budget - state_.skips_used);
    // A break the user asked for ends with "End break": it spends neither a postpone nor a skip.
    const bool policy_prompt = state_.prompt.kind && state_.prompt.reason != Reason::user && !ps.strict;
    s.can_skip = policy_prompt && s.skips_left > 0;
    s.can_postpone = policy_prompt && state_.prompt.kind != BreakKind::focus &&
                     (state_.prompt.kind == BreakKind::rest ? s.rest : s.micro).postpones_left > 0;
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
