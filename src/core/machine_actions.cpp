// User actions and presence events (DESIGN.md §4): take, postpone, skip, presenting, breathing, pause, focus.
#include "core/machine.h"

#include <algorithm>

namespace respite::detail {

void Machine::refuse(Refusal why) {
    emit({.at = wall_now(), .kind = EffectKind::action_refused, .brk = state_.prompt.kind, .refusal = why});
}

void Machine::on(const ev::PresenceChanged& e) {
    set_presence(e.presence, e.began_ago);
}

void Machine::on(const ev::BusyChanged& e) {
    state_.busy = e.busy;
    state_.busy_reason = e.busy ? e.reason : BusyReason::none;
    // A prompt already shown stays: the busy monitor checks the camera at heads-up time, so a call found then
    // defers the break before any window appears; the engine never shows a prompt only to withdraw it.
}

void Machine::on(const ev::StartBreak& e) {
    if (e.kind == BreakKind::focus && state_.prompt.kind != BreakKind::focus) {
        refuse(Refusal::focus_break_not_manual);
        return;
    }
    if (state_.prompt.kind == e.kind || (state_.prompt.kind == BreakKind::rest && e.kind == BreakKind::micro)) {
        if (!state_.prompt.started) {
            state_.prompt.started = true;
            emit({.at = wall_now(),
                  .kind = EffectKind::break_started,
                  .brk = state_.prompt.kind,
                  .duration = state_.prompt.length - state_.prompt.done,
                  .reason = Reason::user});
        }
        return;
    }
    if (state_.prompt.kind) {
        emit(
            {.at = wall_now(), .kind = EffectKind::break_cancelled, .brk = state_.prompt.kind, .reason = Reason::user});
        close_prompt();
    }
    if (state_.deferral.kind == e.kind || e.kind == BreakKind::rest)
        state_.deferral = Deferral{};
    // The user takes the announced break now: a postpone clicked on its heads-up is not left to delay the next one.
    if (e.kind != BreakKind::focus)
        counter(e.kind).reprompt_at.reset();
    prompt(e.kind, break_settings(e.kind).duration, Reason::user);
    state_.prompt.started = true;
    emit({.at = wall_now(),
          .kind = EffectKind::break_started,
          .brk = e.kind,
          .duration = state_.prompt.length,
          .reason = Reason::user});
}

bool Machine::postpone_coming(BreakKind kind) {
    // "Postpone" on the heads-up: the break it announced is not prompted yet, so its threshold moves instead.
    if (kind == BreakKind::focus || !break_settings(kind).enabled)
        return false;
    BreakCounter& c = counter(kind);
    const Duration every = break_settings(kind).every;
    if (!c.heads_up_sent || c.reprompt_at || c.counted >= every)
        return false;
    if (settings_->prompts.strict) {
        refuse(Refusal::strict_mode);
        return true;
    }
    if (c.postpones_used >= settings_->prompts.max_postpones) {
        refuse(Refusal::no_postpones_left);
        return true;
    }
    ++c.postpones_used;
    c.reprompt_at = every + settings_->prompts.postpone;
    emit({.at = wall_now(),
          .kind = EffectKind::break_postponed,
          .brk = kind,
          .duration = settings_->prompts.postpone,
          .count = settings_->prompts.max_postpones - c.postpones_used});
    return true;
}

void Machine::on(const ev::Postpone& e) {
    if (!state_.prompt.kind && e.coming && postpone_coming(*e.coming))
        return;
    if (!state_.prompt.kind)
        return refuse(Refusal::nothing_to_postpone);
    if (settings_->prompts.strict)
        return refuse(Refusal::strict_mode);
    if (state_.prompt.kind == BreakKind::focus)
        return refuse(Refusal::focus_not_postponable);
    if (state_.prompt.reason == Reason::user)
        return cancel_user_break();
    const BreakKind kind = *state_.prompt.kind;
    BreakCounter& c = counter(kind);
    if (c.postpones_used >= settings_->prompts.max_postpones)
        return refuse(Refusal::no_postpones_left);
    ++c.postpones_used;
    c.reprompt_at = c.counted + settings_->prompts.postpone;
    close_prompt();
    emit({.at = wall_now(),
          .kind = EffectKind::break_postponed,
          .brk = kind,
          .duration = settings_->prompts.postpone,
          .count = settings_->prompts.max_postpones - c.postpones_used});
}

void Machine::on(const ev::Skip&) {
    if (!state_.prompt.kind)
        return refuse(Refusal::nothing_to_skip);
    // A break the user opened is theirs to end, strict mode or not: strict mode guards the policy's breaks.
    if (state_.prompt.reason == Reason::user)
        return cancel_user_break();
    if (settings_->prompts.strict)
        return refuse(Refusal::strict_mode);
    if (state_.skips_used >= settings_->prompts.daily_skip_budget)
        return refuse(Refusal::no_skips_left);
    ++state_.skips_used;
    const BreakKind kind = *state_.prompt.kind;
    close_prompt();
    emit({.at = wall_now(),
          .kind = EffectKind::break_skipped,
          .brk = kind,
          .count = settings_->prompts.daily_skip_budget - state_.skips_used});
    if (kind == BreakKind::focus)
        return start_next_focus_interval();
    // Declining the rest break declines the micro-break folded into it too.
    reset_counter(kind);
    if (kind == BreakKind::rest)
        reset_counter(BreakKind::micro);
}

void Machine::cancel_user_break() {
    // The user opened this break; "not now" takes nothing from the policy's postpones or skips.
    emit({.at = wall_now(), .kind = EffectKind::break_cancelled, .brk = state_.prompt.kind, .reason = Reason::user});
    close_prompt();
}

void Machine::on(const ev::Presenting&) {
    if (!state_.prompt.kind || state_.prompt.kind == BreakKind::focus)
        return refuse(Refusal::nothing_to_defer);
    const BreakKind kind = *state_.prompt.kind;
    BreakCounter& c = counter(kind);
    if (c.presenting_used)
        return refuse(Refusal::already_deferred);
    c.presenting_used = true;
    close_prompt();
    const Duration latest = now_ + settings_->prompts.max_deferral;
    state_.deferral =
        Deferral{.kind = kind, .since = now_, .latest = latest, .reason = Reason::presenting, .escape = true};
    emit({.at = wall_now(),
          .kind = EffectKind::presenting_escape,
          .brk = kind,
          .until = wall(latest),
          .reason = Reason::presenting});
}

void Machine::on(const ev::StartBreathing& e) {
    if (state_.breathing)
        return refuse(Refusal::already_breathing);
    if (e.length <= Duration::zero())
        return refuse(Refusal::empty_breathing);
    if (state_.prompt.kind && state_.prompt.kind != BreakKind::focus) {
        emit({.at = wall_now(),
              .kind = EffectKind::break_cancelled,
              .brk = state_.prompt.kind,
              .reason = Reason::breathing});
        close_prompt();
    }
    state_.breathing = true;
    state_.breathing_length = e.length;
    state_.breathing_done = Duration::zero();
    emit({.at = wall_now(), .kind = EffectKind::breathing_started, .duration = e.length});
}

void Machine::on(const ev::StopBreathing&) {
    if (state_.breathing)
        finish_breathing();
}

void Machine::finish_breathing() {
    const Duration done = std::min(state_.breathing_done, state_.breathing_length);
    state_.breathing = false;
    emit({.at = wall_now(), .kind = EffectKind::breathing_finished, .duration = done});
    const auto counts_as = [&](BreakKind kind) {
        emit({.at = wall_now(),
              .kind = EffectKind::break_finished,
              .brk = kind,
              .duration = done,
              .reason = Reason::breathing});
        credit(kind);
    };
    if (settings_->rest_break.enabled && done >= settings_->rest_break.duration)
        counts_as(BreakKind::rest);
    else if (settings_->micro_break.enabled && done >= settings_->micro_break.duration)
        counts_as(BreakKind::micro);
}

void Machine::pause_until(WallTime until, Reason reason) {
    if (until <= wall_now())
        return refuse(Refusal::pause_end_passed);
    if (state_.prompt.kind) {
        emit({.at = wall_now(),
              .kind = EffectKind::break_cancelled,
              .brk = state_.prompt.kind,
              .reason = Reason::pause});
        close_prompt();
        state_.focus_on_break = false;
    }
    state_.deferral = Deferral{};
    state_.paused_until = until;
    emit({.at = wall_now(), .kind = EffectKind::pause_started, .until = until, .reason = reason});
}

WallTime Machine::next_workday_start() const {
    const int today_day = today().day;
    for (int k = 1; k <= 7; ++k) {
        const DayInfo d = day_info(settings_->workday, local_, today_day + k);
        if (d.working && d.start > wall_now())
            return d.start;
    }
    // No working day configured: tomorrow at the start time.
    return day_info(settings_->workday, local_, today_day + 1).start;
}

void Machine::on(const ev::PauseFor& e) {
    pause_until(wall_now() + e.length, Reason::duration);
}
void Machine::on(const ev::PauseUntil& e) {
    pause_until(e.until, Reason::until);
}
void Machine::on(const ev::PauseUntilNextWorkday&) {
    pause_until(next_workday_start(), Reason::next_workday);
}

void Machine::on(const ev::Resume&) {
    if (!state_.paused_until)
        return refuse(Refusal::not_paused);
    state_.paused_until.reset();
    emit({.at = wall_now(), .kind = EffectKind::pause_ended, .reason = Reason::user});
}

void Machine::on(const ev::FocusStart&) {
    if (state_.focus_active)
        return refuse(Refusal::focus_already_running);
    state_.focus_active = true;
    state_.focus_on_break = false;
    state_.focus_interval = 1;
    state_.focus_elapsed = Duration::zero();
    emit({.at = wall_now(), .kind = EffectKind::focus_started, .duration = settings_->focus.work, .count = 1});
}

void Machine::on(const ev::FocusStop&) {
    if (!state_.focus_active)
        return refuse(Refusal::no_focus_session);
    if (state_.prompt.kind == BreakKind::focus) {
        emit({.at = wall_now(), .kind = EffectKind::break_cancelled, .brk = BreakKind::focus, .reason = Reason::focus});
        close_prompt();
    }
    state_.focus_active = false;
    state_.focus_on_break = false;
    state_.micro_held = false;
    emit({.at = wall_now(), .kind = EffectKind::focus_ended, .count = state_.focus_interval});
}

void Machine::on(const ev::SnoozeCutoff& e) {
    if (!state_.cutoff_sent)
        return refuse(Refusal::workday_not_ended);
    state_.cutoff_snoozed_until = wall_now() + e.length;
}

void Machine::on(const ev::ConfigChanged&) {
    // Engine has already swapped the settings in; withdraw what the new settings no longer allow.
    rederive_today();
    rederive_reading();
    if (state_.prompt.kind && state_.prompt.kind != BreakKind::focus && !break_settings(*state_.prompt.kind).enabled) {
        emit({.at = wall_now(),
              .kind = EffectKind::break_cancelled,
              .brk = state_.prompt.kind,
              .reason = Reason::settings});
        close_prompt();
    }
    if (state_.deferral.kind && !break_settings(*state_.deferral.kind).enabled)
        state_.deferral = Deferral{};
}

} // namespace respite::detail
