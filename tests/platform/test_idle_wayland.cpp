// ext-idle-notify-v1 backend against the in-process fake compositor (no Wayland compositor in Debian 12
// implements the protocol: sway 1.7/wlroots 0.15 and weston 10 predate it).
#include "desktop_helpers.h"
#include "platform/idle_monitor.h"
#include "wayland_fake_compositor.h"

#include <doctest/doctest.h>

#include <cstdlib>
#include <unistd.h>
#include <vector>

using namespace std::chrono_literals;
using respite::Duration;
using respite::test::pump_until;

TEST_CASE("ext-idle-notify backend: idled/resumed per threshold") {
    char dir[] = "/tmp/respite-wl-XXXXXX";
    REQUIRE(mkdtemp(dir));
    setenv("XDG_RUNTIME_DIR", dir, 1);
    const std::string socket = "respite-test-" + std::to_string(getpid());
    std::vector<Duration> idles;
    int actives = 0;
    {
        respite::test::FakeCompositor compositor(socket);
        REQUIRE(compositor.ok());
        setenv("WAYLAND_DISPLAY", socket.c_str(), 1);
        auto m = respite::make_idle_monitor("ext-idle-notify");
        REQUIRE(m->backend_name() == "ext-idle-notify");
        m->on_idle = [&](Duration d) { idles.push_back(d); };
        m->on_active = [&] { ++actives; };
        m->set_thresholds({2s, 1s});
        m->start();
        REQUIRE(pump_until([&] { return compositor.notifications() == 2; }, 3s));
        CHECK(compositor.timeout_sum() == 3000);

        compositor.idle(1000);
        REQUIRE(pump_until([&] { return idles.size() == 1; }, 3s));
        CHECK(idles[0] == 1s);
        compositor.idle(2000);
        REQUIRE(pump_until([&] { return idles.size() == 2; }, 3s));
        CHECK(idles[1] == 2s);
        compositor.resume(); // two resumed events, one on_active
        REQUIRE(pump_until([&] { return actives == 1; }, 3s));
        respite::test::pump_for(200ms);
        CHECK(actives == 1);

        m->set_thresholds({5s});
        REQUIRE(pump_until([&] { return compositor.notifications() == 1 && compositor.timeout_sum() == 5000; }, 3s));
        m.reset();
        REQUIRE(pump_until([&] { return compositor.notifications() == 0; }, 3s));
        // The factory skips X11 backends in a Wayland session (they would miss Wayland clients' input).
        setenv("XDG_SESSION_TYPE", "wayland", 1);
        auto picked = respite::make_idle_monitor();
        CHECK(picked->backend_name() != "xsync");
        CHECK(picked->backend_name() != "xscreensaver");
    }
    unsetenv("WAYLAND_DISPLAY");
    setenv("XDG_SESSION_TYPE", "x11", 1);
    rmdir(dir);
}
