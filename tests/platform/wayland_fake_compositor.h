#pragma once
// A minimal Wayland server for tests: advertises wl_seat and ext_idle_notifier_v1 on a socket and sends
// idled/resumed on command, so the ext-idle-notify backend is tested at the protocol level without a compositor.
#include <atomic>
#include <cstdint>
#include <memory>
#include <string>
#include <thread>

namespace respite::test {

/// Runs a wl_display on its own thread (the client under test blocks in roundtrips on the GUI thread).
class FakeCompositor {
public:
    /// Listen on $XDG_RUNTIME_DIR/<socket>.
    explicit FakeCompositor(const std::string& socket);
    /// Stops the server thread.
    ~FakeCompositor();
    /// Live ext_idle_notification_v1 objects, with the timeouts (ms) summed for checks.
    int notifications() const { return count_.load(); }
    /// Sum of the live notifications' timeouts in ms.
    std::uint64_t timeout_sum() const { return timeout_sum_.load(); }
    /// The user has been idle for `ms`: send idled to every notification whose timeout is reached.
    void idle(std::uint32_t ms);
    /// Input: send resumed to every notification that idled.
    void resume();
    /// Whether the server is listening.
    bool ok() const { return ok_; }

    struct Impl;

private:
    void command(char c, std::uint32_t arg = 0);
    std::unique_ptr<Impl> impl_;
    std::thread thread_;
    int pipe_[2] = {-1, -1};
    bool ok_ = false;
    std::atomic<int> count_{0};
    std::atomic<std::uint64_t> timeout_sum_{0};
};

} // namespace respite::test
