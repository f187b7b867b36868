// The stress check-in (issue 11): "How did today feel?" at the end of a working day, at most once a counting
// day; never over a break window, breathing, while busy or paused (it waits until that ends, the same counting day).
#include "core/machine.h"

#include <date/date.h>

namespace respite::detail {

std::optional<WallTime> Machine::checkin_time() const {
    const CheckinSettings& cs = settings_->checkin;
    const DayInfo& d = today();
    if (!cs.enabled || state_.checkin_sent || !d.working || d.day != state_.day)
        return std::nullopt;
    if (cs.at.when == CheckinWhen::cutoff)
        return d.end;
    // A time earlier than day_starts belongs to the night after (the same counting day), like workday.end.
    const int calendar_day = cs.at.time < settings_->workday.day_starts ? d.day + 1 : d.day;
    return local_.to_utc(LocalInstant{date::local_days{date::days{calendar_day}} + cs.at.time});
}

bool Machine::fire_checkin() {
    const auto at = checkin_time();
    const WallTime w = wall_now();
    if (!at || w < *at || !present() || paused() || state_.busy || state_.breathing || state_.prompt.kind)
        return false;
    // Asked at the cutoff: after it (the cutoff notice comes first, in the same batch).
    if (settings_->checkin.at.when == CheckinWhen::cutoff && !state_.cutoff_sent)
        return false;
    state_.checkin_sent = true;
    emit({.at = w, .kind = EffectKind::checkin_prompt});
    return true;
}

void Machine::add_checkin_events(std::vector<Duration>& out) const {
    if (const auto at = checkin_time()) {
        out.push_back(timeline(*at));
        // A pause ends on its own; the check-in then comes at once.
        if (state_.paused_until)
            out.push_back(timeline(*state_.paused_until));
    }
}

void Machine::on(const ev::CheckinAnswered& e) {
    // Switched off (by the user or by policy): nothing is recorded.
    if (!settings_->checkin.enabled)
        return;
    state_.checkin_sent = true;
    emit({.at = wall_now(), .kind = EffectKind::checkin_answered, .feeling = e.feeling, .note = checkin_note(e.note)});
}

} // namespace respite::detail
