#pragma once
// Turns what the engine produced (effects, and the user's presence over time) into history rows: effects with
// their counting day, presence spans cut at counting-day boundaries, each day's working window, and a prune of rows
// older than history.keep once per counting day. Store-agnostic; HistoryWriter hands its batches to the store.
#include "core/effect.h"
#include "core/local_time.h"
#include "core/settings.h"
#include "history/history_store.h"

#include <optional>
#include <set>
#include <vector>

namespace respite::history {

/// Collects rows between writes. Not thread-safe: one owner (the engine thread, the plan simulator).
class HistoryRecorder {
public:
    /// The open span is rewritten when it is this old: less than the driver's one-minute checkpoint wake-up, so every
    /// checkpoint writes it and a kill -9 loses at most about a minute of it.
    static constexpr Duration span_refresh = std::chrono::seconds(30);

    HistoryRecorder(const LocalTime& local, WorkdaySettings workday);
    /// New working hours (a reload): days not yet recorded use them.
    void set_workday(WorkdaySettings workday) { workday_ = std::move(workday); }
    /// The user is in `state` from `at` on (a later state than the open span's closes it there).
    void presence(WallTime at, SpanState state);
    /// Effects, in time order.
    void effects(const std::vector<Effect>& effects);
    /// Whether take(now) has something worth a transaction: effects, a closed span, a new day, or an open span
    /// last written `span_refresh` ago or more.
    bool due(WallTime now) const;
    /// The rows gathered since the last take, with the open span so far (up to `now`).
    Batch take(WallTime now);
    /// The open span's state, if any.
    std::optional<SpanState> state() const;
    /// The counting day of `at`.
    int day_of(WallTime at) const;

private:
    struct Open {
        WallTime start;
        SpanState state;
    };
    void close_until(WallTime end);
    void note_day(int day);

    const LocalTime& local_;
    WorkdaySettings workday_;
    std::optional<Open> open_;
    std::optional<WallTime> open_written_; ///< when the open span was last handed out
    Batch batch_;
    std::set<int> days_seen_;
};

/// "2026-11-23" for local days since 1970-01-01.
std::string iso_date(int day);
/// The recorder's state for a presence and busy flag.
SpanState span_state(bool away, bool idle, bool busy);

/// A recorder writing into a store: the engine thread's (and `plan --record-history`'s) history writer.
class HistoryWriter {
public:
    HistoryWriter(HistoryStore& store, const LocalTime& local, WorkdaySettings workday, Duration keep);
    /// New settings (a reload).
    void set_settings(WorkdaySettings workday, Duration keep);
    /// One batch of the engine: its effects and the presence after them (from `since`, <= now), written in one
    /// transaction when there is something to write (never a write of its own otherwise).
    void record(const std::vector<Effect>& effects, WallTime now, SpanState state, WallTime since);
    /// Writes what is pending now (the app stops, the plan ends).
    void flush(WallTime now);
    /// The one-time problem message, if any ("" when none).
    std::string take_problem() { return store_.take_problem(); }
    /// The recorder (tests, the plan).
    HistoryRecorder& recorder() { return recorder_; }

private:
    void prune(WallTime now);

    HistoryStore& store_;
    HistoryRecorder recorder_;
    Duration keep_;
    std::optional<int> pruned_day_;
};

} // namespace respite::history
