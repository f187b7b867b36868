// Regression tests for defects found in review of the engine (each failed before its fix).
#include "timeline.h"

using namespace respite;
using namespace respite::test;
using K = EffectKind;
using B = BreakKind;

namespace {
Settings quiet() {
    Settings s;
    s.prompts.heads_up = {};
    s.workday.days = {true, true, true, true, true, true, true};
    s.workday.end = std::chrono::hours(23);
    s.workday.cutoff_heads_up = {};
    s.workday.overtime_reminder_every = {};
    s.workday.weekly_overtime_cap = {};
    return s;
}
} // namespace

TEST_CASE("a pause during focus work holds the focus break until the pause ends") {
    Settings s = quiet();
    s.micro_break.enabled = s.rest_break.enabled = false;
    Timeline t(s, "Europe/Berlin", "2026-11-23 09:00");
    t.event(ev::FocusStart{});
    t.advance_to("09:10");
    t.event(ev::PauseFor{1h});
    t.advance_to("10:09");
    CHECK(t.of(K::break_prompt).empty());
    t.advance_to("10:30");
    REQUIRE(t.of(K::break_prompt).size() == 1);
    CHECK(t.of(K::break_prompt).at(0).at == t.at("10:25")); // 15 min of focus work were left
}

TEST_CASE("pausing during a focus break withdraws it for the pause") {
    Settings s = quiet();
    s.micro_break.enabled = s.rest_break.enabled = false;
    Timeline t(s, "Europe/Berlin", "2026-11-23 09:00");
    t.event(ev::FocusStart{});
    t.advance_to("09:25");
    REQUIRE(t.of(K::break_prompt).size() == 1);
    t.event(ev::PauseFor{1h});
    t.advance_to("09:40");
    CHECK(t.of(K::break_prompt).size() == 1);
    CHECK_FALSE(t.status().prompt);
}

TEST_CASE("postponing or skipping a break the user opened is a free cancel") {
    Settings s = quiet();
    s.rest_break.enabled = false;
    Timeline t(s, "Europe/Berlin", "2026-11-23 08:00");
    t.advance_to("08:05");
    t.event(ev::StartBreak{B::micro});
    t.event(ev::Postpone{});
    t.event(ev::StartBreak{B::micro});
    t.event(ev::Skip{});
    t.advance_to("08:19");
    CHECK(t.of(K::break_cancelled).size() == 2);
    CHECK(t.of(K::break_postponed).empty());
    CHECK(t.of(K::break_skipped).empty());
    CHECK(t.status().skips_left == 3);
    CHECK(t.status().micro.postpones_left == 3);
    t.advance_to("08:20");
    CHECK(t.of(K::break_prompt).size() == 3); // the two the user opened, then the due one at 08:20
}

TEST_CASE("a zone change westwards across day_starts does not start the day again") {
    Settings s = quiet();
    s.micro_break.enabled = s.rest_break.enabled = false;
    s.workday.end = std::chrono::hours(17) + std::chrono::minutes(30);
    Timeline t(s, "Europe/Berlin", "2026-11-24 05:00"); // Tuesday's counting day
    t.advance_to("2026-11-24 05:30");
    t.set_zone("America/New_York"); // 23:30 on Monday there
    t.advance(6h);
    CHECK(t.of(K::new_day).size() <= 1);
    CHECK(t.of(K::cutoff).empty()); // Monday's cutoff is not shown again
}

TEST_CASE("a clock corrected from far in the future starts a new day") {
    Settings s = quiet();
    s.prompts.daily_skip_budget = 1;
    Timeline t(s, "Europe/Berlin", "2026-11-23 08:20");
    t.event(ev::Skip{});
    t.jump_clock(-72h);
    CHECK(t.status().skips_left == 1);
}

TEST_CASE("a busy reason that happens to read 'presenting' is still released when busy ends") {
    Settings s = quiet();
    s.rest_break.enabled = false;
    Timeline t(s, "Europe/Berlin", "2026-11-23 08:00");
    t.event(ev::BusyChanged{true, BusyReason::presentation});
    t.advance_to("08:25");
    t.event(ev::BusyChanged{false, BusyReason::none});
    REQUIRE(t.of(K::break_prompt).size() == 1);
    CHECK(t.of(K::break_prompt).at(0).at == t.at("08:25"));
}

TEST_CASE("a restart after the app was off does not keep a stale busy flag") {
    Settings s = quiet();
    s.rest_break.enabled = false;
    Timeline t(s, "Europe/Berlin", "2026-11-23 08:00");
    t.event(ev::BusyChanged{true, BusyReason::fullscreen});
    t.advance_to("08:10");
    t.restart_after(1h);
    t.advance(3h);
    CHECK_FALSE(t.status().busy);
    CHECK(t.of(K::break_deferred).empty());
}

TEST_CASE("wrap-up snooze is refused before the workday has ended") {
    Timeline t(quiet(), "Europe/Berlin", "2026-11-23 10:00");
    t.event(ev::SnoozeCutoff{10min});
    CHECK(t.of(K::action_refused).size() == 1);
    t.advance_to("10:30");
    CHECK(t.of(K::cutoff).empty());
}

TEST_CASE("a camera found at heads-up defers the break: never a prompt that is then withdrawn") {
    Settings s = quiet();
    s.rest_break.enabled = false;
    s.prompts.heads_up = 1min;
    Timeline t(s, "Europe/Berlin", "2026-11-23 08:00");
    t.ignore(K::heads_up);
    t.advance_to("08:19");
    REQUIRE(t.of(K::heads_up).size() == 1);
    t.event(ev::BusyChanged{true, BusyReason::call}); // the busy monitor's scan at heads-up time
    t.advance_to("08:20");
    t.expect("08:20", K::break_deferred, B::micro);
    t.expect("08:45", K::break_prompt, B::micro);
    t.advance_to("08:45");
    t.event(ev::BusyChanged{false, BusyReason::none});
    t.verify();
    CHECK(t.of(K::break_deferred).at(0).reason == Reason::call);
}

TEST_CASE("a break already counting down is not withdrawn when busy starts") {
    Settings s = quiet();
    s.rest_break.enabled = false;
    Timeline t(s, "Europe/Berlin", "2026-11-23 08:00");
    t.advance_to("08:20");
    t.presence(Presence::idle);
    t.advance(5s);
    t.event(ev::BusyChanged{true, BusyReason::fullscreen});
    t.advance(20s);
    CHECK(t.of(K::break_finished).size() == 1);
    CHECK(t.of(K::break_cancelled).empty());
}
