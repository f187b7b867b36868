#pragma once
// Test double for SessionMonitor: the test emits sleep/resume/lock/unlock by hand.
#include "platform/session_monitor.h"

namespace respite {

/// A SessionMonitor driven by the test; records sleep_ready() calls.
class FakeSessionMonitor : public SessionMonitor {
public:
    /// Whether start() was called.
    bool started = false;
    /// How many times sleep_ready() was called.
    int sleep_ready_calls = 0;

    void start() override { started = true; }
    void sleep_ready() override { ++sleep_ready_calls; }
    bool locked() const override { return locked_; }
    std::string describe() const override { return "fake"; }

    /// Fire on_sleep.
    void sleep() {
        if (on_sleep)
            on_sleep();
    }
    /// Fire on_resume.
    void resume() {
        if (on_resume)
            on_resume();
    }
    /// Fire on_lock (once per transition).
    void lock() {
        if (locked_)
            return;
        locked_ = true;
        if (on_lock)
            on_lock();
    }
    /// Fire on_unlock (once per transition).
    void unlock() {
        if (!locked_)
            return;
        locked_ = false;
        if (on_unlock)
            on_unlock();
    }

private:
    bool locked_ = false;
};

} // namespace respite
