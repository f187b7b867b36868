#pragma once
// Test double for BusyMonitor.
#include "platform/busy_monitor.h"

namespace respite {

/// A BusyMonitor whose state and camera are set by the test.
class FakeBusyMonitor : public BusyMonitor {
public:
    /// Whether start() was called.
    bool started = false;
    /// What camera_in_use() answers.
    bool camera = false;
    /// How many times camera_in_use() was asked.
    int camera_checks = 0;

    void start() override { started = true; }
    bool busy() const override { return busy_; }
    BusyReason reason() const override { return reason_; }
    bool camera_in_use() override {
        ++camera_checks;
        return camera;
    }
    /// Like Linux (at once: the scan is instant here): a camera in use makes the aggregate busy with reason call.
    void check_camera() override {
        if (camera_in_use())
            set(true, BusyReason::call);
    }
    std::string describe() const override { return "fake"; }
    /// How many times check_idle_inhibitor() was called.
    int inhibitor_checks = 0;
    void check_idle_inhibitor() override { ++inhibitor_checks; }
    /// An application holds an idle inhibitor, or not: fires on_idle_inhibitor_changed when it changed.
    void set_idle_inhibitor(bool held) {
        if (held == inhibitor_)
            return;
        inhibitor_ = held;
        if (on_idle_inhibitor_changed)
            on_idle_inhibitor_changed(held);
    }

    /// Set the aggregate; fires on_busy_changed when it changed.
    void set(bool busy, BusyReason reason = BusyReason::none) {
        if (!busy)
            reason = BusyReason::none;
        if (busy == busy_ && reason == reason_)
            return;
        busy_ = busy;
        reason_ = reason;
        if (on_busy_changed)
            on_busy_changed(busy_, reason_);
    }

private:
    bool busy_ = false;
    bool inhibitor_ = false;
    BusyReason reason_ = BusyReason::none;
};

} // namespace respite
