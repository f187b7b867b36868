// The Windows busy monitor's decisions (platform/windows/busy_checks.h), fed SHQueryUserNotificationState answers
// (wine always answers "accepts notifications", DESIGN.md §11).
#include "platform/windows/busy_checks.h"

#include <doctest/doctest.h>

#include <vector>

using namespace std::chrono_literals;
using namespace respite::windows_busy;
using respite::BusyReason;
using respite::Duration;

TEST_CASE("windows busy: each notification state as a busy reason") {
    CHECK(busy_reason_of(true, quns_presentation_mode) == BusyReason::presentation);
    CHECK(busy_reason_of(true, quns_running_d3d_full_screen) == BusyReason::fullscreen);
    CHECK(busy_reason_of(true, quns_busy) == BusyReason::fullscreen);
    CHECK(busy_reason_of(true, quns_quiet_time) == BusyReason::do_not_disturb);
    CHECK(busy_reason_of(true, quns_accepts_notifications) == BusyReason::none);
    CHECK(busy_reason_of(true, quns_not_present) == BusyReason::none); // away: the session monitor says so
    CHECK(busy_reason_of(true, quns_app) == BusyReason::none);
    CHECK(busy_reason_of(true, 42) == BusyReason::none);
    CHECK(busy_reason_of(false, quns_presentation_mode) == BusyReason::none); // the call failed
}

TEST_CASE("windows busy: a display-required request is an idle inhibitor (a video, a presentation)") {
    CHECK(idle_inhibited(true, es_display_required));
    CHECK(idle_inhibited(true, 0x80000000u | es_display_required)); // ES_CONTINUOUS beside it
    CHECK_FALSE(idle_inhibited(true, 0x00000001u));                 // ES_SYSTEM_REQUIRED: only the system stays on
    CHECK_FALSE(idle_inhibited(true, 0x00000004u));                 // ES_USER_PRESENT (what wine answers)
    CHECK_FALSE(idle_inhibited(true, 0));
    CHECK_FALSE(idle_inhibited(false, es_display_required)); // the call failed
}

TEST_CASE("windows busy: not busy and no heads-up: no question is scheduled (an idle user costs nothing)") {
    BusySchedule s;
    CHECK_FALSE(s.answered(1000s, BusyReason::none));
}

TEST_CASE("windows busy: after a heads-up, asked every 4 s until 30 s later, so the due instant sees a fresh answer") {
    BusySchedule s;
    const Duration t0 = 5000s;
    s.heads_up(t0);
    Duration now = t0;
    std::vector<Duration> asks{now};
    while (auto wait = s.answered(now, BusyReason::none)) {
        now += *wait;
        asks.push_back(now);
    }
    CHECK(asks.back() == t0 + kFollowUpWindow);
    CHECK(asks.size() == 1 + 8); // 4, 8, ..., 28, 30
    // The default heads-up comes 10 s before the break falls due: the answer at that instant is at most 4 s old.
    bool fresh = false;
    for (const Duration a : asks)
        fresh = fresh || (a <= t0 + 10s && a > t0 + 10s - kFollowUpStep);
    CHECK(fresh);
}

TEST_CASE("windows busy: while busy, asked once a minute until it ends") {
    BusySchedule s;
    CHECK(s.answered(100s, BusyReason::presentation) == kBusyRecheck);
    CHECK(s.answered(160s, BusyReason::presentation) == kBusyRecheck);
    CHECK_FALSE(s.answered(220s, BusyReason::none));
    s.heads_up(300s);
    CHECK(s.answered(300s, BusyReason::fullscreen) == kFollowUpStep); // the follow-up is sooner
}
