// SessionMonitor on Linux: logind PrepareForSleep with a delay inhibitor, logind session Lock/Unlock/LockedHint
// on the system bus, and ScreenSaver ActiveChanged (freedesktop and GNOME) on the session bus.
#include "platform/session_monitor.h"

#include <gio/gio.h>
#include <gio/gunixfdlist.h>
#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <cstring>

namespace respite {
namespace {

constexpr const char* kLogin1 = "org.freedesktop.login1";
constexpr const char* kLogin1Path = "/org/freedesktop/login1";
constexpr const char* kManager = "org.freedesktop.login1.Manager";
constexpr const char* kSession = "org.freedesktop.login1.Session";
// logind holds sleep for InhibitDelayMaxSec (5 s by default) at most; release a little earlier ourselves if the
// app never confirms, so a stuck engine thread cannot delay every suspend.
constexpr guint kSleepReadyFallbackMs = 4000;

class LinuxSessionMonitor final : public SessionMonitor {
public:
    LinuxSessionMonitor() : cancel_(g_cancellable_new()) {}
    ~LinuxSessionMonitor() override {
        g_cancellable_cancel(cancel_);
        if (fallback_)
            g_source_remove(fallback_);
        release_inhibitor();
        for (guint id : system_subs_)
            g_dbus_connection_signal_unsubscribe(system_, id);
        for (guint id : session_subs_)
            g_dbus_connection_signal_unsubscribe(session_bus_, id);
        if (system_)
            g_object_unref(system_);
        if (session_bus_)
            g_object_unref(session_bus_);
        g_object_unref(cancel_);
    }

    void start() override {
        if (started_)
            return;
        started_ = true;
        GError* error = nullptr;
        system_ = g_bus_get_sync(G_BUS_TYPE_SYSTEM, nullptr, &error);
        if (system_) {
            start_logind();
        } else {
            std::fprintf(stderr, "respite: no system bus (%s): sleep is detected from the clocks only\n",
                         error->message);
            g_clear_error(&error);
        }
        session_bus_ = g_bus_get_sync(G_BUS_TYPE_SESSION, nullptr, &error);
        if (session_bus_) {
            start_screensaver();
        } else {
            std::fprintf(stderr, "respite: no session bus (%s): screen saver state is not followed\n", error->message);
            g_clear_error(&error);
        }
    }

    void sleep_ready() override {
        if (fallback_)
            g_source_remove(fallback_);
        fallback_ = 0;
        release_inhibitor();
    }

    bool locked() const override { return locked_; }

    std::string describe() const override {
        std::string s;
        if (system_)
            s += inhibit_fd_ >= 0 ? "logind+inhibitor" : "logind";
        if (!session_path_.empty())
            s += std::string(s.empty() ? "" : ", ") + "session lock";
        if (session_bus_)
            s += std::string(s.empty() ? "" : ", ") + "ScreenSaver";
        return s.empty() ? "none" : s;
    }

private:
    void start_logind() {
        system_subs_.push_back(g_dbus_connection_signal_subscribe(system_, kLogin1, kManager, "PrepareForSleep",
                                                                  kLogin1Path, nullptr, G_DBUS_SIGNAL_FLAGS_NONE,
                                                                  &LinuxSessionMonitor::on_prepare, this, nullptr));
        take_inhibitor();
        session_path_ = find_session();
        if (session_path_.empty()) {
            std::fprintf(stderr, "respite: no logind session found: lock is followed through ScreenSaver only\n");
            return;
        }
        const char* path = session_path_.c_str();
        for (const char* member : {"Lock", "Unlock"})
            system_subs_.push_back(g_dbus_connection_signal_subscribe(
                system_, kLogin1, kSession, member, path, nullptr, G_DBUS_SIGNAL_FLAGS_NONE,
                &LinuxSessionMonitor::on_session_signal, this, nullptr));
        system_subs_.push_back(g_dbus_connection_signal_subscribe(
            system_, kLogin1, "org.freedesktop.DBus.Properties", "PropertiesChanged", path, kSession,
            G_DBUS_SIGNAL_FLAGS_NONE, &LinuxSessionMonitor::on_session_props, this, nullptr));
        g_dbus_connection_call(system_, kLogin1, path, "org.freedesktop.DBus.Properties", "Get",
                               g_variant_new("(ss)", kSession, "LockedHint"), G_VARIANT_TYPE("(v)"),
                               G_DBUS_CALL_FLAGS_NONE, -1, cancel_, &LinuxSessionMonitor::on_bool_reply,
                               new Reply{this, "logind"});
    }

