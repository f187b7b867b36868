// ClockMonitor on Linux: a CLOCK_REALTIME timerfd armed far in the future with TFD_TIMER_CANCEL_ON_SET (its read
// fails with ECANCELED whenever the wall clock is set), timedate1's Timezone changes and /etc/localtime edits.
#include "platform/clock_monitor.h"

#include <gio/gio.h>
#include <glib-unix.h>
#include <sys/timerfd.h>
#include <unistd.h>

#include <cerrno>
#include <cstdint>
#include <cstdio>
#include <cstring>
#include <ctime>

namespace respite {
namespace {

class LinuxClockMonitor final : public ClockMonitor {
public:
    ~LinuxClockMonitor() override {
        if (source_)
            g_source_remove(source_);
        if (fd_ >= 0)
            close(fd_);
        if (sub_)
            g_dbus_connection_signal_unsubscribe(system_, sub_);
        if (system_)
            g_object_unref(system_);
        if (localtime_)
            g_object_unref(localtime_);
    }

    void start() override {
        if (started_)
            return;
        started_ = true;
        fd_ = timerfd_create(CLOCK_REALTIME, TFD_NONBLOCK | TFD_CLOEXEC);
        if (fd_ >= 0 && arm()) {
            source_ = g_unix_fd_add(fd_, G_IO_IN, &LinuxClockMonitor::on_fd, this);
        } else {
            std::fprintf(stderr, "respite: clock jumps are noticed late (timerfd: %s)\n", std::strerror(errno));
        }
        system_ = g_bus_get_sync(G_BUS_TYPE_SYSTEM, nullptr, nullptr);
        if (system_)
            sub_ = g_dbus_connection_signal_subscribe(
                system_, "org.freedesktop.timedate1", "org.freedesktop.DBus.Properties", "PropertiesChanged",
                "/org/freedesktop/timedate1", "org.freedesktop.timedate1", G_DBUS_SIGNAL_FLAGS_NONE,
                &LinuxClockMonitor::on_timedate, this, nullptr);
        // Zones set without timedated (a package script, a manual ln -sf) only show as a changed /etc/localtime.
        GFile* file = g_file_new_for_path("/etc/localtime");
        localtime_ = g_file_monitor_file(file, G_FILE_MONITOR_WATCH_HARD_LINKS, nullptr, nullptr);
        g_object_unref(file);
        if (localtime_)
            g_signal_connect(localtime_, "changed", G_CALLBACK(&LinuxClockMonitor::on_localtime), this);
    }

    std::string describe() const override {
        std::string s = source_ ? "timerfd" : "";
        if (sub_)
            s += s.empty() ? "timedate1" : ", timedate1";
        if (localtime_)
            s += s.empty() ? "/etc/localtime" : ", /etc/localtime";
        return s.empty() ? "none" : s;
    }

private:
    // Absolute expiry as far away as time_t allows in practice: it only ever ends through ECANCELED.
    bool arm() {
        itimerspec spec{};
        spec.it_value.tv_sec = static_cast<time_t>(INT32_MAX) * 2;
        return timerfd_settime(fd_, TFD_TIMER_ABSTIME | TFD_TIMER_CANCEL_ON_SET, &spec, nullptr) == 0;
    }

    void fire(const char* what) {
        if (on_clock_changed)
            on_clock_changed(what);
    }

    static gboolean on_fd(gint fd, GIOCondition, gpointer self) {
        auto* me = static_cast<LinuxClockMonitor*>(self);
        std::uint64_t expirations = 0;
        const ssize_t n = read(fd, &expirations, sizeof expirations);
        if (n < 0 && errno == EAGAIN)
            return G_SOURCE_CONTINUE;
        const bool set = n < 0 && errno == ECANCELED;
        // After ECANCELED the timer must be re-armed, or it stays readable and cancelled forever.
        if (!me->arm()) {
            std::fprintf(stderr, "respite: timerfd re-arm failed (%s)\n", std::strerror(errno));
            me->source_ = 0;
            return G_SOURCE_REMOVE;
        }
        if (set)
            me->fire("clock");
        return G_SOURCE_CONTINUE;
    }

    static void on_timedate(GDBusConnection*, const gchar*, const gchar*, const gchar*, const gchar*, GVariant* params,
                            gpointer self) {
        GVariant* changed = g_variant_get_child_value(params, 1);
        const gchar** invalidated = nullptr;
        g_variant_get_child(params, 2, "^a&s", &invalidated);
        GVariant* tz = g_variant_lookup_value(changed, "Timezone", nullptr);
        bool zone = tz != nullptr;
        if (tz)
            g_variant_unref(tz);
        for (const gchar** p = invalidated; p && *p; ++p)
            zone = zone || std::strcmp(*p, "Timezone") == 0;
        g_free(invalidated);
        g_variant_unref(changed);
        if (zone)
            static_cast<LinuxClockMonitor*>(self)->fire("timezone");
    }

    static void on_localtime(GFileMonitor*, GFile*, GFile*, GFileMonitorEvent event, gpointer self) {
        if (event == G_FILE_MONITOR_EVENT_CHANGES_DONE_HINT || event == G_FILE_MONITOR_EVENT_CREATED ||
            event == G_FILE_MONITOR_EVENT_DELETED || event == G_FILE_MONITOR_EVENT_RENAMED ||
            event == G_FILE_MONITOR_EVENT_MOVED_IN)
            static_cast<LinuxClockMonitor*>(self)->fire("timezone");
    }

    bool started_ = false;
    int fd_ = -1;
    guint source_ = 0;
    GDBusConnection* system_ = nullptr;
    guint sub_ = 0;
    GFileMonitor* localtime_ = nullptr;
};

} // namespace

std::unique_ptr<ClockMonitor> make_clock_monitor() {
    return std::make_unique<LinuxClockMonitor>();
}

} // namespace respite
