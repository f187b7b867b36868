// X11 fallback idle backend: MIT-SCREEN-SAVER idle time. It has no events for input, so one timer is armed at
// exactly the instant the next threshold would be reached (never a fixed-rate poll).
#include "platform/linux/idle_backends.h"

#include <X11/Xlib.h>
#include <X11/extensions/scrnsaver.h>
#include <glib.h>

#include <cstdio>

namespace respite::linux_idle {
namespace {

// How late the end of an idle stretch may be noticed without events to tell us (the price of this fallback).
constexpr Duration kIdleRecheck{30000};
// Timer and query jitter allowed when comparing the idle time with the time between two looks.
constexpr Duration kSlack{250};

class XScreenSaverIdle final : public IdleMonitor {
public:
    XScreenSaverIdle(Display* dpy, XScreenSaverInfo* info) : dpy_(dpy), info_(info) {}
    ~XScreenSaverIdle() override {
        if (timer_)
            g_source_remove(timer_);
        XFree(info_);
        XCloseDisplay(dpy_);
    }

    void start() override {
        started_ = true;
        check();
    }

    void set_thresholds(std::vector<Duration> thresholds) override {
        thresholds_ = normalize(std::move(thresholds));
        // Thresholds the current stretch already passed count as reported: on_idle is not repeated for them.
        reported_ = 0;
        while (idle_ && reported_ < thresholds_.size() && thresholds_[reported_] <= last_idle_)
            ++reported_;
        if (started_)
            check();
    }

    std::string backend_name() const override { return "xscreensaver"; }

private:
    Duration idle_time() {
        if (!XScreenSaverQueryInfo(dpy_, DefaultRootWindow(dpy_), info_))
            return Duration::zero();
        return Duration(static_cast<long long>(info_->idle));
    }

    void check() {
        if (timer_)
            g_source_remove(timer_);
        timer_ = 0;
        if (thresholds_.empty())
            return;
        const Duration idle = idle_time();
        const Duration now{g_get_monotonic_time() / 1000};
        // Input since the last look: the idle time is less than it would be without any.
        if (idle_ && idle + kSlack < last_idle_ + (now - last_look_)) {
            idle_ = false;
            reported_ = 0;
            if (on_active)
                on_active();
        }
        last_idle_ = idle;
        last_look_ = now;
        while (reported_ < thresholds_.size() && idle >= thresholds_[reported_]) {
            ++reported_;
            idle_ = true;
            if (on_idle)
                on_idle(idle);
        }
        // Next wake: when the next threshold would be crossed if no input comes. While idle, input can only be
        // seen by looking, so also look every kIdleRecheck (at most 2 wakes a minute for an idle user).
        Duration wait = reported_ < thresholds_.size() ? thresholds_[reported_] - idle : Duration::max();
        if (idle_)
            wait = std::min(wait, std::max(thresholds_.front(), kIdleRecheck));
        timer_ = g_timeout_add(
            static_cast<guint>(std::max(wait, Duration(10)).count()),
            [](gpointer self) -> gboolean {
                auto* me = static_cast<XScreenSaverIdle*>(self);
                me->timer_ = 0;
                me->check();
                return G_SOURCE_REMOVE;
            },
            this);
    }

    Display* dpy_;
    XScreenSaverInfo* info_;
    bool started_ = false;
    guint timer_ = 0;
    std::vector<Duration> thresholds_;
    std::size_t reported_ = 0;
    bool idle_ = false;
    Duration last_idle_{};
    Duration last_look_{};
};

} // namespace

std::unique_ptr<IdleMonitor> make_xscreensaver() {
    Display* dpy = XOpenDisplay(nullptr);
    if (!dpy)
        return nullptr;
    int event_base = 0, error_base = 0;
    XScreenSaverInfo* info = nullptr;
    if (XScreenSaverQueryExtension(dpy, &event_base, &error_base))
        info = XScreenSaverAllocInfo();
    if (!info) {
        XCloseDisplay(dpy);
        return nullptr;
    }
    return std::make_unique<XScreenSaverIdle>(dpy, info);
}

} // namespace respite::linux_idle
