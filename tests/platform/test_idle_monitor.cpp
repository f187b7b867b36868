// IdleMonitor backends: XSync and XScreenSaver under Xvfb with xdotool input, Mutter against a dbusmock template.
#include "desktop_helpers.h"
#include "platform/fake/fake_idle_monitor.h"
#include "platform/idle_monitor.h"

#include <doctest/doctest.h>

#include <thread>
#include <vector>

using namespace std::chrono_literals;
using respite::Duration;

namespace {

// gdbus prints the first tuple typed ("(uint32 4, uint64 0)"), the others bare ("(5, 0)").
bool has_active_watch(const std::string& watches) {
    return watches.find(", 0)") != std::string::npos || watches.find("uint64 0)") != std::string::npos;
}

struct Recorder {
    std::vector<Duration> idles;
    int actives = 0;
    void attach(respite::IdleMonitor& m) {
        m.on_idle = [this](Duration d) { idles.push_back(d); };
        m.on_active = [this] { ++actives; };
    }
};

// Jiggle the pointer between two places (the same place twice is no input).
void input() {
    static int n = 0;
    ++n;
    respite::test::sh("xdotool mousemove " + std::to_string(100 + n % 2 * 50) + " 100");
}

// `active_within`: how late the backend may notice input after an idle stretch.
void check_x11_backend(const char* name, std::chrono::milliseconds active_within, bool second_stretch) {
    auto m = respite::make_idle_monitor(name);
    REQUIRE(m);
    REQUIRE(m->backend_name() == name);
    Recorder r;
    r.attach(*m);
    m->set_thresholds({1500ms, 700ms, 0ms, 700ms});
    input();
    m->start();
    // No input: both thresholds fire in ascending order, with the idle time reached.
    REQUIRE(respite::test::pump_until([&] { return r.idles.size() >= 2; }, 6s));
    CHECK(r.idles[0] >= 700ms);
    CHECK(r.idles[1] >= 1500ms);
    CHECK(r.idles[0] <= r.idles[1]); // equal when a loaded machine took past both before start()
    CHECK(r.actives == 0);
    // Input: one on_active.
    input();
    REQUIRE(respite::test::pump_until([&] { return r.actives >= 1; }, active_within));
    CHECK(r.actives == 1);
    if (!second_stretch)
        return;
    // A new stretch fires again.
    const auto before = r.idles.size();
    REQUIRE(respite::test::pump_until([&] { return r.idles.size() > before; }, 4s));
    input();
    REQUIRE(respite::test::pump_until([&] { return r.actives >= 2; }, active_within));
}

} // namespace

TEST_CASE("fake idle monitor normalizes thresholds and reports transitions") {
    respite::FakeIdleMonitor m;
    Recorder r;
    r.attach(m);
    m.set_thresholds({5min, 20s, 0s, 20s});
    CHECK(m.thresholds == std::vector<Duration>{20s, 5min});
    m.go_active();
    CHECK(r.actives == 0);
    m.go_idle(20s);
    m.go_active();
    CHECK(r.idles == std::vector<Duration>{20s});
    CHECK(r.actives == 1);
}

TEST_CASE("xsync idle backend under Xvfb") {
    if (!respite::test::desktop()) {
        MESSAGE("skipped: needs run_platform_tests.py");
        return;
    }
    check_x11_backend("xsync", 3s, true);
}

TEST_CASE("xsync: new thresholds in the middle of an idle stretch still end it with on_active") {
    if (!respite::test::desktop()) {
        MESSAGE("skipped: needs run_platform_tests.py");
        return;
    }
    auto m = respite::make_idle_monitor("xsync");
    Recorder r;
    r.attach(*m);
    m->set_thresholds({500ms});
    input();
    m->start();
    REQUIRE(respite::test::pump_until([&] { return r.idles.size() == 1; }, 4s));
    m->set_thresholds({5s, 10s}); // the lowest is above the idle time now
    respite::test::pump_for(200ms);
    input();
    REQUIRE(respite::test::pump_until([&] { return r.actives == 1; }, 3s));
}

