#pragma once
// The summaries of the history (DESIGN.md §9): per counting day and their totals, derived by SQL from the facts,
// never stored; and the facts themselves for export.
#include "history/history_rows.h"
#include "history/sqlite_db.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace respite::history {

/// Break figures of a day or a range.
struct BreakCounts {
    int taken = 0;     ///< break_finished: a prompted or asked-for break taken in full
    int natural = 0;   ///< natural_break: an idle or away stretch that counted
    int prompted = 0;  ///< break_prompt
    int skipped = 0;   ///< break_skipped
    int postponed = 0; ///< break_postponed
    bool operator==(const BreakCounts&) const = default;
};

/// One counting day's summary. Times in milliseconds.
struct DaySummary {
    int day = 0;
    std::string date;
    bool working = false;
    std::int64_t screen_ms = 0;   ///< present (active, idle, busy)
    std::int64_t work_ms = 0;     ///< present inside the working hours
    std::int64_t overtime_ms = 0; ///< present after the end, or all of a non-working day (the engine's rule)
    BreakCounts breaks;
    std::optional<int> feeling; ///< the check-in's answer, 1 (calm) ... 5 (very stressed); none: not answered
};

/// The days from `from` to `to` (counting days, inclusive) that have any history, in order; nullopt on error
/// (db.error() says why).
std::optional<std::vector<DaySummary>> day_summaries(Db& db, int from, int to);
/// The sum of `days` (day, date and working unset).
DaySummary total(const std::vector<DaySummary>& days);

/// Everything recorded from `from` to `to`, for export.
struct Facts {
    std::vector<DayRow> days;
    std::vector<SpanRow> spans;
    std::vector<EffectRow> effects;
    std::vector<CheckinRow> checkins;
};
/// The facts of the days from `from` to `to`; nullopt on error.
std::optional<Facts> facts(Db& db, int from, int to);
/// The range of counting days recorded (nullopt when the file is empty).
std::optional<std::pair<int, int>> recorded_days(Db& db);

} // namespace respite::history
