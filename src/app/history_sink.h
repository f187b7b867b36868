#pragma once
// Where the engine thread's batches go besides the GUI: the history store (issue 11, DESIGN.md §2 "History
// writes run on the engine thread, batched with the effects"). An interface, so the driver stays testable with a
// recording fake and builds without SQLite.
#include "core/effect.h"
#include "core/settings.h"
#include "core/status.h"

#include <filesystem>
#include <functional>
#include <memory>
#include <string>
#include <vector>

namespace respite {
class LocalTime;
}

namespace respite::app {

/// Receives every batch of the engine thread, on the engine thread.
class HistorySink {
public:
    virtual ~HistorySink() = default;
    /// One batch: its effects (maybe none), the status after it, the settings in force, and since when the
    /// status's presence holds (earlier than status.at when an idle monitor reported late).
    virtual void record(const std::vector<Effect>& effects, const Status& status, const Settings& settings,
                        WallTime since) = 0;
    /// The app stops: write what is pending.
    virtual void finish(const Status& status) = 0;
};

/// Tells the user a history problem once (called on the engine thread).
using TellProblem = std::function<void(const std::string&)>;
/// The store-backed sink for `file` (empty: the default history file), opened at the first batch with
/// history.enabled (nothing is opened while it is off); nullptr in a build without history.
std::unique_ptr<HistorySink> make_history_sink(const LocalTime& local, TellProblem tell,
                                               std::filesystem::path file = {});

} // namespace respite::app
