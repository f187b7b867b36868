#include "history/history_recorder.h"

#include "core/day_calendar.h"
#include "core/effect_json.h"

#include <date/date.h>

#include <algorithm>

namespace respite::history {
namespace {

std::int64_t ms(WallTime t) {
    return t.time_since_epoch().count();
}

} // namespace

std::string iso_date(int day) {
    return date::format("%F", date::sys_days{date::days{day}});
}

SpanState span_state(bool away, bool idle, bool busy) {
    return away ? SpanState::away : busy ? SpanState::busy : idle ? SpanState::idle : SpanState::active;
}

HistoryRecorder::HistoryRecorder(const LocalTime& local, WorkdaySettings workday)
    : local_(local), workday_(std::move(workday)) {}

int HistoryRecorder::day_of(WallTime at) const {
    return counting_day(local_, workday_.day_starts, at);
}

void HistoryRecorder::note_day(int day) {
    if (!days_seen_.insert(day).second)
        return;
    const DayInfo info = day_info(workday_, local_, day);
    batch_.days.push_back({.day = day,
                           .date = iso_date(day),
                           .working = info.working,
                           .work_start_ms = ms(info.start),
                           .work_end_ms = ms(info.end)});
    // Only the days around now matter for the "already sent" check: keep the set small over months of uptime.
    while (days_seen_.size() > 8)
        days_seen_.erase(days_seen_.begin());
}

// Hands out the open span up to `end`, cut at each counting day's end; what is left starts the next piece.
void HistoryRecorder::close_until(WallTime end) {
    if (!open_)
        return;
    end = std::max(end, open_->start);
    for (;;) {
        const int day = day_of(open_->start);
        note_day(day);
        const WallTime next = day_info(workday_, local_, day).next_begin;
        if (next <= open_->start || end <= next) {
            batch_.spans.push_back({ms(open_->start), ms(end), open_->state, day, iso_date(day)});
            return;
        }
        batch_.spans.push_back({ms(open_->start), ms(next), open_->state, day, iso_date(day)});
        open_->start = next;
        open_written_.reset();
    }
}

void HistoryRecorder::presence(WallTime at, SpanState state) {
    if (open_ && open_->state == state)
        return;
    if (open_) {
        at = std::max(at, open_->start);
        close_until(at);
        if (batch_.spans.back().start_ms == ms(at))
            batch_.spans.pop_back(); // nothing of it: the new state replaces it (same start)
    }
    open_ = Open{at, state};
    open_written_.reset();
}

void HistoryRecorder::effects(const std::vector<Effect>& effects) {
    for (const Effect& e : effects) {
        const int day = day_of(e.at);
        note_day(day);
        batch_.effects.push_back({.at_ms = ms(e.at),
                                  .day = day,
                                  .date = iso_date(day),
                                  .kind = std::string(to_string(e.kind)),
                                  .brk = e.brk ? std::string(to_string(*e.brk)) : std::string(),
                                  .duration_ms = e.duration.count(),
                                  .total_ms = e.total.count(),
                                  .count = e.count,
                                  .reason = std::string(reason_text(e))});
        if (e.kind == EffectKind::checkin_answered)
            batch_.checkins.push_back(
                {.day = day,
                 .date = iso_date(day),
                 .feeling = e.feeling ? std::optional<int>(static_cast<int>(*e.feeling)) : std::nullopt,
                 .note = e.note,
                 .answered_at_ms = ms(e.at)});
    }
}

bool HistoryRecorder::due(WallTime now) const {
    if (!batch_.empty())
        return true;
    if (!open_)
        return false;
    if (!open_written_ || now - *open_written_ >= span_refresh)
        return true;
    return day_of(now) != day_of(open_->start);
}

Batch HistoryRecorder::take(WallTime now) {
    if (open_) {
        // The open piece stays open: handed out with its end so far, rewritten (same start) as it grows.
        close_until(now);
        open_written_ = now;
    }
    return std::exchange(batch_, {});
}

std::optional<SpanState> HistoryRecorder::state() const {
    return open_ ? std::optional<SpanState>(open_->state) : std::nullopt;
}

HistoryWriter::HistoryWriter(HistoryStore& store, const LocalTime& local, WorkdaySettings workday, Duration keep)
    : store_(store), recorder_(local, std::move(workday)), keep_(keep) {}

void HistoryWriter::set_settings(WorkdaySettings workday, Duration keep) {
    recorder_.set_workday(std::move(workday));
    keep_ = keep;
}

void HistoryWriter::record(const std::vector<Effect>& effects, WallTime now, SpanState state, WallTime since) {
    recorder_.effects(effects);
    recorder_.presence(std::min(since, now), state);
    if (recorder_.due(now) || store_.has_pending())
        store_.write(recorder_.take(now));
    prune(now);
}

void HistoryWriter::flush(WallTime now) {
    store_.write(recorder_.take(now));
}

void HistoryWriter::prune(WallTime now) {
    const int today = recorder_.day_of(now);
    if (pruned_day_ == today || keep_ <= Duration::zero())
        return;
    pruned_day_ = today;
    store_.delete_before(recorder_.day_of(now - keep_));
}

} // namespace respite::history
