#include "app/history_views.h"

#include "app/history_reader.h"
#include "app/stats_week.h"
#include "core/day_calendar.h"
#include "history/history_path.h"
#include "ui/stats_window.h"

#include <numeric>

namespace respite::app {

namespace {
// The mean check-in of a week's days (1 calm ... 5 very stressed), or none.
std::optional<double> mean_feeling(const ui::StatsWeek& week) {
    double sum = 0;
    int n = 0;
    for (const ui::StatsDay& d : week.days)
        if (d.feeling) {
            sum += static_cast<int>(*d.feeling);
            ++n;
        }
    return n == 0 ? std::nullopt : std::optional<double>(sum / n);
}

ui::WeekFeeling compare(const ui::StatsWeek& now, const ui::StatsWeek& before) {
    const auto a = mean_feeling(now), b = mean_feeling(before);
    if (!a || !b)
        return ui::WeekFeeling::unknown;
    if (*a < *b - 0.25)
        return ui::WeekFeeling::calmer;
    if (*a > *b + 0.25)
        return ui::WeekFeeling::more_stressed;
    return ui::WeekFeeling::same;
}

class WorkerHistoryViews final : public HistoryViews {
public:
    explicit WorkerHistoryViews(HistoryViewsPorts ports)
        : ports_(std::move(ports)),
          presenter_(ui::StatsActions{[this](int monday) { request(monday, -1); },
                                      [this](int monday, int index) { request(monday, index); }}) {}

    void open_statistics() override {
        const int day = today();
        request(monday_of(day), day - monday_of(day));
    }

    void on_effects(const std::vector<Effect>& effects) override {
        const Settings settings = ports_.settings();
        if (!settings.history.enabled || !ports_.notify)
            return;
        for (const Effect& e : effects) {
            if (e.kind != EffectKind::cutoff)
                continue;
            const auto local = make_tz_local_time(settings.workday.timezone);
            const int day = counting_day(*local, settings.workday.day_starts, e.at);
            if (!last_workday_of_week(day, settings.workday.days) || summarized_monday_ == monday_of(day))
                continue;
            summarized_monday_ = monday_of(day); // once a week, also when the cutoff comes again late
            summarize(monday_of(day), settings);
        }
    }

private:
    int today() const {
        const Settings settings = ports_.settings();
        const auto local = make_tz_local_time(settings.workday.timezone);
        const auto now = std::chrono::time_point_cast<Duration>(std::chrono::system_clock::now());
        return counting_day(*local, settings.workday.day_starts, now);
    }

    // Reads the week (`selected` -1: keep the selected weekday) and shows it in the window.
    void request(int monday, int selected) {
        if (selected < 0)
            selected = selected_;
        selected_ = selected;
        reader_.run([this, file = file(), settings = ports_.settings(), monday, selected]() -> std::function<void()> {
            const auto local = make_tz_local_time(settings.workday.timezone);
            return [this, week = read_stats_week(file, monday, selected, settings, *local)] { presenter_.show(week); };
        });
    }

    // Reads this week and the one before and notifies the summary.
    void summarize(int monday, const Settings& settings) {
        reader_.run([this, file = file(), settings, monday]() -> std::function<void()> {
            const auto local = make_tz_local_time(settings.workday.timezone);
            const ui::StatsWeek week = read_stats_week(file, monday, 0, settings, *local);
            const ui::StatsWeek before = read_stats_week(file, monday - 7, 0, settings, *local);
            if (!week.problem.empty())
                return {};
            const ui::StatsTotals t = ui::totals(week);
            return [this, text = ui::weekly_summary_message(t.work + t.overtime, t.overtime, t.percent_taken(),
                                                            compare(week, before))] { ports_.notify(text); };
        });
    }

    std::filesystem::path file() const { return ports_.file.empty() ? history::default_history_file() : ports_.file; }

    HistoryViewsPorts ports_;
    ui::StatsPresenter presenter_;
    int selected_ = 0;
    int summarized_monday_ = 0;
    HistoryReader reader_; // last: destroyed (joined) first, before what its tasks use
};
} // namespace

std::unique_ptr<HistoryViews> make_history_views(HistoryViewsPorts ports) {
    return std::make_unique<WorkerHistoryViews>(std::move(ports));
}

} // namespace respite::app
