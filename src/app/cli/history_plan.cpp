// The plan's history recorder: the same recorder and store as the tray app's engine thread, fed simulated time.
#include "app/cli/plan_history.h"
#include "core/utf8_path.h"
#include "history/history_recorder.h"
#include "history/history_store.h"

namespace respite::cli {
namespace {

// Rows per transaction: a year of one-second activity is written in a few hundred transactions.
constexpr int rows_per_write = 5000;

class StoreRecorder final : public PlanRecorder {
public:
    StoreRecorder(std::unique_ptr<history::HistoryStore> store, const LocalTime& local, const Settings& settings)
        : store_(std::move(store)), recorder_(local, settings.workday) {}

    void presence(WallTime at, Presence presence, bool busy) override {
        recorder_.presence(at, history::span_state(presence == Presence::away, presence == Presence::idle, busy));
        written(at);
    }
    void effect(const Effect& effect) override {
        recorder_.effects({effect});
        written(effect.at);
    }
    std::string finish(WallTime end) override {
        store_->write(recorder_.take(end));
        return store_->take_problem();
    }

private:
    void written(WallTime now) {
        if (++rows_ < rows_per_write)
            return;
        rows_ = 0;
        store_->write(recorder_.take(now));
    }

    std::unique_ptr<history::HistoryStore> store_;
    history::HistoryRecorder recorder_;
    int rows_ = 0;
};

} // namespace

bool history_in_build() {
    return true;
}

std::unique_ptr<PlanRecorder> make_plan_recorder(const std::filesystem::path& file, const LocalTime& local,
                                                 const Settings& settings, std::string& error) {
    std::error_code ec;
    if (std::filesystem::exists(std::filesystem::symlink_status(file, ec))) {
        error = utf8(file) + " exists; --record-history writes a new file";
        return nullptr;
    }
    auto opened = history::HistoryStore::open(file, history::OpenMode::write);
    if (!opened.store) {
        error = opened.problem;
        return nullptr;
    }
    return std::make_unique<StoreRecorder>(std::move(opened.store), local, settings);
}

} // namespace respite::cli
