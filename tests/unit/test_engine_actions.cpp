// Timeline tests of pause, focus sessions and breathing (DESIGN.md §4 "Pause, focus, breathing").
#include "timeline.h"

using namespace respite;
using namespace respite::test;
using K = EffectKind;
using B = BreakKind;

namespace {
Settings quiet_workday() {
    Settings s;
    s.prompts.heads_up = {};
    s.workday.cutoff_heads_up = {};
    s.workday.overtime_reminder_every = {};
    s.workday.weekly_overtime_cap = {};
    return s;
}
} // namespace

TEST_CASE("pause: no prompts and no counting until it ends, workday accounting continues") {
    Settings s = quiet_workday();
    s.rest_break.enabled = false;
    Timeline t(s, "Europe/Berlin", "2026-11-23 09:00");
    t.advance_to("09:10");
    t.event(ev::PauseFor{30min});
    t.expect("09:10", K::pause_started);
    t.expect("09:40", K::pause_ended);
    t.expect("09:50", K::break_prompt, B::micro);
    t.advance_to("09:50");
    t.verify();
    CHECK(t.status().screen_time_today == 50min);
    CHECK(t.of(K::pause_started).at(0).until == t.at("09:40"));
}

TEST_CASE("pause withdraws a pending prompt, resume ends the pause early") {
    Settings s = quiet_workday();
    s.rest_break.enabled = false;
    Timeline t(s, "Europe/Berlin", "2026-11-23 09:00");
    t.advance_to("09:20");
    t.event(ev::PauseFor{1h});
    CHECK_FALSE(t.status().prompt);
    t.advance_to("09:30");
    t.event(ev::Resume{});
    t.expect("09:20", K::break_prompt, B::micro);
    t.expect("09:20", K::break_cancelled, B::micro);
    t.expect("09:20", K::pause_started);
    t.expect("09:30", K::pause_ended);
    t.expect("09:30", K::break_prompt, B::micro); // the break is still owed
    t.verify();
}

TEST_CASE("pause until tomorrow means the next workday start, Friday evening means Monday") {
    Settings s = quiet_workday();
    Timeline t(s, "Europe/Berlin", "2026-11-27 17:35"); // Friday
    t.ignore(K::cutoff);
    t.event(ev::PauseUntilNextWorkday{});
    REQUIRE(t.of(K::pause_started).size() == 1);
    CHECK(t.of(K::pause_started).at(0).until == t.at("2026-11-30 09:00"));
    CHECK(t.status().paused_until == t.at("2026-11-30 09:00"));
}

TEST_CASE("pause until a time that has passed is refused") {
    Timeline t(quiet_workday(), "Europe/Berlin", "2026-11-23 09:00");
    t.event(ev::PauseUntil{t.at("08:00")});
    t.expect("09:00", K::action_refused);
    t.verify();
}

TEST_CASE("focus: micro prompts are held until the work interval ends, then a focus break") {
    Settings s = quiet_workday();
    s.rest_break.every = 2h;
    s.micro_break.every = 10min;
    Timeline t(s, "Europe/Berlin", "2026-11-23 09:00");
    t.event(ev::FocusStart{});
    t.expect("09:00", K::focus_started);
    t.expect("09:10", K::break_deferred, B::micro);
    t.expect("09:25", K::break_prompt, B::focus);
    t.expect("09:25", K::break_started, B::focus);
    t.expect("09:30", K::break_finished, B::focus);
    t.expect("09:30", K::focus_started);
    t.advance_to("09:25");
    t.presence(Presence::idle);
    t.advance_to("09:30");
    t.presence(Presence::active);
    t.verify();
    CHECK(t.of(K::break_deferred).at(0).reason == Reason::focus);
    CHECK(t.of(K::focus_started).at(1).count == 2);
    // A 5-minute focus break is as long as a rest break: both counters start over.
    CHECK(t.status().micro.due_in == 10min);
    CHECK(t.status().rest.due_in == 2h);
}

TEST_CASE("focus: every long_break_after-th break is the long one, stop ends the session") {
    Settings s = quiet_workday();
    s.micro_break.enabled = s.rest_break.enabled = false;
    s.focus.long_break_after = 2;
    Timeline t(s, "Europe/Berlin", "2026-11-23 09:00");
    t.event(ev::FocusStart{});
    for (int i = 0; i < 2; ++i) {
        t.advance(25min);
        t.event(ev::Skip{});
    }
    const auto prompts = t.of(K::break_prompt);
    REQUIRE(prompts.size() == 2);
    CHECK(prompts.at(0).duration == 5min);
    CHECK(prompts.at(1).duration == 15min);
    t.event(ev::FocusStop{});
    CHECK_FALSE(t.status().focus_active);
    t.advance(1h);
    CHECK(t.of(K::break_prompt).size() == 2);
}

TEST_CASE("stopping focus releases a held micro-break") {
    Settings s = quiet_workday();
    s.rest_break.enabled = false;
    Timeline t(s, "Europe/Berlin", "2026-11-23 09:00");
    t.event(ev::FocusStart{});
    t.advance_to("09:22");
    CHECK(t.status().deferred == B::micro);
    t.event(ev::FocusStop{});
    t.expect("09:00", K::focus_started);
    t.expect("09:20", K::break_deferred, B::micro);
    t.expect("09:22", K::focus_ended);
    t.expect("09:22", K::break_prompt, B::micro);
    t.verify();
}

TEST_CASE("breathing counts as the breaks it is long enough to be") {
    Settings s = quiet_workday();
    SUBCASE("3 minutes: a micro-break") {
        Timeline t(s, "Europe/Berlin", "2026-11-23 09:00");
        t.advance_to("09:15");
        t.event(ev::StartBreathing{3min});
        t.expect("09:15", K::breathing_started);
        t.expect("09:18", K::breathing_finished);
        t.expect("09:18", K::break_finished, B::micro);
        t.advance_to("09:19");
        t.verify();
        CHECK(t.status().micro.due_in == 19min);
        CHECK(t.status().rest.due_in == 50min - 16min); // breathing time is not screen time for breaks
    }
    SUBCASE("5 minutes: a rest break") {
        Timeline t(s, "Europe/Berlin", "2026-11-23 09:00");
        t.advance_to("09:15");
        t.event(ev::StartBreathing{5min});
        t.advance_to("09:21");
        CHECK(t.of(K::break_finished).at(0).brk == B::rest);
        CHECK(t.status().rest.due_in == 49min);
    }
    SUBCASE("stopped after 10 seconds: nothing") {
        Timeline t(s, "Europe/Berlin", "2026-11-23 09:00");
        t.advance_to("09:15");
        t.event(ev::StartBreathing{3min});
        t.advance(10s);
        t.event(ev::StopBreathing{});
        CHECK(t.of(K::breathing_finished).at(0).duration == 10s);
        CHECK(t.of(K::break_finished).empty());
    }
}

TEST_CASE("a configuration change applies at once and keeps the counters") {
    Settings s = quiet_workday();
    s.rest_break.enabled = false;
    Timeline t(s, "Europe/Berlin", "2026-11-23 09:00");
    t.advance_to("09:12");
    Settings shorter = s;
    shorter.micro_break.every = 10min;
    t.event(ev::ConfigChanged{shorter});
    t.expect("09:12", K::break_prompt, B::micro);
    t.verify();
    Settings off = shorter;
    off.micro_break.enabled = false;
    t.event(ev::ConfigChanged{off});
    CHECK_FALSE(t.status().prompt);
}
