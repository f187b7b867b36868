#pragma once
// What the statistics window shows (issue 11): one week of the history as plain values, made by the app from the
// history store's summaries (src/app), drawn by the window (stats_window.h). No wx, no SQLite here.
#include "core/time.h"

#include <algorithm>
#include <array>
#include <optional>
#include <string>
#include <vector>

namespace respite::ui {

/// How the day felt (the stress check-in's five steps, calm to very stressed).
enum class Feeling { calm = 1, fine, tense, stressed, very_stressed };

/// One day of the week.
struct StatsDay {
    int day = 0;           ///< counting day (local days since 1970-01-01)
    int day_of_month = 1;  ///< 1-31, for the axis label
    bool working = false;  ///< a workday by the settings of that day
    bool recorded = false; ///< the history has anything for it (a missing day is drawn as such, not as zero)
    Duration work{};       ///< screen time inside the working hours
    Duration overtime{};   ///< screen time outside them (all of a day off)
    Duration workday{};    ///< the working hours' length (the line over the bar); 0 on a day off
    int taken = 0;         ///< breaks taken when prompted or asked for
    int natural = 0;       ///< idle or away stretches that counted as a break
    int prompted = 0;      ///< break prompts
    int skipped = 0;       ///< prompts skipped
    int postponed = 0;     ///< prompts postponed
    std::optional<Feeling> feeling;
};

/// What a stretch of the day's timeline was.
enum class SpanKind { active, idle, away, busy, on_break };

/// One stretch of the selected day, in local time from its midnight.
struct StatsSpan {
    Duration from{};
    Duration to{};
    SpanKind kind = SpanKind::active;
};

/// The whole window's content.
struct StatsWeek {
    int monday = 0;                       ///< counting day of the week's Monday
    int year = 2026, month = 1, mday = 1; ///< that Monday's date, for the heading
    std::array<StatsDay, 7> days{};       ///< Monday to Sunday
    int selected = 0;                     ///< 0-6: the day the timeline shows
    std::vector<StatsSpan> timeline;      ///< the selected day's stretches
    std::optional<Duration> cutoff;       ///< the selected day's workday end, drawn on the timeline
    std::optional<Duration> weekly_overtime_cap;
    /// The check-ins of the last weeks (oldest first; day and feeling), for the line under the week.
    std::vector<std::pair<int, Feeling>> feelings;
    bool history_off = false; ///< history.enabled is false: the window says so instead of charts
    std::string problem;      ///< the store could not be read: shown in words (with its path)
};

/// This week's totals, as the window's summary line shows them.
struct StatsTotals {
    Duration work{};
    Duration overtime{};
    int breaks_due = 0;   ///< prompted + natural
    int breaks_taken = 0; ///< taken + natural
    /// Breaks taken in percent of those due; nullopt when none was due.
    std::optional<int> percent_taken() const {
        if (breaks_due == 0)
            return std::nullopt;
        return (breaks_taken * 100 + breaks_due / 2) / breaks_due;
    }
};

/// Sums the week.
inline StatsTotals totals(const StatsWeek& week) {
    StatsTotals t;
    for (const StatsDay& d : week.days) {
        t.work += d.work;
        t.overtime += d.overtime;
        t.breaks_due += d.prompted + d.natural;
        t.breaks_taken += std::min(d.taken, d.prompted) + d.natural; // a break asked for is not a prompt taken
    }
    return t;
}

} // namespace respite::ui