    // XDG_SESSION_ID when set; otherwise logind's "auto" (the caller's or the user's display session).
    std::string find_session() {
        const char* id = std::getenv("XDG_SESSION_ID");
        for (const char* candidate : {id && *id ? id : "auto", "auto"}) {
            GVariant* r = g_dbus_connection_call_sync(system_, kLogin1, kLogin1Path, kManager, "GetSession",
                                                      g_variant_new("(s)", candidate), G_VARIANT_TYPE("(o)"),
                                                      G_DBUS_CALL_FLAGS_NONE, 2000, nullptr, nullptr);
            if (r) {
                const gchar* p = nullptr;
                g_variant_get(r, "(&o)", &p);
                std::string path = p;
                g_variant_unref(r);
                return path;
            }
        }
        GVariant* r =
            g_dbus_connection_call_sync(system_, kLogin1, kLogin1Path, kManager, "GetSessionByPID",
                                        g_variant_new("(u)", static_cast<guint32>(getpid())), G_VARIANT_TYPE("(o)"),
                                        G_DBUS_CALL_FLAGS_NONE, 2000, nullptr, nullptr);
        if (!r)
            return {};
        const gchar* p = nullptr;
        g_variant_get(r, "(&o)", &p);
        std::string path = p;
        g_variant_unref(r);
        return path;
    }

    void take_inhibitor() {
        if (inhibit_fd_ >= 0 || inhibit_pending_)
            return;
        inhibit_pending_ = true;
        g_dbus_connection_call_with_unix_fd_list(
            system_, kLogin1, kLogin1Path, kManager, "Inhibit",
            g_variant_new("(ssss)", "sleep", "Respite", "Saving break state before sleep", "delay"),
            G_VARIANT_TYPE("(h)"), G_DBUS_CALL_FLAGS_NONE, -1, nullptr, cancel_, &LinuxSessionMonitor::on_inhibit,
            this);
    }

    static void on_inhibit(GObject* source, GAsyncResult* res, gpointer self) {
        GUnixFDList* fds = nullptr;
        GError* error = nullptr;
        GVariant* reply = g_dbus_connection_call_with_unix_fd_list_finish(G_DBUS_CONNECTION(source), &fds, res, &error);
        if (!reply) {
            if (!g_error_matches(error, G_IO_ERROR, G_IO_ERROR_CANCELLED)) {
                static_cast<LinuxSessionMonitor*>(self)->inhibit_pending_ = false;
                std::fprintf(stderr, "respite: no logind sleep inhibitor (%s)\n", error->message);
            }
            g_error_free(error);
            return;
        }
        auto* me = static_cast<LinuxSessionMonitor*>(self);
        me->inhibit_pending_ = false;
        gint32 index = -1;
        g_variant_get(reply, "(h)", &index);
        g_variant_unref(reply);
        if (fds) {
            me->inhibit_fd_ = g_unix_fd_list_get(fds, index, nullptr);
            g_object_unref(fds);
        }
    }

    void release_inhibitor() {
        if (inhibit_fd_ >= 0)
            close(inhibit_fd_);
        inhibit_fd_ = -1;
    }

    static void on_prepare(GDBusConnection*, const gchar*, const gchar*, const gchar*, const gchar*, GVariant* params,
                           gpointer self) {
        auto* me = static_cast<LinuxSessionMonitor*>(self);
        gboolean going = FALSE;
        g_variant_get(params, "(b)", &going);
        if (going) {
            if (!me->on_sleep) {
                me->release_inhibitor();
                return;
            }
            if (!me->fallback_)
                me->fallback_ = g_timeout_add(
                    kSleepReadyFallbackMs,
                    [](gpointer s) -> gboolean {
                        auto* m = static_cast<LinuxSessionMonitor*>(s);
                        m->fallback_ = 0;
                        m->release_inhibitor();
                        return G_SOURCE_REMOVE;
                    },
                    me);
            me->on_sleep();
        } else {
            me->take_inhibitor();
            if (me->on_resume)
                me->on_resume();
        }
    }

