// The Windows session monitor's decisions (platform/windows/session_tracker.h), fed the WM_WTSSESSION_CHANGE and
// WM_POWERBROADCAST sequences Windows sends (wine sends none of them, DESIGN.md §11).
#include "platform/windows/session_tracker.h"

#include <doctest/doctest.h>

#include <vector>

using namespace respite::windows_session;

namespace {
using Seq = std::vector<std::pair<std::uint32_t, std::uint64_t>>;
std::vector<SessionEvent> run(SessionTracker& t, const Seq& seq) {
    std::vector<SessionEvent> out;
    for (const auto& [msg, code] : seq)
        if (auto e = t.feed(msg, code))
            out.push_back(*e);
    return out;
}
constexpr auto P = kWmPowerBroadcast;
constexpr auto W = kWmWtsSessionChange;
} // namespace

TEST_CASE("windows session: lock and unlock") {
    SessionTracker t;
    CHECK(run(t, {{W, session_lock}}) == std::vector{SessionEvent::lock});
    CHECK(t.away());
    CHECK(run(t, {{W, session_lock}}).empty()); // repeated: no second lock
    CHECK(run(t, {{W, session_unlock}}) == std::vector{SessionEvent::unlock});
    CHECK_FALSE(t.away());
}

TEST_CASE("windows session: one resume per sleep, whichever resume messages arrive") {
    SessionTracker t;
    // A user wake-up: PBT_APMRESUMEAUTOMATIC, then PBT_APMRESUMESUSPEND.
    CHECK(run(t, {{P, apm_suspend}, {P, apm_resume_automatic}, {P, apm_resume_suspend}}) ==
          std::vector{SessionEvent::sleep, SessionEvent::resume});
    // A wake-up by a timer: the automatic one only.
    CHECK(run(t, {{P, apm_suspend}, {P, apm_resume_automatic}}) ==
          std::vector{SessionEvent::sleep, SessionEvent::resume});
    // Older systems: PBT_APMRESUMESUSPEND alone.
    CHECK(run(t, {{P, apm_suspend}, {P, apm_resume_suspend}}) ==
          std::vector{SessionEvent::sleep, SessionEvent::resume});
    // A critical suspend nobody was told of still resumes (the engine re-reads its clocks).
    CHECK(run(t, {{P, apm_resume_automatic}, {P, apm_resume_critical}}) == std::vector{SessionEvent::resume});
    CHECK_FALSE(t.asleep());
}

TEST_CASE("windows session: a second suspend message is not a second sleep, other power codes are nothing") {
    SessionTracker t;
    CHECK(run(t, {{P, apm_suspend}, {P, apm_suspend}, {P, 0x8013}, {P, 0xA}}) == std::vector{SessionEvent::sleep});
    CHECK(t.asleep());
}

TEST_CASE("windows session: fast user switching: away from the lock until the unlock, not at the reconnect") {
    SessionTracker t;
    CHECK(run(t, {{W, session_lock}, {W, console_disconnect}, {W, console_connect}}) ==
          std::vector{SessionEvent::lock});
    CHECK(t.away());
    CHECK(run(t, {{W, session_unlock}}) == std::vector{SessionEvent::unlock});
}

TEST_CASE("windows session: a closed remote desktop window is away until the client reconnects") {
    SessionTracker t;
    CHECK(run(t, {{W, remote_disconnect}}) == std::vector{SessionEvent::lock});
    CHECK(run(t, {{W, remote_connect}}) == std::vector{SessionEvent::unlock});
    // Reconnected to a locked session: still away until the unlock.
    CHECK(run(t, {{W, session_lock}, {W, remote_disconnect}, {W, remote_connect}, {W, session_unlock}}) ==
          std::vector{SessionEvent::lock, SessionEvent::unlock});
}

TEST_CASE("windows session: logon, logoff, remote control and other messages are nothing") {
    SessionTracker t;
    CHECK(run(t, {{W, 0x5}, {W, 0x6}, {W, 0x9}, {0x001E, session_lock}}).empty());
    CHECK_FALSE(t.away());
}
