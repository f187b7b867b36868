#pragma once
// Test double for ClockMonitor.
#include "platform/clock_monitor.h"

namespace respite {

/// A ClockMonitor whose changes are fired by the test.
class FakeClockMonitor : public ClockMonitor {
public:
    /// Whether start() was called.
    bool started = false;

    void start() override { started = true; }
    std::string describe() const override { return "fake"; }

    /// Fire on_clock_changed(what).
    void change(const std::string& what = "clock") {
        if (on_clock_changed)
            on_clock_changed(what);
    }
};

} // namespace respite
