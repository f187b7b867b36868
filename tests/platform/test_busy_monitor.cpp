// BusyMonitor: a fullscreen GTK window under openbox, GNOME do-not-disturb (GSettings, memory backend),
// Notifications.Inhibited and GNOME SessionManager idle inhibitors (dbusmock), camera scan.
#include "desktop_helpers.h"
#include "platform/busy_monitor.h"
#include "platform/fake/fake_busy_monitor.h"

#include <doctest/doctest.h>
#include <gio/gio.h>

#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <fcntl.h>
#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <sys/wait.h>
#include <unistd.h>
#include <utility>
#include <vector>

using namespace std::chrono_literals;
using respite::test::gdbus;
using respite::test::pump_until;

namespace {

struct Recorder {
    std::vector<std::pair<bool, std::string>> changes;
    std::vector<bool> inhibitor; // on_idle_inhibitor_changed, in order
    void attach(respite::BusyMonitor& m) {
        m.on_busy_changed = [this](bool busy, respite::BusyReason reason) {
            changes.emplace_back(busy, std::string(respite::to_string(reason)));
        };
        m.on_idle_inhibitor_changed = [this](bool held) { inhibitor.push_back(held); };
    }
    bool last_is(bool busy, const std::string& reason) const {
        return !changes.empty() && changes.back() == std::make_pair(busy, reason);
    }
};

void send(FILE* window, const char* cmd) {
    std::fprintf(window, "%s\n", cmd);
    std::fflush(window);
}

} // namespace

TEST_CASE("fake busy monitor reports changes only") {
    respite::FakeBusyMonitor m;
    Recorder r;
    r.attach(m);
    m.set(true, respite::BusyReason::fullscreen);
    m.set(true, respite::BusyReason::fullscreen);
    m.set(false, respite::BusyReason::call);
    CHECK(r.changes.size() == 2);
    CHECK(r.last_is(false, ""));
    m.camera = true;
    m.check_camera();
    CHECK(r.last_is(true, "call"));
}

TEST_CASE("fullscreen active window is busy, leaving fullscreen clears it") {
    if (!respite::test::desktop()) {
        MESSAGE("skipped: needs run_platform_tests.py");
        return;
    }
    auto m = respite::make_busy_monitor();
    Recorder r;
    r.attach(*m);
    m->start();
    CHECK(m->describe().find("x11-fullscreen") != std::string::npos);
    CHECK_FALSE(m->busy());
    const std::string script = std::string(std::getenv("RESPITE_TEST_DIR")) + "/fullscreen_window.py";
    FILE* window = popen(("/usr/bin/python3 " + script).c_str(), "w");
    REQUIRE(window);
    respite::test::pump_for(1500ms); // mapped and activated by openbox, not fullscreen
    CHECK_FALSE(m->busy());
    send(window, "full");
    REQUIRE(pump_until([&] { return r.last_is(true, "fullscreen"); }, 5s));
    CHECK(m->reason() == respite::BusyReason::fullscreen);
    send(window, "unfull");
    REQUIRE(pump_until([&] { return r.last_is(false, ""); }, 5s));
    send(window, "full");
    REQUIRE(pump_until([&] { return r.last_is(true, "fullscreen"); }, 5s));
    send(window, "quit"); // the fullscreen window goes away: no longer busy
    REQUIRE(pump_until([&] { return r.last_is(false, ""); }, 5s));
    pclose(window);
}

TEST_CASE("GNOME do-not-disturb (show-banners) is busy") {
    if (!respite::test::desktop()) {
        MESSAGE("skipped: needs run_platform_tests.py");
        return;
    }
    GSettingsSchemaSource* src = g_settings_schema_source_get_default();
    GSettingsSchema* schema = g_settings_schema_source_lookup(src, "org.gnome.desktop.notifications", TRUE);
    if (!schema) {
        MESSAGE("skipped: org.gnome.desktop.notifications schema not installed");
        return;
    }
    g_settings_schema_unref(schema);
    auto m = respite::make_busy_monitor();
    Recorder r;
    r.attach(*m);
    m->start();
    CHECK(m->describe().find("gnome-dnd") != std::string::npos);
    GSettings* settings = g_settings_new("org.gnome.desktop.notifications");
    g_settings_set_boolean(settings, "show-banners", FALSE);
    REQUIRE(pump_until([&] { return r.last_is(true, "do-not-disturb"); }, 3s));
    g_settings_set_boolean(settings, "show-banners", TRUE);
    REQUIRE(pump_until([&] { return r.last_is(false, ""); }, 3s));
    g_object_unref(settings);
}

TEST_CASE("org.freedesktop.Notifications Inhibited is busy") {
    if (!respite::test::desktop()) {
        MESSAGE("skipped: needs run_platform_tests.py");
        return;
    }
    auto m = respite::make_busy_monitor();
    Recorder r;
    r.attach(*m);
    m->start();
    respite::test::pump_for(300ms);
    const auto inhibited = [](const char* v) {
        gdbus("session", "org.freedesktop.Notifications", "/org/freedesktop/Notifications",
              "org.freedesktop.DBus.Mock.UpdateProperties",
              std::string("org.freedesktop.Notifications \"{'Inhibited': <") + v + ">}\"");
    };
    inhibited("true");
    REQUIRE(pump_until([&] { return r.last_is(true, "do-not-disturb"); }, 3s));
    inhibited("false");
    REQUIRE(pump_until([&] { return r.last_is(false, ""); }, 3s));

    // Already inhibited when the monitor starts: reported at start.
    inhibited("true");
    auto late = respite::make_busy_monitor();
    Recorder r2;
    r2.attach(*late);
    late->start();
    REQUIRE(pump_until([&] { return r2.last_is(true, "do-not-disturb"); }, 3s));
    inhibited("false");
    REQUIRE(pump_until([&] { return r2.last_is(false, ""); }, 3s));
}

