// ClockMonitor: timedate1 Timezone changes (dbusmock) and the timerfd cancel-on-set path (needs CAP_SYS_TIME).
#include "desktop_helpers.h"
#include "platform/clock_monitor.h"
#include "platform/fake/fake_clock_monitor.h"

#include <doctest/doctest.h>

#include <cerrno>
#include <cstring>
#include <ctime>
#include <vector>

using namespace std::chrono_literals;
using respite::test::pump_until;

TEST_CASE("fake clock monitor") {
    respite::FakeClockMonitor m;
    std::vector<std::string> seen;
    m.on_clock_changed = [&](const std::string& what) { seen.push_back(what); };
    m.change("timezone");
    CHECK(seen == std::vector<std::string>{"timezone"});
}

TEST_CASE("timedate1 Timezone change fires on_clock_changed") {
    if (!respite::test::desktop()) {
        MESSAGE("skipped: needs run_platform_tests.py");
        return;
    }
    auto m = respite::make_clock_monitor();
    std::vector<std::string> seen;
    m->on_clock_changed = [&](const std::string& what) { seen.push_back(what); };
    m->start();
    CHECK(m->describe().find("timedate1") != std::string::npos);
    respite::test::pump_for(200ms);
    respite::test::gdbus("system", "org.freedesktop.timedate1", "/org/freedesktop/timedate1",
                         "org.freedesktop.timedate1.SetTimezone", "Europe/Berlin false");
    REQUIRE(pump_until([&] { return !seen.empty(); }, 3s));
    CHECK(seen.back() == "timezone");
}

TEST_CASE("setting the wall clock fires on_clock_changed (timerfd cancel-on-set)") {
    auto m = respite::make_clock_monitor();
    std::vector<std::string> seen;
    m->on_clock_changed = [&](const std::string& what) { seen.push_back(what); };
    m->start();
    REQUIRE(m->describe().find("timerfd") != std::string::npos);
    respite::test::pump_for(50ms);
    CHECK(seen.empty());
    // Setting the clock to (almost exactly) its current value is a discontinuous set for the kernel.
    timespec now{};
    clock_gettime(CLOCK_REALTIME, &now);
    if (clock_settime(CLOCK_REALTIME, &now) != 0) {
        MESSAGE("skipped: clock_settime failed (" << std::strerror(errno) << "): needs CAP_SYS_TIME");
        return;
    }
    REQUIRE(pump_until([&] { return !seen.empty(); }, 2s));
    CHECK(seen.back() == "clock");
    // Re-armed: a second set is seen too.
    seen.clear();
    clock_gettime(CLOCK_REALTIME, &now);
    clock_settime(CLOCK_REALTIME, &now);
    REQUIRE(pump_until([&] { return !seen.empty(); }, 2s));
}
