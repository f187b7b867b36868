// The Windows adapters themselves, under wine (or Windows): real hidden windows, real messages sent to them, real
// timers, GetLastInputInfo, the clocks. Wine never sends session, power or notification-state events (DESIGN.md
// §11), so this test sends the messages Windows would send; the meaning of each sequence is covered by
// windows_adapter_logic_tests.
#define DOCTEST_CONFIG_IMPLEMENT_WITH_MAIN
#include "platform/busy_monitor.h"
#include "platform/clock.h"
#include "platform/clock_monitor.h"
#include "platform/idle_monitor.h"
#include "platform/session_monitor.h"
#include "platform/sound.h"
#include "platform/windows/hidden_window.h"

#include <wtsapi32.h>

#include <doctest/doctest.h>

#include <chrono>
#include <functional>
#include <string>
#include <vector>

using namespace std::chrono_literals;
using respite::Duration;

namespace {

// Runs the thread's message loop (as wx's would) until `done` or `limit` passes.
bool pump_until(const std::function<bool()>& done, std::chrono::milliseconds limit) {
    const auto end = std::chrono::steady_clock::now() + limit;
    while (!done()) {
        if (std::chrono::steady_clock::now() >= end)
            return false;
        MsgWaitForMultipleObjects(0, nullptr, FALSE, 20, QS_ALLINPUT);
        MSG msg;
        while (PeekMessageW(&msg, nullptr, 0, 0, PM_REMOVE)) {
            TranslateMessage(&msg);
            DispatchMessageW(&msg);
        }
    }
    return true;
}

// The hidden windows this thread created after `before` (the adapters' own, found by class).
std::vector<HWND> hidden_windows() {
    std::vector<HWND> out;
    EnumThreadWindows(
        GetCurrentThreadId(),
        [](HWND hwnd, LPARAM list) -> BOOL {
            wchar_t name[64] = {};
            GetClassNameW(hwnd, name, 64);
            if (std::wstring(name) == L"RespiteHiddenWindow")
                reinterpret_cast<std::vector<HWND>*>(list)->push_back(hwnd);
            return TRUE;
        },
        reinterpret_cast<LPARAM>(&out));
    return out;
}

// Sends `message` to every hidden window, as a broadcast reaches every top-level window.
void send_to_hidden(UINT message, WPARAM wparam) {
    for (HWND hwnd : hidden_windows())
        SendMessageW(hwnd, message, wparam, 0);
}

} // namespace

TEST_CASE("hidden window: messages reach the handler, a timer fires once, on the message loop") {
    std::vector<UINT> seen;
    respite::windows::HiddenWindow window([&](UINT message, WPARAM, LPARAM, LRESULT* result) {
        if (message != WM_TIMECHANGE)
            return false;
        seen.push_back(message);
        *result = 7;
        return true;
    });
    REQUIRE(window.valid());
    CHECK(SendMessageW(window.hwnd(), WM_TIMECHANGE, 0, 0) == 7);
    CHECK(seen.size() == 1);
    int fired = 0;
    window.start_timer(0, 30, [&] { ++fired; });
    CHECK(pump_until([&] { return fired > 0; }, 2s));
    pump_until([] { return false; }, 200ms);
    CHECK(fired == 1);
    // Re-arming replaces; stopping disarms.
    window.start_timer(1, 50, [&] { fired += 10; });
    window.stop_timer(1);
    pump_until([] { return false; }, 200ms);
    CHECK(fired == 1);
}

TEST_CASE("session monitor: lock, unlock, sleep and resume from the messages Windows sends") {
    auto session = respite::make_session_monitor();
    std::vector<std::string> events;
    session->on_lock = [&] { events.push_back("lock"); };
    session->on_unlock = [&] { events.push_back("unlock"); };
    session->on_sleep = [&] { events.push_back("sleep"); };
    session->on_resume = [&] { events.push_back("resume"); };
    session->start();
    MESSAGE(session->describe());
    send_to_hidden(WM_WTSSESSION_CHANGE, WTS_SESSION_LOCK);
    CHECK(session->locked());
    send_to_hidden(WM_WTSSESSION_CHANGE, WTS_SESSION_UNLOCK);
    send_to_hidden(WM_POWERBROADCAST, PBT_APMSUSPEND);
    send_to_hidden(WM_POWERBROADCAST, PBT_APMRESUMEAUTOMATIC);
    send_to_hidden(WM_POWERBROADCAST, PBT_APMRESUMESUSPEND);
    CHECK(events == std::vector<std::string>{"lock", "unlock", "sleep", "resume"});
    CHECK_FALSE(session->locked());
}

