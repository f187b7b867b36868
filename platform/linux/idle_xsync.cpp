// X11 idle backend: the SYNC extension's IDLETIME counter with alarms, read through the X fd as a GLib source.
#include "platform/linux/idle_backends.h"

#include <X11/Xlib.h>
#include <X11/extensions/sync.h>
#include <glib-unix.h>
#include <glib.h>

#include <algorithm>
#include <cstdio>
#include <cstring>

namespace respite::linux_idle {
namespace {

XSyncValue to_value(Duration d) {
    XSyncValue v;
    const auto ms = static_cast<unsigned long long>(d.count());
    XSyncIntsToValue(&v, static_cast<unsigned int>(ms & 0xffffffffULL), static_cast<int>(ms >> 32));
    return v;
}

Duration from_value(const XSyncValue& v) {
    const auto hi = static_cast<unsigned long long>(static_cast<unsigned int>(XSyncValueHigh32(v)));
    return Duration(static_cast<long long>((hi << 32) | XSyncValueLow32(v)));
}

class XSyncIdle final : public IdleMonitor {
public:
    XSyncIdle(Display* dpy, XSyncCounter counter, int event_base)
        : dpy_(dpy), counter_(counter), event_base_(event_base) {}
    ~XSyncIdle() override {
        if (source_)
            g_source_remove(source_);
        if (drain_source_)
            g_source_remove(drain_source_);
        if (catch_up_source_)
            g_source_remove(catch_up_source_);
        destroy_alarms();
        XCloseDisplay(dpy_);
    }

    void start() override {
        if (source_)
            return;
        source_ = g_unix_fd_add(ConnectionNumber(dpy_), static_cast<GIOCondition>(G_IO_IN | G_IO_HUP | G_IO_ERR),
                                &XSyncIdle::on_fd, this);
        arm();
    }

    void set_thresholds(std::vector<Duration> thresholds) override {
        thresholds_ = normalize(std::move(thresholds));
        if (source_)
            arm();
    }

    std::string backend_name() const override { return "xsync"; }

private:
    struct Watch {
        Duration threshold;
        XSyncAlarm alarm;
    };

    XSyncAlarm create_alarm(Duration value, XSyncTestType test) {
        XSyncAlarmAttributes attr{};
        attr.trigger.counter = counter_;
        attr.trigger.value_type = XSyncAbsolute;
        attr.trigger.test_type = test;
        attr.trigger.wait_value = to_value(value);
        XSyncIntToValue(&attr.delta, 0);
        attr.events = True;
        const unsigned long flags =
            XSyncCACounter | XSyncCAValueType | XSyncCATestType | XSyncCAValue | XSyncCADelta | XSyncCAEvents;
        return XSyncCreateAlarm(dpy_, flags, &attr);
    }

    void destroy_alarms() {
        for (const auto& w : watches_)
            XSyncDestroyAlarm(dpy_, w.alarm);
        watches_.clear();
        if (reset_alarm_ != None)
            XSyncDestroyAlarm(dpy_, reset_alarm_);
        reset_alarm_ = None;
        XFlush(dpy_);
    }

    // Positive transitions fire once each time idle time rises through a threshold; one negative transition
    // at the lowest threshold fires exactly when a stretch that reached it ends (IDLETIME drops to 0 on input).
    // A transition the counter made before the alarm existed never fires, so arming reads the counter (a round
    // trip, after which the alarms exist): thresholds already passed in a stretch not yet reported are reported
    // from the main loop (started while the user is away, or under load long after the last input); re-armed in
    // the middle of a reported stretch, they count as reported and the negative alarm goes no higher than the
    // idle time now, so the stretch still ends with on_active.
    void arm() {
        destroy_alarms();
        for (Duration t : thresholds_)
            watches_.push_back({t, create_alarm(t, XSyncPositiveTransition)});
        const Duration now = thresholds_.empty() ? Duration::zero() : idle_time();
        if (idle_) {
            reported_ = static_cast<std::size_t>(std::upper_bound(thresholds_.begin(), thresholds_.end(), now) -
                                                 thresholds_.begin());
        } else {
            reported_ = 0;
            if (!thresholds_.empty() && now >= thresholds_.front())
                schedule_catch_up();
        }
        if (!thresholds_.empty()) {
            Duration reset_at = thresholds_.front();
            if (idle_ && now < reset_at)
                reset_at = now;
            if (reset_at > Duration::zero())
                reset_alarm_ = create_alarm(reset_at, XSyncNegativeTransition);
        }
        XFlush(dpy_);
        if (idle_ && reset_alarm_ == None)
            report_active();
        schedule_drain();
    }

