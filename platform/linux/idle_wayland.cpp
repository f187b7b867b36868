// Wayland idle backend: ext-idle-notify-v1 (KDE, wlroots), one notification object per threshold, on our own
// wl_display connection whose fd is a GLib source.
#include "platform/linux/idle_backends.h"

#include "platform/linux/ext_idle_notify_v1_client.h"
#include <glib-unix.h>
#include <glib.h>
#include <wayland-client.h>

#include <cstdio>
#include <cstring>

namespace respite::linux_idle {
namespace {

class WaylandIdle final : public IdleMonitor {
public:
    WaylandIdle(wl_display* display, wl_registry* registry, ext_idle_notifier_v1* notifier, wl_seat* seat)
        : display_(display), registry_(registry), notifier_(notifier), seat_(seat) {}
    ~WaylandIdle() override {
        if (source_)
            g_source_remove(source_);
        destroy_notifications();
        ext_idle_notifier_v1_destroy(notifier_);
        wl_seat_destroy(seat_);
        wl_registry_destroy(registry_);
        wl_display_flush(display_);
        wl_display_disconnect(display_);
    }

    void start() override {
        if (source_)
            return;
        source_ = g_unix_fd_add(wl_display_get_fd(display_), static_cast<GIOCondition>(G_IO_IN | G_IO_HUP | G_IO_ERR),
                                &WaylandIdle::on_fd, this);
        arm();
    }

    void set_thresholds(std::vector<Duration> thresholds) override {
        thresholds_ = normalize(std::move(thresholds));
        if (source_)
            arm();
    }

    std::string backend_name() const override { return "ext-idle-notify"; }

private:
    struct Watch {
        WaylandIdle* self;
        Duration threshold;
        ext_idle_notification_v1* notification;
        bool idled;
    };

    void destroy_notifications() {
        for (auto& w : watches_)
            ext_idle_notification_v1_destroy(w->notification);
        watches_.clear();
    }

    void arm() {
        destroy_notifications();
        idle_ = false;
        for (Duration t : thresholds_) {
            auto w = std::make_unique<Watch>(Watch{this, t, nullptr, false});
            w->notification = ext_idle_notifier_v1_get_idle_notification(
                notifier_, static_cast<uint32_t>(std::min<long long>(t.count(), UINT32_MAX)), seat_);
            ext_idle_notification_v1_add_listener(w->notification, &kListener, w.get());
            watches_.push_back(std::move(w));
        }
        wl_display_flush(display_);
    }

    static void idled(void* data, ext_idle_notification_v1*) {
        auto* w = static_cast<Watch*>(data);
        w->idled = true;
        w->self->idle_ = true;
        if (w->self->on_idle)
            w->self->on_idle(w->threshold);
    }

    // Every notification that idled sends resumed on input; report the stretch's end once.
    static void resumed(void* data, ext_idle_notification_v1*) {
        auto* w = static_cast<Watch*>(data);
        w->idled = false;
        WaylandIdle* me = w->self;
        if (me->idle_) {
            me->idle_ = false;
            if (me->on_active)
                me->on_active();
        }
    }

    static gboolean on_fd(gint, GIOCondition cond, gpointer self) {
        auto* me = static_cast<WaylandIdle*>(self);
        if ((cond & (G_IO_HUP | G_IO_ERR)) || wl_display_dispatch(me->display_) < 0) {
            std::fprintf(stderr, "respite: idle (wayland): compositor connection lost; idle detection stops\n");
            me->source_ = 0;
            return G_SOURCE_REMOVE;
        }
        wl_display_flush(me->display_);
        return G_SOURCE_CONTINUE;
    }

    static constexpr ext_idle_notification_v1_listener kListener{&WaylandIdle::idled, &WaylandIdle::resumed};

    wl_display* display_;
    wl_registry* registry_;
    ext_idle_notifier_v1* notifier_;
    wl_seat* seat_;
    guint source_ = 0;
    bool idle_ = false;
    std::vector<Duration> thresholds_;
    std::vector<std::unique_ptr<Watch>> watches_;
};

struct Globals {
    ext_idle_notifier_v1* notifier = nullptr;
    wl_seat* seat = nullptr;
};

void on_global(void* data, wl_registry* registry, uint32_t name, const char* interface, uint32_t) {
    auto* g = static_cast<Globals*>(data);
    if (std::strcmp(interface, ext_idle_notifier_v1_interface.name) == 0 && !g->notifier)
        g->notifier =
            static_cast<ext_idle_notifier_v1*>(wl_registry_bind(registry, name, &ext_idle_notifier_v1_interface, 1));
    else if (std::strcmp(interface, wl_seat_interface.name) == 0 && !g->seat)
        g->seat = static_cast<wl_seat*>(wl_registry_bind(registry, name, &wl_seat_interface, 1));
}

void on_global_remove(void*, wl_registry*, uint32_t) {}

constexpr wl_registry_listener kRegistryListener{&on_global, &on_global_remove};

} // namespace

std::unique_ptr<IdleMonitor> make_wayland() {
    wl_display* display = wl_display_connect(nullptr);
    if (!display)
        return nullptr;
    Globals g;
    wl_registry* registry = wl_display_get_registry(display);
    wl_registry_add_listener(registry, &kRegistryListener, &g);
    wl_display_roundtrip(display);
    if (!g.notifier || !g.seat) {
        if (g.notifier)
            ext_idle_notifier_v1_destroy(g.notifier);
        if (g.seat)
            wl_seat_destroy(g.seat);
        wl_registry_destroy(registry);
        wl_display_disconnect(display);
        return nullptr;
    }
    return std::make_unique<WaylandIdle>(display, registry, g.notifier, g.seat);
}

} // namespace respite::linux_idle
