#include "app/stats_week.h"

#include "core/utf8_path.h"
#include "history/history_queries.h"
#include "history/history_store.h"

#include <date/date.h>

#include <algorithm>

namespace respite::app {

namespace {
using std::chrono::milliseconds;

ui::SpanKind kind_of(history::SpanState state) {
    switch (state) {
    case history::SpanState::active:
        return ui::SpanKind::active;
    case history::SpanState::idle:
        return ui::SpanKind::idle;
    case history::SpanState::away:
        return ui::SpanKind::away;
    case history::SpanState::busy:
        return ui::SpanKind::busy;
    }
    return ui::SpanKind::active;
}

// A UTC instant as the local time since the local midnight of counting day `day` (a day may run past 24 h when
// it starts at 04:00; the timeline shows 0-24 h).
Duration since_midnight(std::int64_t utc_ms, int day, const LocalTime& local) {
    const LocalInstant at = local.to_local(WallTime(milliseconds(utc_ms)));
    const auto midnight = date::local_days(date::days(day));
    return std::chrono::duration_cast<Duration>(at - midnight);
}

bool ends_break(const std::string& kind) {
    return kind == "break_finished" || kind == "break_skipped" || kind == "break_cancelled";
}

// The selected day's stretches, with the breaks taken drawn over them.
void fill_timeline(history::Db& db, int day, const LocalTime& local, ui::StatsWeek& week) {
    const auto facts = history::facts(db, day, day);
    if (!facts)
        return;
    for (const history::SpanRow& s : facts->spans)
        week.timeline.push_back(
            {since_midnight(s.start_ms, day, local), since_midnight(s.end_ms, day, local), kind_of(s.state)});
    const auto& effects = facts->effects;
    for (std::size_t i = 0; i < effects.size(); ++i) {
        if (effects[i].kind != "break_started")
            continue;
        std::int64_t end = effects[i].at_ms + effects[i].duration_ms;
        for (std::size_t j = i + 1; j < effects.size(); ++j)
            if (ends_break(effects[j].kind)) {
                end = std::min(end, effects[j].at_ms);
                break;
            }
        week.timeline.push_back(
            {since_midnight(effects[i].at_ms, day, local), since_midnight(end, day, local), ui::SpanKind::on_break});
    }
    for (const history::DayRow& d : facts->days)
        if (d.working && d.work_end_ms > 0)
            week.cutoff = since_midnight(d.work_end_ms, day, local);
}
} // namespace

ui::StatsWeek read_stats_week(const std::filesystem::path& file, int monday, int selected, const Settings& settings,
                              const LocalTime& local) {
    ui::StatsWeek week;
    week.monday = monday;
    week.selected = std::clamp(selected, 0, 6);
    const date::year_month_day ymd{date::sys_days(date::days(monday))};
    week.year = static_cast<int>(ymd.year());
    week.month = static_cast<int>(static_cast<unsigned>(ymd.month()));
    week.mday = static_cast<int>(static_cast<unsigned>(ymd.day()));
    if (settings.workday.weekly_overtime_cap > Duration::zero())
        week.weekly_overtime_cap = settings.workday.weekly_overtime_cap;
    week.history_off = !settings.history.enabled;
    for (int i = 0; i < 7; ++i) {
        ui::StatsDay& d = week.days[static_cast<std::size_t>(i)];
        d.day = monday + i;
        d.day_of_month =
            static_cast<int>(static_cast<unsigned>(date::year_month_day{date::sys_days(date::days(d.day))}.day()));
    }
    std::error_code ec;
    if (!std::filesystem::exists(file, ec))
        return week; // nothing recorded yet
    auto opened = history::HistoryStore::open(file, history::OpenMode::read);
    if (!opened.store) {
        week.problem = opened.problem.empty() ? utf8(file) + ": cannot be read" : opened.problem;
        return week;
    }
    history::Db& db = opened.store->db();
    const auto summaries = history::day_summaries(db, monday, monday + 6);
    if (!summaries) {
        week.problem = utf8(file) + ": " + db.error();
        return week;
    }
    for (const history::DaySummary& s : *summaries) {
        const int i = s.day - monday;
        if (i < 0 || i > 6)
            continue;
        ui::StatsDay& d = week.days[static_cast<std::size_t>(i)];
        d.recorded = true;
        d.working = s.working;
        d.work = milliseconds(s.work_ms);
        d.overtime = milliseconds(s.overtime_ms);
        d.taken = s.breaks.taken;
        d.natural = s.breaks.natural;
        d.prompted = s.breaks.prompted;
        d.skipped = s.breaks.skipped;
        d.postponed = s.breaks.postponed;
        if (s.feeling)
            d.feeling = static_cast<ui::Feeling>(std::clamp(*s.feeling, 1, 5));
    }
    // The check-ins of the three weeks before and this one, for the line under the week.
    if (const auto recent = history::day_summaries(db, monday - 21, monday + 6))
        for (const history::DaySummary& s : *recent)
            if (s.feeling)
                week.feelings.emplace_back(s.day, static_cast<ui::Feeling>(std::clamp(*s.feeling, 1, 5)));
    if (const auto facts = history::facts(db, monday, monday + 6))
        for (const history::DayRow& r : facts->days)
            if (r.day >= monday && r.day <= monday + 6 && r.working)
                week.days[static_cast<std::size_t>(r.day - monday)].workday =
                    milliseconds(r.work_end_ms - r.work_start_ms);
    fill_timeline(db, monday + week.selected, local, week);
    return week;
}

} // namespace respite::app
