#pragma once
// Reads of the history file for the GUI (the statistics window, the weekly summary): one at a time on a worker
// thread, never on the GUI thread (DESIGN.md §2), each result handed to the GUI thread as a task. Destroying the
// reader waits for a read still running and drops its task.
#include <atomic>
#include <functional>
#include <memory>
#include <thread>

namespace respite::app {

/// One worker for reads whose results go to the GUI thread. GUI thread only.
class HistoryReader {
public:
    HistoryReader() = default;
    ~HistoryReader();
    HistoryReader(const HistoryReader&) = delete;
    HistoryReader& operator=(const HistoryReader&) = delete;

    /// Runs `read` on the worker (after the previous read ended: results arrive in order); the task it returns
    /// runs on the GUI thread, unless this reader is gone by then.
    void run(std::function<std::function<void()>()> read);

private:
    std::shared_ptr<std::atomic<bool>> alive_ = std::make_shared<std::atomic<bool>>(true);
    std::thread worker_;
};

} // namespace respite::app