    static void on_session_signal(GDBusConnection*, const gchar*, const gchar*, const gchar*, const gchar* member,
                                  GVariant*, gpointer self) {
        static_cast<LinuxSessionMonitor*>(self)->set_locked(std::strcmp(member, "Lock") == 0);
    }

    static void on_session_props(GDBusConnection*, const gchar*, const gchar*, const gchar*, const gchar*,
                                 GVariant* params, gpointer self) {
        GVariant* changed = g_variant_get_child_value(params, 1);
        gboolean hint = FALSE;
        if (g_variant_lookup(changed, "LockedHint", "b", &hint))
            static_cast<LinuxSessionMonitor*>(self)->set_locked(hint);
        g_variant_unref(changed);
    }

    void start_screensaver() {
        struct Saver {
            const char* name;
            const char* path;
        };
        for (Saver s : {Saver{"org.freedesktop.ScreenSaver", "/org/freedesktop/ScreenSaver"},
                        Saver{"org.gnome.ScreenSaver", "/org/gnome/ScreenSaver"}}) {
            // Any path: KDE also serves /ScreenSaver.
            session_subs_.push_back(g_dbus_connection_signal_subscribe(
                session_bus_, nullptr, s.name, "ActiveChanged", nullptr, nullptr, G_DBUS_SIGNAL_FLAGS_NONE,
                &LinuxSessionMonitor::on_active_changed, this, nullptr));
            g_dbus_connection_call(session_bus_, s.name, s.path, s.name, "GetActive", nullptr, G_VARIANT_TYPE("(b)"),
                                   G_DBUS_CALL_FLAGS_NO_AUTO_START, -1, cancel_, &LinuxSessionMonitor::on_bool_reply,
                                   new Reply{this, s.name});
        }
    }

    static void on_active_changed(GDBusConnection*, const gchar*, const gchar*, const gchar*, const gchar*,
                                  GVariant* params, gpointer self) {
        gboolean active = FALSE;
        if (g_variant_is_of_type(params, G_VARIANT_TYPE("(b)"))) {
            g_variant_get(params, "(b)", &active);
            static_cast<LinuxSessionMonitor*>(self)->set_locked(active);
        }
    }

    struct Reply {
        LinuxSessionMonitor* self;
        const char* source;
    };

    // Initial state: only a "locked" answer matters (absent services and "not locked" change nothing).
    static void on_bool_reply(GObject* src, GAsyncResult* res, gpointer data) {
        std::unique_ptr<Reply> reply_to(static_cast<Reply*>(data));
        GVariant* reply = g_dbus_connection_call_finish(G_DBUS_CONNECTION(src), res, nullptr);
        if (!reply)
            return;
        gboolean value = FALSE;
        if (g_variant_is_of_type(reply, G_VARIANT_TYPE("(v)"))) {
            GVariant* v = nullptr;
            g_variant_get(reply, "(v)", &v);
            if (g_variant_is_of_type(v, G_VARIANT_TYPE_BOOLEAN))
                value = g_variant_get_boolean(v);
            g_variant_unref(v);
        } else {
            g_variant_get(reply, "(b)", &value);
        }
        g_variant_unref(reply);
        if (value)
            reply_to->self->set_locked(true);
    }

    // Sources disagree on what they report (a lock request, a hint, a screen saver), so each report is an edge.
    void set_locked(bool locked) {
        if (locked == locked_)
            return;
        locked_ = locked;
        if (locked && on_lock)
            on_lock();
        else if (!locked && on_unlock)
            on_unlock();
    }

    GCancellable* cancel_;
    GDBusConnection* system_ = nullptr;
    GDBusConnection* session_bus_ = nullptr;
    std::vector<guint> system_subs_;
    std::vector<guint> session_subs_;
    std::string session_path_;
    int inhibit_fd_ = -1;
    bool inhibit_pending_ = false;
    guint fallback_ = 0;
    bool started_ = false;
    bool locked_ = false;
};

} // namespace

std::unique_ptr<SessionMonitor> make_session_monitor() {
    return std::make_unique<LinuxSessionMonitor>();
}

} // namespace respite
