// Reading mode (issue 13): while the user reads or watches, idle time at the screen is screen time and never a
// natural break; time away (lock, sleep, app off) is rest as before. Two causes, each with its own effects:
// - the toggle: ends by itself at activity.reading_max after it was turned on, or at the workday's end when it was
//   turned on before it, and with its counting day; it survives a restart (state.json);
// - an idle inhibitor (a video player, a call, a presentation) while activity.inhibitor_is_reading: it lasts while
//   the inhibitor lasts, with no cap. A stuck inhibitor costs natural breaks only, never a prompt: the breaks still
//   fall due on screen time, so erring this way never means fewer reminders.
#include "core/machine.h"

namespace respite::detail {

bool Machine::reading() const {
    return state_.reading.until.has_value() || state_.reading.inhibitor_counts;
}

bool Machine::at_screen() const {
    return state_.presence == Presence::active || (state_.presence == Presence::idle && reading());
}

std::optional<WallTime> Machine::reading_end() const {
    if (!state_.reading.until)
        return std::nullopt;
    WallTime end = *state_.reading.until;
    const DayInfo& d = today();
    if (d.working && state_.reading.since < d.end)
        end = std::min(end, d.end);
    return end;
}

void Machine::end_reading(Reason reason) {
    if (!state_.reading.until)
        return;
    const bool was_resting = resting();
    state_.reading.until.reset();
    emit({.at = wall_now(), .kind = EffectKind::reading_ended, .reason = reason});
    rest_changed(was_resting, now_);
}

void Machine::set_inhibitor_counts(bool counts, Reason reason) {
    if (counts == state_.reading.inhibitor_counts)
        return;
    const bool was_resting = resting();
    state_.reading.inhibitor_counts = counts;
    emit(
        {.at = wall_now(), .kind = counts ? EffectKind::reading_started : EffectKind::reading_ended, .reason = reason});
    rest_changed(was_resting, now_);
}

bool Machine::fire_reading() {
    const auto end = reading_end();
    if (!end || wall_now() < *end)
        return false;
    end_reading(end == state_.reading.until ? Reason::limit : Reason::cutoff);
    return true;
}

void Machine::on(const ev::ReadingOn& e) {
    if (state_.reading.until)
        return; // already on: the cap counts from the first "on", so a second one cannot stretch it
    const bool was_resting = resting();
    state_.reading.since = wall_now();
    state_.reading.until = wall_now() + settings_->activity_reading_max;
    state_.reading.source = e.source;
    emit({.at = wall_now(), .kind = EffectKind::reading_started, .until = reading_end(), .reason = Reason::user});
    rest_changed(was_resting, now_);
}

void Machine::on(const ev::ReadingOff&) {
    end_reading(Reason::user); // nothing when it is off already
}

void Machine::on(const ev::InhibitorStarted&) {
    state_.reading.inhibitor = true;
    set_inhibitor_counts(settings_->activity_inhibitor_is_reading, Reason::inhibitor);
}

void Machine::on(const ev::InhibitorEnded&) {
    state_.reading.inhibitor = false;
    set_inhibitor_counts(false, Reason::inhibitor);
}

void Machine::rederive_reading() {
    // New settings: the cap counts from when the toggle was turned on, and the inhibitor follows the new setting.
    if (state_.reading.until)
        state_.reading.until = state_.reading.since + settings_->activity_reading_max;
    set_inhibitor_counts(state_.reading.inhibitor && settings_->activity_inhibitor_is_reading, Reason::settings);
}

void Machine::add_reading_events(std::vector<Duration>& out) const {
    if (const auto end = reading_end())
        out.push_back(timeline(*end));
}

} // namespace respite::detail
