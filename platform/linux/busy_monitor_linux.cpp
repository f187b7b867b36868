// BusyMonitor on Linux: one flag from several event sources (GNOME session idle inhibitors, PowerManagement.Inhibit,
// X11 fullscreen, GNOME do-not-disturb, Notifications.Inhibited), reported with the reason of the highest-priority
// active source. The two inhibitor sources also tell whether an idle inhibitor is held (reading mode, issue 13).
#include "platform/busy_monitor.h"
#include "platform/linux/busy_sources.h"

#include <gio/gio.h>

#include <array>
#include <cstring>

namespace respite {
namespace {

// Index order is priority order for the reported reason.
enum Source : std::size_t { call, presentation, pm_inhibit, fullscreen, dnd_banners, dnd_inhibited, source_count };
constexpr std::array<BusyReason, source_count> kReason{BusyReason::call,           BusyReason::presentation,
                                                       BusyReason::presentation,   BusyReason::fullscreen,
                                                       BusyReason::do_not_disturb, BusyReason::do_not_disturb};
// While a camera is in use (and only then) it is looked at again this often, to notice the call's end.
constexpr guint kCameraRecheckSeconds = 60;

constexpr const char* kNotifications = "org.freedesktop.Notifications";
constexpr const char* kNotificationsPath = "/org/freedesktop/Notifications";
constexpr const char* kSessionManager = "org.gnome.SessionManager";
constexpr const char* kSessionManagerPath = "/org/gnome/SessionManager";
constexpr guint32 kInhibitIdle = 8;
// KDE's PowerDevil and xfce4-power-manager: HasInhibit / HasInhibitChanged, which count the ScreenSaver inhibitors.
constexpr const char* kPowerManagement = "org.freedesktop.PowerManagement";
constexpr const char* kPowerInhibit = "org.freedesktop.PowerManagement.Inhibit";
constexpr const char* kPowerInhibitPath = "/org/freedesktop/PowerManagement/Inhibit";

class LinuxBusyMonitor final : public BusyMonitor {
public:
    LinuxBusyMonitor() : cancel_(g_cancellable_new()) {}
    ~LinuxBusyMonitor() override {
        g_cancellable_cancel(cancel_);
        if (camera_timer_)
            g_source_remove(camera_timer_);
        fullscreen_.reset();
        if (settings_)
            g_object_unref(settings_);
        for (guint id : subs_)
            g_dbus_connection_signal_unsubscribe(bus_, id);
        for (guint id : name_watches_)
            g_bus_unwatch_name(id);
        if (bus_)
            g_object_unref(bus_);
        g_object_unref(cancel_);
    }

    void start() override {
        if (started_)
            return;
        started_ = true;
        fullscreen_ = linux_busy::make_fullscreen_watcher([this](bool full) { set(fullscreen, full); });
        if (fullscreen_) {
            described_ += "x11-fullscreen";
            active_[fullscreen] = fullscreen_->fullscreen();
        }
        start_gnome_dnd();
        bus_ = g_bus_get_sync(G_BUS_TYPE_SESSION, nullptr, nullptr);
        if (bus_) {
            start_notifications();
            start_session_manager();
            start_power_management();
        }
        report();
    }

    bool busy() const override { return reason_ != BusyReason::none; }
    BusyReason reason() const override { return reason_; }
    bool camera_in_use() override { return linux_busy::camera_in_use_scan(); }

    void check_camera() override {
        if (scanning_)
            return;
        scanning_ = true;
        // /proc/*/fd of every process is a slow walk: it runs on GLib's worker pool, its answer on this thread.
        GTask* task = g_task_new(nullptr, cancel_, &LinuxBusyMonitor::on_camera_scanned, this);
        g_task_run_in_thread(task, [](GTask* t, gpointer, gpointer, GCancellable*) {
            g_task_return_boolean(t, linux_busy::camera_in_use_scan());
        });
        g_object_unref(task);
    }
    void check_idle_inhibitor() override {} // the sources are events
    std::string describe() const override { return described_.empty() ? "none" : described_; }

private:
    static void on_camera_scanned(GObject*, GAsyncResult* res, gpointer self) {
        GError* error = nullptr;
        const bool in_use = g_task_propagate_boolean(G_TASK(res), &error);
        if (error) {
            g_error_free(error); // cancelled: the monitor is gone
            return;
        }
        auto* me = static_cast<LinuxBusyMonitor*>(self);
        me->scanning_ = false;
        me->camera_scanned(in_use);
    }

    void camera_scanned(bool in_use) {
        set(call, in_use);
        if (in_use && !camera_timer_)
            camera_timer_ = g_timeout_add_seconds(
                kCameraRecheckSeconds,
                [](gpointer self) -> gboolean {
                    auto* me = static_cast<LinuxBusyMonitor*>(self);
                    if (me->camera_in_use())
                        return G_SOURCE_CONTINUE;
                    me->camera_timer_ = 0;
                    me->set(call, false);
                    return G_SOURCE_REMOVE;
                },
                this);
    }