TEST_CASE("clock monitor: WM_TIMECHANGE is a clock change") {
    auto clock = respite::make_clock_monitor();
    std::vector<std::string> changes;
    clock->on_clock_changed = [&](const std::string& what) { changes.push_back(what); };
    clock->start();
    CHECK(clock->describe() != "none");
    send_to_hidden(WM_TIMECHANGE, 0);
    send_to_hidden(WM_SETTINGCHANGE, 0); // the zone did not change: nothing
    CHECK(changes == std::vector<std::string>{"clock"});
}

TEST_CASE("idle monitor: with no input, the thresholds are reported in order by one-shot timers") {
    // No one types into wine's virtual desktop here: the idle time grows from the last input (or the session start).
    LASTINPUTINFO info{sizeof(info), 0};
    REQUIRE(GetLastInputInfo(&info));
    const Duration idle_now{GetTickCount() - info.dwTime};
    auto idle = respite::make_idle_monitor();
    CHECK(idle->backend_name() == "GetLastInputInfo");
    std::vector<Duration> reported;
    idle->on_idle = [&](Duration d) { reported.push_back(d); };
    idle->set_thresholds({idle_now + 300ms, idle_now + 600ms});
    idle->start();
    CHECK(pump_until([&] { return reported.size() == 2; }, 5s));
    REQUIRE(reported.size() == 2);
    CHECK(reported[0] >= idle_now + 300ms);
    CHECK(reported[1] >= idle_now + 600ms);
}

TEST_CASE("clocks: awake and since-boot advance together while awake") {
    const respite::Now a = respite::read_now();
    Sleep(50);
    const respite::Now b = respite::read_now();
    CHECK(b.awake - a.awake >= 30ms);
    CHECK(b.since_boot - a.since_boot >= 30ms);
    // No sleep in between: the difference of the two clocks grows by at most a tick or two.
    const auto drift = (b.since_boot - b.awake) - (a.since_boot - a.awake);
    CHECK(drift < 40ms);
    CHECK(drift > -40ms);
    const char* where = GetProcAddress(GetModuleHandleW(L"kernel32.dll"), "QueryInterruptTime") ? "kernel32.dll"
                        : GetProcAddress(GetModuleHandleW(L"kernelbase.dll"), "QueryInterruptTime")
                            ? "kernelbase.dll"
                            : "nowhere: GetTickCount64 stands in";
    MESSAGE("QueryInterruptTime found in " << std::string(where));
}

TEST_CASE("busy monitor: asks SHQueryUserNotificationState (wine: never busy) and keeps answering after heads-up") {
    auto busy = respite::make_busy_monitor();
    int changes = 0;
    busy->on_busy_changed = [&](bool, respite::BusyReason) { ++changes; };
    busy->start();
    busy->check_camera();
    pump_until([] { return false; }, 300ms);
    CHECK_FALSE(busy->busy());
    CHECK(busy->reason() == respite::BusyReason::none);
    CHECK(changes == 0);
    CHECK(busy->describe() == "SHQueryUserNotificationState, SystemExecutionState");
}

TEST_CASE("busy monitor: the idle inhibitor is looked at when asked, and reported on changes only") {
    // This test process asks for the display to stay on: the execution state then holds ES_DISPLAY_REQUIRED where
    // Windows aggregates the requests (wine answers from its own, stubbed state: then nothing is reported).
    auto busy = respite::make_busy_monitor();
    std::vector<bool> held;
    busy->on_idle_inhibitor_changed = [&](bool h) { held.push_back(h); };
    busy->start();
    busy->check_idle_inhibitor();
    busy->check_idle_inhibitor();
    CHECK(held.size() <= 1); // a second look at the same state is no change
    SetThreadExecutionState(ES_CONTINUOUS | ES_DISPLAY_REQUIRED);
    busy->check_idle_inhibitor();
    SetThreadExecutionState(ES_CONTINUOUS);
    busy->check_idle_inhibitor();
    for (std::size_t i = 1; i < held.size(); ++i)
        CHECK(held[i] != held[i - 1]); // changes only
    MESSAGE("idle inhibitor reports under this system: ", held.size());
}
