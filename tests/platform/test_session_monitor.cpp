// SessionMonitor against dbusmock: logind PrepareForSleep with the delay inhibitor, session Lock/Unlock and
// LockedHint, GNOME ScreenSaver ActiveChanged.
#include "desktop_helpers.h"
#include "platform/fake/fake_session_monitor.h"
#include "platform/session_monitor.h"

#include <doctest/doctest.h>

using namespace std::chrono_literals;
using respite::test::gdbus;
using respite::test::pump_until;

namespace {

struct Recorder {
    int sleeps = 0, resumes = 0, locks = 0, unlocks = 0;
    void attach(respite::SessionMonitor& m) {
        m.on_sleep = [this] { ++sleeps; };
        m.on_resume = [this] { ++resumes; };
        m.on_lock = [this] { ++locks; };
        m.on_unlock = [this] { ++unlocks; };
    }
};

std::string login1(const std::string& path, const std::string& method, const std::string& args = {}) {
    return gdbus("system", "org.freedesktop.login1", path, method, args);
}

bool respite_inhibits() {
    return login1("/org/freedesktop/login1", "org.freedesktop.login1.Manager.ListInhibitors").find("Respite") !=
           std::string::npos;
}

void prepare_for_sleep(bool going) {
    login1("/org/freedesktop/login1", "org.freedesktop.DBus.Mock.EmitSignal",
           std::string("org.freedesktop.login1.Manager PrepareForSleep b \"[<") + (going ? "true" : "false") + ">]\"");
}

} // namespace

TEST_CASE("fake session monitor reports lock transitions once") {
    respite::FakeSessionMonitor m;
    Recorder r;
    r.attach(m);
    m.lock();
    m.lock();
    m.unlock();
    m.sleep();
    m.sleep_ready();
    CHECK(r.locks == 1);
    CHECK(r.unlocks == 1);
    CHECK(r.sleeps == 1);
    CHECK(m.sleep_ready_calls == 1);
}

TEST_CASE("logind sleep and resume with a delay inhibitor") {
    if (!respite::test::desktop()) {
        MESSAGE("skipped: needs run_platform_tests.py");
        return;
    }
    auto m = respite::make_session_monitor();
    Recorder r;
    r.attach(*m);
    m->start();
    REQUIRE(pump_until([&] { return m->describe().find("logind+inhibitor") != std::string::npos; }, 5s));
    CHECK(respite_inhibits());

    prepare_for_sleep(true);
    REQUIRE(pump_until([&] { return r.sleeps == 1; }, 3s));
    CHECK(respite_inhibits()); // held until the app saved its state
    m->sleep_ready();
    REQUIRE(pump_until([] { return !respite_inhibits(); }, 3s));

    prepare_for_sleep(false);
    REQUIRE(pump_until([&] { return r.resumes == 1; }, 3s));
    REQUIRE(pump_until(respite_inhibits, 3s)); // taken again for the next sleep
    CHECK(r.locks == 0);
}

TEST_CASE("logind sleep: the inhibitor is released even if the app never confirms") {
    if (!respite::test::desktop()) {
        MESSAGE("skipped: needs run_platform_tests.py");
        return;
    }
    auto m = respite::make_session_monitor();
    Recorder r;
    r.attach(*m);
    m->start();
    REQUIRE(pump_until(respite_inhibits, 5s));
    prepare_for_sleep(true);
    REQUIRE(pump_until([&] { return r.sleeps == 1; }, 3s));
    REQUIRE(pump_until([] { return !respite_inhibits(); }, 6s));
    prepare_for_sleep(false);
    REQUIRE(pump_until([&] { return r.resumes == 1; }, 3s));
}

TEST_CASE("logind session Lock/Unlock and LockedHint") {
    if (!respite::test::desktop()) {
        MESSAGE("skipped: needs run_platform_tests.py");
        return;
    }
    auto m = respite::make_session_monitor();
    Recorder r;
    r.attach(*m);
    m->start();
    REQUIRE(pump_until(respite_inhibits, 5s));
    const std::string session = "/org/freedesktop/login1/session/c1";
    login1(session, "org.freedesktop.login1.Session.Lock");
    REQUIRE(pump_until([&] { return r.locks == 1; }, 3s));
    CHECK(m->locked());
    login1(session, "org.freedesktop.login1.Session.Unlock");
    REQUIRE(pump_until([&] { return r.unlocks == 1; }, 3s));
    CHECK_FALSE(m->locked());
    login1(session, "org.freedesktop.login1.Session.SetLockedHint", "true");
    REQUIRE(pump_until([&] { return r.locks == 2; }, 3s));
    login1(session, "org.freedesktop.login1.Session.SetLockedHint", "false");
    REQUIRE(pump_until([&] { return r.unlocks == 2; }, 3s));
}

TEST_CASE("GNOME ScreenSaver ActiveChanged is lock and unlock") {
    if (!respite::test::desktop()) {
        MESSAGE("skipped: needs run_platform_tests.py");
        return;
    }
    auto m = respite::make_session_monitor();
    Recorder r;
    r.attach(*m);
    m->start();
    const auto saver = [](const char* arg) {
        gdbus("session", "org.gnome.ScreenSaver", "/org/gnome/ScreenSaver", "org.gnome.ScreenSaver.SetActive", arg);
    };
    respite::test::pump_for(300ms);
    saver("true");
    REQUIRE(pump_until([&] { return r.locks == 1; }, 3s));
    saver("false");
    REQUIRE(pump_until([&] { return r.unlocks == 1; }, 3s));
    CHECK(r.sleeps == 0);
}

TEST_CASE("session monitor starts locked when the screen saver is already active") {
    if (!respite::test::desktop()) {
        MESSAGE("skipped: needs run_platform_tests.py");
        return;
    }
    gdbus("session", "org.gnome.ScreenSaver", "/org/gnome/ScreenSaver", "org.gnome.ScreenSaver.SetActive", "true");
    auto m = respite::make_session_monitor();
    Recorder r;
    r.attach(*m);
    m->start();
    REQUIRE(pump_until([&] { return r.locks == 1; }, 3s));
    gdbus("session", "org.gnome.ScreenSaver", "/org/gnome/ScreenSaver", "org.gnome.ScreenSaver.SetActive", "false");
    REQUIRE(pump_until([&] { return r.unlocks == 1; }, 3s));
}