TEST_CASE("GNOME session idle inhibitor is a presentation") {
    if (!respite::test::desktop()) {
        MESSAGE("skipped: needs run_platform_tests.py");
        return;
    }
    auto m = respite::make_busy_monitor();
    Recorder r;
    r.attach(*m);
    m->start();
    respite::test::pump_for(300ms);
    const auto set_inhibited = [](unsigned flags, const char* signal) {
        const std::string sm = "org.gnome.SessionManager";
        gdbus("session", sm, "/org/gnome/SessionManager", "org.freedesktop.DBus.Properties.Set",
              sm + " InhibitedActions \"<uint32 " + std::to_string(flags) + ">\"");
        gdbus("session", sm, "/org/gnome/SessionManager", "org.freedesktop.DBus.Mock.EmitSignal",
              sm + " " + signal + " o \"[<objectpath '/org/gnome/SessionManager/Inhibitor1'>]\"");
    };
    set_inhibited(4, "InhibitorAdded"); // suspend only: not busy
    respite::test::pump_for(500ms);
    CHECK_FALSE(m->busy());
    CHECK(r.inhibitor.empty());
    set_inhibited(4 | 8, "InhibitorAdded");
    REQUIRE(pump_until([&] { return r.last_is(true, "presentation"); }, 3s));
    CHECK(r.inhibitor == std::vector<bool>{true}); // an idle inhibitor: reading, for the engine
    set_inhibited(0, "InhibitorRemoved");
    REQUIRE(pump_until([&] { return r.last_is(false, ""); }, 3s));
    CHECK(r.inhibitor == std::vector<bool>{true, false});
}

TEST_CASE("PowerManagement.Inhibit (KDE, Xfce: ScreenSaver inhibitors) is a held idle inhibitor and a presentation") {
    if (!respite::test::desktop()) {
        MESSAGE("skipped: needs run_platform_tests.py");
        return;
    }
    const std::string pm = "org.freedesktop.PowerManagement";
    const std::string path = "/org/freedesktop/PowerManagement/Inhibit";
    const std::string iface = pm + ".Inhibit";
    const auto has_inhibit = [&](bool has, bool signal) {
        const std::string v = has ? "true" : "false";
        gdbus("session", pm, path, "org.freedesktop.DBus.Properties.Set", iface + " MockHasInhibit \"<" + v + ">\"");
        if (signal)
            gdbus("session", pm, path, "org.freedesktop.DBus.Mock.EmitSignal",
                  iface + " HasInhibitChanged b \"[<" + v + ">]\"");
    };
    // Held before the app starts: the first answer of HasInhibit tells.
    has_inhibit(true, false);
    auto m = respite::make_busy_monitor();
    Recorder r;
    r.attach(*m);
    m->start();
    CHECK(m->describe().find("powermanagement-inhibit") != std::string::npos);
    REQUIRE(pump_until([&] { return r.inhibitor == std::vector<bool>{true}; }, 3s));
    CHECK(r.last_is(true, "presentation"));
    has_inhibit(false, true); // the video ends
    REQUIRE(pump_until([&] { return r.inhibitor == std::vector<bool>{true, false}; }, 3s));
    REQUIRE(pump_until([&] { return r.last_is(false, ""); }, 3s));
    has_inhibit(true, true); // and starts again
    REQUIRE(pump_until([&] { return r.inhibitor.size() == 3 && r.inhibitor.back(); }, 3s));
    m->check_idle_inhibitor(); // events on Linux: looking again changes nothing
    respite::test::pump_for(200ms);
    CHECK(r.inhibitor.size() == 3);
    has_inhibit(false, true);
    REQUIRE(pump_until([&] { return r.inhibitor.size() == 4; }, 3s));
}

TEST_CASE("camera in use: a process holding /dev/video* open is a call") {
    auto m = respite::make_busy_monitor();
    Recorder r;
    r.attach(*m);
    m->start();
    const bool before = m->camera_in_use();
    const char* node = "/dev/video-respite-test";
    if (mknod(node, S_IFCHR | 0600, makedev(1, 3)) != 0) { // a /dev/null twin named like a camera
        MESSAGE("skipped: cannot create a device node (not root, or no CAP_MKNOD)");
        return;
    }
    const pid_t child = fork();
    if (child == 0) {
        open(node, O_RDONLY);
        pause();
        _exit(0);
    }
    bool seen = false;
    for (int i = 0; i < 50 && !seen; ++i) {
        usleep(20000);
        seen = m->camera_in_use();
    }
    if (seen) {
        m->check_camera(); // scanned off this thread; the answer arrives through the main loop
        CHECK(pump_until([&] { return r.last_is(true, "call"); }, 5s));
        CHECK(m->reason() == respite::BusyReason::call);
    }
    kill(child, SIGKILL);
    waitpid(child, nullptr, 0);
    unlink(node);
    CHECK(seen);
    if (!before) {
        CHECK_FALSE(m->camera_in_use());
        m->check_camera(); // the call is over
        CHECK(pump_until([&] { return r.last_is(false, ""); }, 5s));
    }
}
