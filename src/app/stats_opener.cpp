#include "app/stats_opener.h"

#include "app/stats_week.h"
#include "core/day_calendar.h"
#include "history/history_path.h"
#include "ui/post_to_gui.h"
#include "ui/stats_window.h"

#include <atomic>
#include <thread>

namespace respite::app {

namespace {
class WorkerStatsOpener final : public StatsOpener {
public:
    WorkerStatsOpener(std::filesystem::path file, std::function<Settings()> settings)
        : shared_(std::make_shared<Shared>()), file_(std::move(file)), settings_(std::move(settings)),
          presenter_(ui::StatsActions{[this](int monday) { request(monday, -1); },
                                      [this](int monday, int index) { request(monday, index); }}) {}

    ~WorkerStatsOpener() override {
        shared_->alive = false;
        if (worker_.joinable())
            worker_.join();
    }

    void open() override {
        const Settings settings = settings_();
        const auto local = make_tz_local_time(settings.workday.timezone);
        const auto now = std::chrono::time_point_cast<Duration>(std::chrono::system_clock::now());
        const int today = counting_day(*local, settings.workday.day_starts, now);
        request(monday_of(today), today - monday_of(today));
    }

private:
    // What the worker and the posted task share with the window's owner: whether it still exists.
    struct Shared {
        std::atomic<bool> alive{true};
    };

    // Reads the week on the worker (`selected` -1: keep the selected weekday) and shows it on the GUI thread.
    void request(int monday, int selected) {
        if (selected < 0)
            selected = selected_;
        selected_ = selected;
        if (worker_.joinable())
            worker_.join(); // the previous read (milliseconds) ends first: answers arrive in order
        worker_ = std::thread([shared = shared_, file = file_, settings = settings_(), monday, selected, this] {
            const auto local = make_tz_local_time(settings.workday.timezone);
            ui::StatsWeek week = read_stats_week(file, monday, selected, settings, *local);
            ui::post_to_gui([shared, week = std::move(week), this] {
                if (shared->alive)
                    presenter_.show(week);
            });
        });
    }

    std::shared_ptr<Shared> shared_;
    std::filesystem::path file_;
    std::function<Settings()> settings_;
    ui::StatsPresenter presenter_;
    std::thread worker_;
    int selected_ = 0;
};
} // namespace

std::unique_ptr<StatsOpener> make_stats_opener(std::function<Settings()> settings, std::filesystem::path file) {
    if (file.empty())
        file = history::default_history_file();
    return std::make_unique<WorkerStatsOpener>(std::move(file), std::move(settings));
}

} // namespace respite::app
