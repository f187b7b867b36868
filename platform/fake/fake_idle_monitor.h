#pragma once
// Test double for IdleMonitor: the test drives idle/active by hand.
#include "platform/idle_monitor.h"

#include <algorithm>

namespace respite {

/// An IdleMonitor whose idle stretches are scripted by the test.
class FakeIdleMonitor : public IdleMonitor {
public:
    /// Thresholds last set (sorted, unique, positive).
    std::vector<Duration> thresholds;
    /// Whether start() was called.
    bool started = false;
    /// What always_present() answers (true: a backend that sees no input, like the "always-present" one).
    bool sees_no_input = false;

    void start() override { started = true; }
    bool always_present() const override { return sees_no_input; }
    void set_thresholds(std::vector<Duration> t) override {
        std::erase_if(t, [](Duration d) { return d <= Duration::zero(); });
        std::sort(t.begin(), t.end());
        t.erase(std::unique(t.begin(), t.end()), t.end());
        thresholds = std::move(t);
    }
    std::string backend_name() const override { return "fake"; }

    /// Report idle for `idle_for` (fires on_idle).
    void go_idle(Duration idle_for) {
        idle_ = true;
        if (on_idle)
            on_idle(idle_for);
    }
    /// Report input after idle (fires on_active once).
    void go_active() {
        if (!idle_)
            return;
        idle_ = false;
        if (on_active)
            on_active();
    }

private:
    bool idle_ = false;
};

} // namespace respite
