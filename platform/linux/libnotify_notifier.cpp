// Desktop notifications through libnotify; availability and the "actions" capability come from a direct
// GetCapabilities call with a short timeout, so a missing or hung server never blocks the GUI for long.
#include "platform/notifier.h"

#include <gio/gio.h>
#include <libnotify/notify.h>

#include <cstdio>
#include <map>
#include <string_view>
#include <vector>

namespace respite {
namespace {

constexpr const char* kName = "org.freedesktop.Notifications";

class LibnotifyNotifier : public Notifier {
public:
    LibnotifyNotifier(const std::string& app_name, const std::string& icon_name) : icon_(icon_name) {
        if (!notify_is_initted())
            notify_init(app_name.c_str());
        // Re-check capabilities whenever a server appears or goes away.
        watch_ = g_bus_watch_name(G_BUS_TYPE_SESSION, kName, G_BUS_NAME_WATCHER_FLAGS_NONE, &on_owner, &on_no_owner,
                                  this, nullptr);
    }

    ~LibnotifyNotifier() override {
        g_bus_unwatch_name(watch_);
        while (!shown_.empty())
            close(shown_.begin()->first);
        if (reaper_)
            g_source_remove(reaper_);
        bury();
        notify_uninit();
    }

    LibnotifyNotifier(const LibnotifyNotifier&) = delete;
    LibnotifyNotifier& operator=(const LibnotifyNotifier&) = delete;

    bool available() override {
        if (!checked_)
            check_server();
        return available_;
    }

    bool supports_actions() override { return available() && actions_; }

    bool show(const Notification& n, std::function<void(const std::string&)> on_action) override {
        if (!available())
            return false;
        auto& entry = shown_[n.tag];
        if (!entry) {
            entry = std::make_unique<Entry>();
            entry->owner = this;
            entry->tag = n.tag;
            entry->notification = notify_notification_new(n.title.c_str(), n.body.c_str(), icon_.c_str());
            entry->closed_handler =
                g_signal_connect(entry->notification, "closed", G_CALLBACK(&LibnotifyNotifier::on_closed), entry.get());
        } else {
            notify_notification_update(entry->notification, n.title.c_str(), n.body.c_str(), icon_.c_str());
        }
        NotifyNotification* nn = entry->notification;
        entry->on_action = std::move(on_action);
        notify_notification_clear_actions(nn);
        notify_notification_set_urgency(nn, n.urgency == Urgency::low        ? NOTIFY_URGENCY_LOW
                                            : n.urgency == Urgency::critical ? NOTIFY_URGENCY_CRITICAL
                                                                             : NOTIFY_URGENCY_NORMAL);
        notify_notification_set_timeout(nn, n.timeout_ms < 0 ? NOTIFY_EXPIRES_DEFAULT : n.timeout_ms);
        notify_notification_set_hint(nn, "desktop-entry", g_variant_new_string("respite"));
        if (actions_) {
            for (const auto& a : n.actions)
                notify_notification_add_action(nn, a.key.c_str(), a.label.c_str(),
                                               NOTIFY_ACTION_CALLBACK(&LibnotifyNotifier::on_action), entry.get(),
                                               nullptr);
        }
        GError* error = nullptr;
        if (!notify_notification_show(nn, &error)) {
            std::fprintf(stderr, "respite: notification not shown: %s\n", error ? error->message : "?");
            g_clear_error(&error);
            drop(n.tag);
            checked_ = false; // the server may have gone: ask again next time
            return false;
        }
        return true;
    }

    void close(const std::string& tag) override {
        auto it = shown_.find(tag);
        if (it == shown_.end())
            return;
        GError* error = nullptr;
        if (!notify_notification_close(it->second->notification, &error))
            g_clear_error(&error);
        drop(tag);
    }

private:
    struct Entry {
        LibnotifyNotifier* owner = nullptr;
        std::string tag;
        NotifyNotification* notification = nullptr;
        gulong closed_handler = 0;
        std::function<void(const std::string&)> on_action;
    };

    // Dropped entries live until the next idle: drop() may run inside libnotify's own signal emission.
    void drop(const std::string& tag) {
        auto it = shown_.find(tag);
        if (it == shown_.end())
            return;
        g_signal_handler_disconnect(it->second->notification, it->second->closed_handler);
        it->second->on_action = nullptr;
        graveyard_.push_back(std::move(it->second));
        shown_.erase(it);
        if (!reaper_)
            reaper_ = g_idle_add(&LibnotifyNotifier::reap, this);
    }

    static gboolean reap(gpointer self) {
        auto* me = static_cast<LibnotifyNotifier*>(self);
        me->reaper_ = 0;
        me->bury();
        return G_SOURCE_REMOVE;
    }

    void bury() {
        for (auto& entry : graveyard_)
            g_object_unref(entry->notification);
        graveyard_.clear();
    }

    void check_server() {
        checked_ = true;
        available_ = false;
        actions_ = false;
        GError* error = nullptr;
        GDBusConnection* bus = g_bus_get_sync(G_BUS_TYPE_SESSION, nullptr, &error);
        if (!bus) {
            g_clear_error(&error);
            return;
        }
        GVariant* reply =
            g_dbus_connection_call_sync(bus, kName, "/org/freedesktop/Notifications", kName, "GetCapabilities", nullptr,
                                        G_VARIANT_TYPE("(as)"), G_DBUS_CALL_FLAGS_NONE, 1500, nullptr, &error);
        g_object_unref(bus);
        if (!reply) {
            g_clear_error(&error);
            return;
        }
        available_ = true;
        GVariantIter* caps = nullptr;
        g_variant_get(reply, "(as)", &caps);
        const gchar* cap = nullptr;
        while (g_variant_iter_loop(caps, "&s", &cap))
            if (std::string_view(cap) == "actions")
                actions_ = true;
        g_variant_iter_free(caps);
        g_variant_unref(reply);
    }

    static void on_owner(GDBusConnection*, const gchar*, const gchar*, gpointer self) {
        static_cast<LibnotifyNotifier*>(self)->checked_ = false;
    }
    static void on_no_owner(GDBusConnection*, const gchar*, gpointer self) {
        static_cast<LibnotifyNotifier*>(self)->checked_ = false;
    }

    static void on_action(NotifyNotification*, char* action, gpointer data) {
        auto* entry = static_cast<Entry*>(data);
        // Copy first: the callback may replace or close this very notification.
        auto callback = entry->on_action;
        const std::string key = action ? action : "";
        if (callback)
            callback(key);
    }

    static void on_closed(NotifyNotification*, gpointer data) {
        auto* entry = static_cast<Entry*>(data);
        entry->owner->drop(entry->tag);
    }

    std::string icon_;
    guint watch_ = 0;
    bool checked_ = false;
    bool available_ = false;
    bool actions_ = false;
    std::map<std::string, std::unique_ptr<Entry>> shown_;
    std::vector<std::unique_ptr<Entry>> graveyard_;
    guint reaper_ = 0;
};

} // namespace

std::unique_ptr<Notifier> make_notifier(const std::string& app_name, const std::string& icon_name) {
    return std::make_unique<LibnotifyNotifier>(app_name, icon_name);
}

} // namespace respite