// Regression (CI, loaded machine): more than the lowest threshold passed between the last input and start(),
// and a positive-transition alarm never fires for a crossing made before it existed.
TEST_CASE("xsync: started when the user is already idle, it reports the thresholds already passed") {
    if (!respite::test::desktop()) {
        MESSAGE("skipped: needs run_platform_tests.py");
        return;
    }
    input();
    std::this_thread::sleep_for(1300ms); // the user is away before the app starts
    auto m = respite::make_idle_monitor("xsync");
    Recorder r;
    r.attach(*m);
    m->set_thresholds({500ms, 1s, 60s});
    m->start();
    REQUIRE(respite::test::pump_until([&] { return r.idles.size() >= 2; }, 2s));
    CHECK(r.idles[0] >= 1300ms); // the time since the last input, not the threshold
    CHECK(r.idles[1] >= r.idles[0]);
    respite::test::pump_for(300ms);
    CHECK(r.idles.size() == 2); // once per threshold; 60 s is not reached
    input();
    REQUIRE(respite::test::pump_until([&] { return r.actives == 1; }, 3s));
    // The next stretch is reported by the alarms again, once per threshold.
    REQUIRE(respite::test::pump_until([&] { return r.idles.size() >= 4; }, 4s));
    CHECK(r.idles[2] >= 500ms);
    CHECK(r.idles[2] < r.idles[3]);
}

TEST_CASE("xscreensaver idle backend under Xvfb") {
    if (!respite::test::desktop()) {
        MESSAGE("skipped: needs run_platform_tests.py");
        return;
    }
    check_x11_backend("xscreensaver", 35s, false); // no input events: input is looked for every 30 s
}

TEST_CASE("mutter idle backend against a mocked org.gnome.Mutter.IdleMonitor") {
    if (!respite::test::desktop()) {
        MESSAGE("skipped: needs run_platform_tests.py");
        return;
    }
    auto m = respite::make_idle_monitor(); // Mutter is on the bus: the factory picks it first
    REQUIRE(m->backend_name() == "mutter");
    Recorder r;
    r.attach(*m);
    m->set_thresholds({20s, 5min});
    m->start();
    const auto mock = [](const std::string& method, const std::string& args = {}) {
        return respite::test::gdbus("session", "org.gnome.Mutter.IdleMonitor", "/org/gnome/Mutter/IdleMonitor/Core",
                                    "org.gnome.Mutter.IdleMonitor.Mock." + method, args);
    };
    REQUIRE(respite::test::pump_until(
        [&] {
            const auto w = mock("ListWatches");
            return w.find("20000") != std::string::npos && w.find("300000") != std::string::npos;
        },
        5s));
    mock("SetIdletime", "20000");
    REQUIRE(respite::test::pump_until([&] { return r.idles.size() == 1; }, 3s));
    CHECK(r.idles[0] == 20s);
    mock("SetIdletime", "300000");
    REQUIRE(respite::test::pump_until([&] { return r.idles.size() == 2; }, 3s));
    CHECK(r.idles[1] == 5min);
    // The user-active watch is added once idle: wait until it exists, then input.
    REQUIRE(respite::test::pump_until([&] { return has_active_watch(mock("ListWatches")); }, 3s));
    mock("Activity");
    REQUIRE(respite::test::pump_until([&] { return r.actives == 1; }, 3s));
    // New thresholds in the middle of an idle stretch: the user-active watch stays, the stretch still ends.
    mock("SetIdletime", "20000");
    REQUIRE(respite::test::pump_until([&] { return r.idles.size() == 3; }, 3s));
    REQUIRE(respite::test::pump_until([&] { return has_active_watch(mock("ListWatches")); }, 3s));
    m->set_thresholds({25s, 5min});
    REQUIRE(respite::test::pump_until([&] { return mock("ListWatches").find("25000") != std::string::npos; }, 3s));
    CHECK(has_active_watch(mock("ListWatches")));
    mock("Activity");
    REQUIRE(respite::test::pump_until([&] { return r.actives == 2; }, 3s));
    r.idles.clear();
    // New thresholds replace the old watches.
    m->set_thresholds({30s});
    REQUIRE(respite::test::pump_until(
        [&] {
            const auto w = mock("ListWatches");
            return w.find("30000") != std::string::npos && w.find("300000") == std::string::npos;
        },
        5s));
    mock("SetIdletime", "30000");
    REQUIRE(respite::test::pump_until([&] { return r.idles.size() == 1; }, 3s));
    CHECK(r.idles[0] == 30s);
}

TEST_CASE("always-present backend says so") {
    auto m = respite::make_idle_monitor("always-present");
    CHECK(m->backend_name() == "always-present");
    CHECK(m->always_present());
}
