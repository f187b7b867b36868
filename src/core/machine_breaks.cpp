// Break rules of DESIGN.md §4: heads-up, prompts, countdown, natural breaks, folding, deferral, focus.
#include "core/machine.h"

#include <algorithm>

namespace respite::detail {

Duration Machine::due_threshold(BreakKind kind) const {
    const BreakCounter& c = counter(kind);
    return c.reprompt_at.value_or(break_settings(kind).every);
}

bool Machine::micro_folded() const {
    if (!settings_->rest_break.enabled)
        return false;
    if (state_.prompt.kind == BreakKind::rest || state_.deferral.kind == BreakKind::rest)
        return true;
    // Both counters advance together, so "the rest break comes less than one micro interval after this
    // micro-break" is the same question at heads-up time and at due time.
    const Duration rest_left = due_threshold(BreakKind::rest) - state_.rest.counted;
    const Duration micro_left = due_threshold(BreakKind::micro) - state_.micro.counted;
    return rest_left - micro_left < settings_->micro_break.every;
}

void Machine::prompt(BreakKind kind, Duration length, Reason reason) {
    state_.prompt =
        PromptState{.kind = kind, .length = length, .done = {}, .since = now_, .started = false, .reason = reason};
    int postpones_left = 0;
    if (kind != BreakKind::focus) {
        BreakCounter& c = counter(kind);
        c.heads_up_sent = true;
        postpones_left =
            settings_->prompts.strict ? 0 : std::max(0, settings_->prompts.max_postpones - c.postpones_used);
    }
    emit({.at = wall_now(),
          .kind = EffectKind::break_prompt,
          .brk = kind,
          .duration = length,
          .count = postpones_left,
          .reason = reason});
}

void Machine::close_prompt() {
    state_.prompt = PromptState{};
}

void Machine::reset_counter(BreakKind kind) {
    if (kind != BreakKind::focus)
        counter(kind) = BreakCounter{};
}

void Machine::credit(BreakKind kind) {
    reset_counter(kind);
    if (kind == BreakKind::rest)
        reset_counter(BreakKind::micro);
    state_.micro_held = false;
    if (state_.deferral.kind == kind || kind == BreakKind::rest)
        state_.deferral = Deferral{};
    if (resting()) {
        // The rest of this idle stretch is part of the break just counted, not new work.
        state_.stretch_micro = true;
        if (kind == BreakKind::rest)
            state_.stretch_rest = true;
    }
}

void Machine::finish_prompt(Reason reason) {
    const PromptState p = state_.prompt;
    close_prompt();
    emit({.at = wall_now(), .kind = EffectKind::break_finished, .brk = p.kind, .duration = p.length, .reason = reason});
    if (p.kind != BreakKind::focus) {
        credit(*p.kind);
        return;
    }
    // A focus break counts as the ordinary breaks it is long enough to be.
    if (settings_->rest_break.enabled && p.length >= settings_->rest_break.duration)
        credit(BreakKind::rest);
    else if (p.length >= settings_->micro_break.duration)
        credit(BreakKind::micro);
    start_next_focus_interval();
}

void Machine::start_next_focus_interval() {
    state_.focus_on_break = false;
    state_.focus_elapsed = Duration::zero();
    ++state_.focus_interval;
    emit({.at = wall_now(),
          .kind = EffectKind::focus_started,
          .duration = settings_->focus.work,
          .count = state_.focus_interval});
}

void Machine::defer(BreakKind kind, Duration latest, Reason reason) {
    state_.deferral = Deferral{.kind = kind, .since = now_, .latest = latest, .reason = reason};
    emit({.at = wall_now(), .kind = EffectKind::break_deferred, .brk = kind, .until = wall(latest), .reason = reason});
}

bool Machine::fire_prompt_progress() {
    bool fired = false;
    if (state_.prompt.kind && !state_.prompt.started && state_.presence != Presence::active) {
        state_.prompt.started = true;
        emit({.at = wall_now(),
              .kind = EffectKind::break_started,
              .brk = state_.prompt.kind,
              .duration = state_.prompt.length - state_.prompt.done});
        fired = true;
    }
    if (state_.prompt.kind && state_.prompt.done >= state_.prompt.length) {
        finish_prompt(Reason::none);
        fired = true;
    }
    return fired;
}

bool Machine::fire_natural_breaks() {
    if (!resting())
        return false;
    const Duration stretch = now_ - state_.stretch_start;
    const auto natural = [&](BreakKind kind) {
        const auto& prompted = state_.prompt.kind;
        if (prompted == BreakKind::focus || (kind == BreakKind::micro && prompted == BreakKind::rest)) {
            credit(kind); // part of the longer break under way, not a break of its own
            return;
        }
        if (prompted == kind || (prompted == BreakKind::micro && kind == BreakKind::rest)) {
            finish_prompt(Reason::natural);
            if (kind == BreakKind::rest)
                credit(kind);
            return;
        }
        emit({.at = wall_now(), .kind = EffectKind::natural_break, .brk = kind, .duration = stretch});
        credit(kind);
    };
    bool fired = false;
    if (!state_.stretch_micro && settings_->micro_break.enabled && stretch >= settings_->micro_break.duration) {
        state_.stretch_micro = true;
        natural(BreakKind::micro);
        fired = true;
    }
    if (!state_.stretch_rest && settings_->rest_break.enabled && stretch >= settings_->rest_break.duration) {
        state_.stretch_rest = true;
        natural(BreakKind::rest);
        fired = true;
    }
    return fired;
}

bool Machine::fire_breaks() {
    bool fired = false;
    if (state_.paused_until && wall_now() >= *state_.paused_until) {
        state_.paused_until.reset();
        emit({.at = wall_now(), .kind = EffectKind::pause_ended});
        fired = true;
    }
    if (state_.breathing && state_.breathing_done >= state_.breathing_length) {
        finish_breathing();
        fired = true;
    }
    const FocusSettings& focus = settings_->focus;
    if (focus_work_running() && state_.focus_elapsed >= focus.work && can_prompt() && !state_.busy) {
        if (state_.prompt.kind) {
            emit({.at = wall_now(),
                  .kind = EffectKind::break_cancelled,
                  .brk = state_.prompt.kind,
                  .reason = Reason::focus});
            close_prompt();
        }
        const bool long_break = focus.long_break_after > 0 && state_.focus_interval % focus.long_break_after == 0;
        state_.focus_on_break = true;
        state_.micro_held = false;
        prompt(BreakKind::focus, long_break ? focus.long_break : focus.short_break, Reason::focus);
        fired = true;
    }
    if (state_.deferral.kind && !state_.prompt.kind && can_prompt()) {
        const bool waits_for_time = state_.deferral.escape;
        if (now_ >= state_.deferral.latest || (!waits_for_time && !state_.busy)) {
            const BreakKind kind = *state_.deferral.kind;
            state_.deferral = Deferral{};
            prompt(kind, break_settings(kind).duration, Reason::deferred);
            fired = true;
        }
    }
    fired |= fire_due(BreakKind::rest);
    fired |= fire_due(BreakKind::micro);
    return fired;
}

bool Machine::fire_due(BreakKind kind) {
    const BreakSettings& bs = break_settings(kind);
    BreakCounter& c = counter(kind);
    if (!bs.enabled || !can_prompt())
        return false;
    const bool focus_work = state_.focus_active && !state_.focus_on_break;
    const bool held_by_focus = kind == BreakKind::micro && focus_work;
    bool fired = false;
    const Duration heads_up = settings_->prompts.heads_up;
    if (heads_up > Duration::zero() && !c.heads_up_sent && !c.reprompt_at && c.counted >= bs.every - heads_up &&
        c.counted < bs.every && !state_.busy && !state_.prompt.kind && !state_.deferral.kind && !held_by_focus &&
        !(kind == BreakKind::micro && micro_folded())) {
        c.heads_up_sent = true;
        emit({.at = wall_now(), .kind = EffectKind::heads_up, .brk = kind, .duration = bs.every - c.counted});
        fired = true;
    }
    if (c.counted < due_threshold(kind) || state_.prompt.kind == kind || state_.deferral.kind == kind)
        return fired;
    if (kind == BreakKind::micro) {
        if (micro_folded() && !state_.prompt.kind && !state_.deferral.kind && !c.heads_up_sent) {
            // Said once (the micro-break counts as announced), so a timeline explains the gap until the rest break.
            c.heads_up_sent = true;
            emit({.at = wall_now(), .kind = EffectKind::break_folded, .brk = kind, .reason = Reason::rest});
            return true;
        }
        if (micro_folded() || state_.prompt.kind || state_.deferral.kind)
            return fired;
        if (held_by_focus) {
            if (!state_.micro_held) {
                state_.micro_held = true;
                emit({.at = wall_now(), .kind = EffectKind::break_deferred, .brk = kind, .reason = Reason::focus});
                fired = true;
            }
            return fired;
        }
    } else {
        if (state_.prompt.kind == BreakKind::focus)
            return fired;
        if (state_.prompt.kind == BreakKind::micro) {
            emit({.at = wall_now(),
                  .kind = EffectKind::break_cancelled,
                  .brk = BreakKind::micro,
                  .reason = Reason::rest});
            close_prompt();
        }
        if (state_.deferral.kind == BreakKind::micro) {
            const bool escape = state_.deferral.escape;
            defer(kind, state_.deferral.latest, state_.deferral.reason);
            state_.deferral.escape = escape;
            return true;
        }
    }
    if (state_.busy) {
        defer(kind, now_ + settings_->prompts.max_deferral, reason_of(state_.busy_reason));
        return true;
    }
    prompt(kind, bs.duration, c.reprompt_at ? Reason::postponed : Reason::none);
    return true;
}

void Machine::add_break_events(std::vector<Duration>& out) const {
    for (const BreakKind kind : {BreakKind::micro, BreakKind::rest}) {
        if (!counts(kind))
            continue;
        const BreakCounter& c = counter(kind);
        const Duration heads_up = settings_->prompts.heads_up;
        const Duration every = break_settings(kind).every;
        if (heads_up > Duration::zero() && !c.heads_up_sent && !c.reprompt_at && c.counted < every - heads_up)
            out.push_back(now_ + (every - heads_up - c.counted));
        if (c.counted < due_threshold(kind))
            out.push_back(now_ + (due_threshold(kind) - c.counted));
    }
    if (resting()) {
        if (!state_.stretch_micro && settings_->micro_break.enabled)
            out.push_back(state_.stretch_start + settings_->micro_break.duration);
        if (!state_.stretch_rest && settings_->rest_break.enabled)
            out.push_back(state_.stretch_start + settings_->rest_break.duration);
    }
    if (state_.presence != Presence::active && state_.prompt.kind)
        out.push_back(now_ + (state_.prompt.length - state_.prompt.done));
    if (state_.deferral.kind)
        out.push_back(state_.deferral.latest);
    if (focus_work_running())
        out.push_back(now_ + (settings_->focus.work - state_.focus_elapsed));
    if (state_.breathing)
        out.push_back(now_ + (state_.breathing_length - state_.breathing_done));
    if (state_.paused_until)
        out.push_back(timeline(*state_.paused_until));
}

} // namespace respite::detail