    void add_described(const char* what) { described_ += (described_.empty() ? "" : ", ") + std::string(what); }

    void start_gnome_dnd() {
        GSettingsSchemaSource* src = g_settings_schema_source_get_default();
        GSettingsSchema* schema =
            src ? g_settings_schema_source_lookup(src, "org.gnome.desktop.notifications", TRUE) : nullptr;
        if (!schema)
            return;
        const bool has_key = g_settings_schema_has_key(schema, "show-banners");
        g_settings_schema_unref(schema);
        if (!has_key)
            return;
        settings_ = g_settings_new("org.gnome.desktop.notifications");
        g_signal_connect(settings_, "changed::show-banners", G_CALLBACK(&LinuxBusyMonitor::on_banners), this);
        active_[dnd_banners] = !g_settings_get_boolean(settings_, "show-banners");
        add_described("gnome-dnd");
    }

    static void on_banners(GSettings* settings, const gchar*, gpointer self) {
        static_cast<LinuxBusyMonitor*>(self)->set(dnd_banners, !g_settings_get_boolean(settings, "show-banners"));
    }

    void start_notifications() {
        subs_.push_back(g_dbus_connection_signal_subscribe(
            bus_, kNotifications, "org.freedesktop.DBus.Properties", "PropertiesChanged", kNotificationsPath,
            kNotifications, G_DBUS_SIGNAL_FLAGS_NONE, &LinuxBusyMonitor::on_notification_props, this, nullptr));
        // Watching the name never starts a daemon (no auto-start): a notification server is not ours to launch.
        name_watches_.push_back(g_bus_watch_name_on_connection(
            bus_, kNotifications, G_BUS_NAME_WATCHER_FLAGS_NONE,
            [](GDBusConnection* c, const gchar*, const gchar*, gpointer self) {
                auto* me = static_cast<LinuxBusyMonitor*>(self);
                g_dbus_connection_call(c, kNotifications, kNotificationsPath, "org.freedesktop.DBus.Properties", "Get",
                                       g_variant_new("(ss)", kNotifications, "Inhibited"), G_VARIANT_TYPE("(v)"),
                                       G_DBUS_CALL_FLAGS_NO_AUTO_START, -1, me->cancel_,
                                       &LinuxBusyMonitor::on_inhibited_reply, me);
            },
            [](GDBusConnection*, const gchar*, gpointer self) {
                static_cast<LinuxBusyMonitor*>(self)->set(dnd_inhibited, false);
            },
            this, nullptr));
        add_described("notifications-inhibited");
    }

    static void on_inhibited_reply(GObject* src, GAsyncResult* res, gpointer self) {
        GError* error = nullptr;
        GVariant* reply = g_dbus_connection_call_finish(G_DBUS_CONNECTION(src), res, &error);
        if (!reply) {
            g_error_free(error); // most servers do not offer the property; cancelled means we are gone
            return;
        }
        GVariant* v = nullptr;
        g_variant_get(reply, "(v)", &v);
        if (g_variant_is_of_type(v, G_VARIANT_TYPE_BOOLEAN))
            static_cast<LinuxBusyMonitor*>(self)->set(dnd_inhibited, g_variant_get_boolean(v));
        g_variant_unref(v);
        g_variant_unref(reply);
    }

    static void on_notification_props(GDBusConnection*, const gchar*, const gchar*, const gchar*, const gchar*,
                                      GVariant* params, gpointer self) {
        GVariant* changed = g_variant_get_child_value(params, 1);
        gboolean inhibited = FALSE;
        if (g_variant_lookup(changed, "Inhibited", "b", &inhibited))
            static_cast<LinuxBusyMonitor*>(self)->set(dnd_inhibited, inhibited);
        g_variant_unref(changed);
    }

    void start_session_manager() {
        for (const char* member : {"InhibitorAdded", "InhibitorRemoved"})
            subs_.push_back(g_dbus_connection_signal_subscribe(
                bus_, kSessionManager, kSessionManager, member, kSessionManagerPath, nullptr, G_DBUS_SIGNAL_FLAGS_NONE,
                [](GDBusConnection*, const gchar*, const gchar*, const gchar*, const gchar*, GVariant*, gpointer self) {
                    static_cast<LinuxBusyMonitor*>(self)->query_inhibited();
                },
                this, nullptr));
        name_watches_.push_back(g_bus_watch_name_on_connection(
            bus_, kSessionManager, G_BUS_NAME_WATCHER_FLAGS_NONE,
            [](GDBusConnection*, const gchar*, const gchar*, gpointer self) {
                static_cast<LinuxBusyMonitor*>(self)->query_inhibited();
            },
            [](GDBusConnection*, const gchar*, gpointer self) {
                static_cast<LinuxBusyMonitor*>(self)->set(presentation, false);
            },
            this, nullptr));
        add_described("gnome-session");
    }

