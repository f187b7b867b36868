// make_idle_monitor(): probe the Linux idle backends best first.
#include "platform/linux/idle_backends.h"

#include <cstdio>
#include <cstdlib>
#include <cstring>

namespace respite {
namespace linux_idle {
namespace {

class AlwaysPresent final : public IdleMonitor {
public:
    void start() override {}
    void set_thresholds(std::vector<Duration>) override {}
    std::string backend_name() const override { return "always-present"; }
    bool always_present() const override { return true; }
};

bool wayland_session() {
    const char* type = std::getenv("XDG_SESSION_TYPE");
    const char* wl = std::getenv("WAYLAND_DISPLAY");
    return (type && std::strcmp(type, "wayland") == 0) || (wl && *wl && !(type && std::strcmp(type, "x11") == 0));
}

} // namespace

std::unique_ptr<IdleMonitor> make_always_present() {
    return std::make_unique<AlwaysPresent>();
}

} // namespace linux_idle

std::unique_ptr<IdleMonitor> make_idle_monitor(std::string_view preferred) {
    using Maker = std::unique_ptr<IdleMonitor> (*)();
    struct Candidate {
        const char* name;
        Maker make;
    };
    std::string wanted(preferred);
    if (wanted.empty()) {
        if (const char* env = std::getenv("RESPITE_IDLE_BACKEND"))
            wanted = env;
    }
    // In a Wayland session the X11 backends would see only XWayland clients' input: a typing user would look
    // idle, so they are not candidates there unless asked for by name.
    const bool wayland = linux_idle::wayland_session();
    const Candidate all[] = {{"mutter", linux_idle::make_mutter},
                             {"ext-idle-notify", linux_idle::make_wayland},
                             {"xsync", linux_idle::make_xsync},
                             {"xscreensaver", linux_idle::make_xscreensaver},
                             {"always-present", linux_idle::make_always_present}};
    if (!wanted.empty()) {
        for (const auto& c : all) {
            if (wanted == c.name) {
                if (auto m = c.make()) {
                    std::fprintf(stderr, "respite: idle detection: %s (requested)\n", c.name);
                    return m;
                }
                std::fprintf(stderr, "respite: idle backend %s requested but unavailable\n", c.name);
            }
        }
    }
    for (const auto& c : all) {
        const bool x11 = std::strcmp(c.name, "xsync") == 0 || std::strcmp(c.name, "xscreensaver") == 0;
        if (wayland && x11)
            continue;
        if (auto m = c.make()) {
            std::fprintf(stderr, "respite: idle detection: %s%s\n", c.name,
                         m->always_present() ? " (no idle service found: you always count as present)" : "");
            return m;
        }
    }
    return linux_idle::make_always_present();
}

} // namespace respite