    void schedule_catch_up() {
        if (catch_up_source_)
            return;
        catch_up_source_ = g_idle_add(
            [](gpointer self) -> gboolean {
                auto* me = static_cast<XSyncIdle*>(self);
                me->catch_up_source_ = 0;
                const Duration now = me->idle_time();
                me->report_idle_up_to(now, now);
                return G_SOURCE_REMOVE;
            },
            this);
    }

    // Reports, in ascending order, each threshold up to `reached` not yet reported in this stretch.
    void report_idle_up_to(Duration reached, Duration idle_for) {
        while (reported_ < thresholds_.size() && thresholds_[reported_] <= reached) {
            const Duration t = thresholds_[reported_++];
            idle_ = true;
            if (on_idle)
                on_idle(std::max(t, idle_for));
        }
    }

    Duration idle_time() {
        XSyncValue value;
        if (!XSyncQueryCounter(dpy_, counter_, &value))
            return Duration::zero();
        return from_value(value);
    }

    void report_active() {
        if (!idle_)
            return;
        idle_ = false;
        reported_ = 0;
        if (on_active)
            on_active();
    }

    // Xlib may have read our events into its queue during a round trip: the fd would then stay quiet.
    void schedule_drain() {
        if (drain_source_ || XEventsQueued(dpy_, QueuedAlready) == 0)
            return;
        drain_source_ = g_idle_add(
            [](gpointer self) -> gboolean {
                auto* me = static_cast<XSyncIdle*>(self);
                me->drain_source_ = 0;
                me->drain();
                return G_SOURCE_REMOVE;
            },
            this);
    }

    static gboolean on_fd(gint, GIOCondition cond, gpointer self) {
        auto* me = static_cast<XSyncIdle*>(self);
        if (cond & (G_IO_HUP | G_IO_ERR)) {
            std::fprintf(stderr, "respite: idle (xsync): X connection lost; idle detection stops\n");
            me->source_ = 0;
            return G_SOURCE_REMOVE;
        }
        me->drain();
        return G_SOURCE_CONTINUE;
    }

    void drain() {
        while (XPending(dpy_) > 0) {
            XEvent ev;
            XNextEvent(dpy_, &ev);
            if (ev.type == event_base_ + XSyncAlarmNotify)
                handle(*reinterpret_cast<XSyncAlarmNotifyEvent*>(&ev));
        }
    }

    void handle(const XSyncAlarmNotifyEvent& ev) {
        if (ev.alarm == reset_alarm_) {
            report_active();
            return;
        }
        for (const auto& w : watches_) {
            if (w.alarm == ev.alarm) {
                report_idle_up_to(w.threshold, from_value(ev.counter_value));
                return;
            }
        }
    }

    Display* dpy_;
    XSyncCounter counter_;
    int event_base_;
    guint source_ = 0;
    guint drain_source_ = 0;
    guint catch_up_source_ = 0;
    std::vector<Duration> thresholds_;
    std::vector<Watch> watches_;
    XSyncAlarm reset_alarm_ = None;
    std::size_t reported_ = 0; // thresholds (ascending) reported in this stretch
    bool idle_ = false;
};

} // namespace

std::unique_ptr<IdleMonitor> make_xsync() {
    Display* dpy = XOpenDisplay(nullptr);
    if (!dpy)
        return nullptr;
    int event_base = 0, error_base = 0, major = 0, minor = 0;
    XSyncCounter counter = None;
    if (XSyncQueryExtension(dpy, &event_base, &error_base) && XSyncInitialize(dpy, &major, &minor)) {
        int n = 0;
        XSyncSystemCounter* counters = XSyncListSystemCounters(dpy, &n);
        for (int i = 0; i < n; ++i) {
            if (std::strcmp(counters[i].name, "IDLETIME") == 0)
                counter = counters[i].counter;
        }
        if (counters)
            XSyncFreeSystemCounterList(counters);
    }
    if (counter == None) {
        XCloseDisplay(dpy);
        return nullptr;
    }
    return std::make_unique<XSyncIdle>(dpy, counter, event_base);
}

} // namespace respite::linux_idle