    void query_inhibited() {
        g_dbus_connection_call(
            bus_, kSessionManager, kSessionManagerPath, kSessionManager, "IsInhibited",
            g_variant_new("(u)", kInhibitIdle), G_VARIANT_TYPE("(b)"), G_DBUS_CALL_FLAGS_NO_AUTO_START, -1, cancel_,
            [](GObject* src, GAsyncResult* res, gpointer self) {
                GVariant* reply = g_dbus_connection_call_finish(G_DBUS_CONNECTION(src), res, nullptr);
                if (!reply)
                    return;
                gboolean inhibited = FALSE;
                g_variant_get(reply, "(b)", &inhibited);
                g_variant_unref(reply);
                static_cast<LinuxBusyMonitor*>(self)->set(presentation, inhibited);
            },
            this);
    }

    void start_power_management() {
        subs_.push_back(g_dbus_connection_signal_subscribe(
            bus_, kPowerManagement, kPowerInhibit, "HasInhibitChanged", kPowerInhibitPath, nullptr,
            G_DBUS_SIGNAL_FLAGS_NONE,
            [](GDBusConnection*, const gchar*, const gchar*, const gchar*, const gchar*, GVariant* params,
               gpointer self) {
                gboolean has = FALSE;
                if (g_variant_is_of_type(params, G_VARIANT_TYPE("(b)")))
                    g_variant_get(params, "(b)", &has);
                static_cast<LinuxBusyMonitor*>(self)->set(pm_inhibit, has);
            },
            this, nullptr));
        name_watches_.push_back(g_bus_watch_name_on_connection(
            bus_, kPowerManagement, G_BUS_NAME_WATCHER_FLAGS_NONE,
            [](GDBusConnection*, const gchar*, const gchar*, gpointer self) {
                static_cast<LinuxBusyMonitor*>(self)->query_power_inhibit();
            },
            [](GDBusConnection*, const gchar*, gpointer self) {
                static_cast<LinuxBusyMonitor*>(self)->set(pm_inhibit, false);
            },
            this, nullptr));
        add_described("powermanagement-inhibit");
    }

    void query_power_inhibit() {
        g_dbus_connection_call(
            bus_, kPowerManagement, kPowerInhibitPath, kPowerInhibit, "HasInhibit", nullptr, G_VARIANT_TYPE("(b)"),
            G_DBUS_CALL_FLAGS_NO_AUTO_START, -1, cancel_,
            [](GObject* src, GAsyncResult* res, gpointer self) {
                GVariant* reply = g_dbus_connection_call_finish(G_DBUS_CONNECTION(src), res, nullptr);
                if (!reply)
                    return;
                gboolean has = FALSE;
                g_variant_get(reply, "(b)", &has);
                g_variant_unref(reply);
                static_cast<LinuxBusyMonitor*>(self)->set(pm_inhibit, has);
            },
            this);
    }

    void set(Source s, bool on) {
        if (active_[s] == on)
            return;
        active_[s] = on;
        if (!started_)
            return;
        report();
        const bool held = active_[presentation] || active_[pm_inhibit];
        if (held != inhibitor_held_) {
            inhibitor_held_ = held;
            if (on_idle_inhibitor_changed)
                on_idle_inhibitor_changed(held);
        }
    }

    void report() {
        BusyReason reason = BusyReason::none;
        for (std::size_t i = 0; i < source_count && reason == BusyReason::none; ++i)
            if (active_[i])
                reason = kReason[i];
        if (reason == reason_ && reported_)
            return;
        const bool first = !reported_;
        reported_ = true;
        reason_ = reason;
        if (first && reason_ == BusyReason::none)
            return; // not busy at start: nothing to tell
        if (on_busy_changed)
            on_busy_changed(reason_ != BusyReason::none, reason_);
    }

    GCancellable* cancel_;
    bool started_ = false;
    bool reported_ = false;
    bool inhibitor_held_ = false;
    std::array<bool, source_count> active_{};
    BusyReason reason_ = BusyReason::none;
    bool scanning_ = false;
    std::string described_;
    std::unique_ptr<linux_busy::FullscreenWatcher> fullscreen_;
    GSettings* settings_ = nullptr;
    guint camera_timer_ = 0;
    GDBusConnection* bus_ = nullptr;
    std::vector<guint> subs_;
    std::vector<guint> name_watches_;
};

} // namespace

std::unique_ptr<BusyMonitor> make_busy_monitor() {
    return std::make_unique<LinuxBusyMonitor>();
}

} // namespace respite
