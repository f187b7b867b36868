// GNOME idle backend: org.gnome.Mutter.IdleMonitor idle watches and one-shot user-active watches (signals only).
#include "platform/linux/idle_backends.h"

#include <gio/gio.h>

#include <cstdio>
#include <map>

namespace respite::linux_idle {
namespace {

constexpr const char* kName = "org.gnome.Mutter.IdleMonitor";
constexpr const char* kPath = "/org/gnome/Mutter/IdleMonitor/Core";
constexpr const char* kIface = "org.gnome.Mutter.IdleMonitor";

class MutterIdle final : public IdleMonitor {
public:
    explicit MutterIdle(GDBusConnection* bus) : bus_(bus), cancel_(g_cancellable_new()) {}
    ~MutterIdle() override {
        g_cancellable_cancel(cancel_);
        if (signal_)
            g_dbus_connection_signal_unsubscribe(bus_, signal_);
        if (name_watch_)
            g_bus_unwatch_name(name_watch_);
        remove_watches();
        g_object_unref(cancel_);
        g_object_unref(bus_);
    }

    void start() override {
        if (signal_)
            return;
        signal_ = g_dbus_connection_signal_subscribe(bus_, kName, kIface, "WatchFired", kPath, nullptr,
                                                     G_DBUS_SIGNAL_FLAGS_NONE, &MutterIdle::on_signal, this, nullptr);
        // Mutter restarting (or appearing late) loses our watches: re-add them whenever the name gets an owner.
        name_watch_ = g_bus_watch_name_on_connection(bus_, kName, G_BUS_NAME_WATCHER_FLAGS_NONE,
                                                     &MutterIdle::on_appeared, &MutterIdle::on_vanished, this, nullptr);
    }

    void set_thresholds(std::vector<Duration> thresholds) override {
        thresholds_ = normalize(std::move(thresholds));
        if (signal_ && present_)
            rearm();
    }

    std::string backend_name() const override { return "mutter"; }

private:
    struct AddCall {
        MutterIdle* self;
        Duration threshold; // zero: the user-active watch
        unsigned generation;
    };

    // Idle watches are replaced; a pending user-active watch stays, so an idle stretch still ends with on_active.
    void rearm() {
        remove_idle_watches();
        ++generation_;
        for (Duration t : thresholds_)
            add_watch(t);
    }

    void remove_idle_watches() {
        for (const auto& [id, t] : watches_)
            remove_watch(id);
        watches_.clear();
    }

    void remove_watch(guint32 id) {
        g_dbus_connection_call(bus_, kName, kPath, kIface, "RemoveWatch", g_variant_new("(u)", id), nullptr,
                               G_DBUS_CALL_FLAGS_NO_AUTO_START, -1, nullptr, nullptr, nullptr);
    }

    void remove_watches() {
        remove_idle_watches();
        if (active_watch_)
            remove_watch(active_watch_);
        active_watch_ = 0;
    }

    void add_watch(Duration threshold) {
        const bool active = threshold == Duration::zero();
        auto* call = new AddCall{this, threshold, generation_};
        g_dbus_connection_call(bus_, kName, kPath, kIface, active ? "AddUserActiveWatch" : "AddIdleWatch",
                               active ? nullptr : g_variant_new("(t)", static_cast<guint64>(threshold.count())),
                               G_VARIANT_TYPE("(u)"), G_DBUS_CALL_FLAGS_NO_AUTO_START, -1, cancel_,
                               &MutterIdle::on_added, call);
    }

    static void on_added(GObject* source, GAsyncResult* res, gpointer data) {
        std::unique_ptr<AddCall> call(static_cast<AddCall*>(data));
        GError* error = nullptr;
        GVariant* reply = g_dbus_connection_call_finish(G_DBUS_CONNECTION(source), res, &error);
        if (!reply) {
            if (!g_error_matches(error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
                std::fprintf(stderr, "respite: idle (mutter): adding a watch failed: %s\n", error->message);
            g_error_free(error);
            return;
        }
        guint32 id = 0;
        g_variant_get(reply, "(u)", &id);
        g_variant_unref(reply);
        MutterIdle* me = call->self;
        if (call->threshold == Duration::zero()) {
            me->active_watch_ = id;
            return;
        }
        if (call->generation != me->generation_) {
            me->remove_watch(id);
            return;
        }
        me->watches_[id] = call->threshold;
    }

    static void on_signal(GDBusConnection*, const gchar*, const gchar*, const gchar*, const gchar*, GVariant* params,
                          gpointer self) {
        auto* me = static_cast<MutterIdle*>(self);
        guint32 id = 0;
        g_variant_get(params, "(u)", &id);
        if (id != 0 && id == me->active_watch_) {
            me->active_watch_ = 0; // user-active watches are one-shot in Mutter
            if (me->idle_) {
                me->idle_ = false;
                if (me->on_active)
                    me->on_active();
            }
            return;
        }
        auto it = me->watches_.find(id);
        if (it == me->watches_.end())
            return;
        if (!me->idle_) {
            me->idle_ = true;
            me->add_watch(Duration::zero());
        }
        if (me->on_idle)
            me->on_idle(it->second);
    }

    static void on_appeared(GDBusConnection*, const gchar*, const gchar*, gpointer self) {
        auto* me = static_cast<MutterIdle*>(self);
        me->present_ = true;
        me->active_watch_ = 0; // a new Mutter knows none of our watches
        me->rearm();
        if (me->idle_)
            me->add_watch(Duration::zero());
    }

    static void on_vanished(GDBusConnection*, const gchar*, gpointer self) {
        auto* me = static_cast<MutterIdle*>(self);
        me->present_ = false;
        me->watches_.clear();
        me->active_watch_ = 0;
        if (me->idle_) {
            me->idle_ = false;
            if (me->on_active)
                me->on_active();
        }
    }

    GDBusConnection* bus_;
    GCancellable* cancel_;
    guint signal_ = 0;
    guint name_watch_ = 0;
    bool present_ = false;
    bool idle_ = false;
    unsigned generation_ = 0;
    std::vector<Duration> thresholds_;
    std::map<guint32, Duration> watches_;
    guint32 active_watch_ = 0;
};

} // namespace

std::unique_ptr<IdleMonitor> make_mutter() {
    GDBusConnection* bus = g_bus_get_sync(G_BUS_TYPE_SESSION, nullptr, nullptr);
    if (!bus)
        return nullptr;
    GVariant* reply = g_dbus_connection_call_sync(
        bus, "org.freedesktop.DBus", "/org/freedesktop/DBus", "org.freedesktop.DBus", "NameHasOwner",
        g_variant_new("(s)", kName), G_VARIANT_TYPE("(b)"), G_DBUS_CALL_FLAGS_NONE, 2000, nullptr, nullptr);
    gboolean has = FALSE;
    if (reply) {
        g_variant_get(reply, "(b)", &has);
        g_variant_unref(reply);
    }
    if (!has) {
        g_object_unref(bus);
        return nullptr;
    }
    return std::make_unique<MutterIdle>(bus);
}

} // namespace respite::linux_idle
