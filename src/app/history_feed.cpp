// The engine thread's history writer: a HistoryWriter over the default history file, opened while
// history.enabled is on and closed (after a last write) when it goes off.
#include "app/history_sink.h"
#include "history/history_path.h"
#include "history/history_recorder.h"

#include <optional>

namespace respite::app {
namespace {

class StoreSink final : public HistorySink {
public:
    StoreSink(const LocalTime& local, TellProblem tell, std::filesystem::path file)
        : local_(local), tell_(std::move(tell)), file_(std::move(file)) {}

    void record(const std::vector<Effect>& effects, const Status& status, const Settings& settings,
                WallTime since) override {
        if (!settings.history.enabled) {
            close(status);
            return;
        }
        if (!open(settings))
            return;
        writer_->set_settings(settings.workday, settings.history.keep);
        writer_->record(effects, status.at, state_of(status), since);
        tell(writer_->take_problem());
    }

    void finish(const Status& status) override { close(status); }

private:
    static history::SpanState state_of(const Status& s) {
        return history::span_state(s.presence == Presence::away, s.presence == Presence::idle, s.busy);
    }

    bool open(const Settings& settings) {
        if (writer_)
            return true;
        if (refused_)
            return false;
        auto opened = history::HistoryStore::open(file_, history::OpenMode::write);
        tell(opened.problem);
        if (!opened.store) {
            refused_ = true; // a newer file or no folder: told once, not retried at every batch
            return false;
        }
        store_ = std::move(opened.store);
        writer_.emplace(*store_, local_, settings.workday, settings.history.keep);
        return true;
    }

    void close(const Status& status) {
        if (!writer_)
            return;
        writer_->recorder().presence(status.at, history::SpanState::away);
        writer_->flush(status.at);
        tell(writer_->take_problem());
        writer_.reset();
        store_.reset();
    }

    void tell(const std::string& problem) {
        if (!problem.empty() && tell_)
            tell_(problem);
    }

    const LocalTime& local_;
    TellProblem tell_;
    std::filesystem::path file_;
    std::unique_ptr<history::HistoryStore> store_;
    std::optional<history::HistoryWriter> writer_;
    bool refused_ = false;
};

} // namespace

std::unique_ptr<HistorySink> make_history_sink(const LocalTime& local, TellProblem tell, std::filesystem::path file) {
    return std::make_unique<StoreSink>(local, std::move(tell),
                                       file.empty() ? history::default_history_file() : std::move(file));
}

} // namespace respite::app
