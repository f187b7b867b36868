// Engine policy the GUI used to guess (issue 8 §2-3, issue 15): typed reasons, the heads-up's Postpone, what a
// break window offers, when a counter runs, and the workday re-derived after a config change.
#include "timeline.h"

#include "core/effect_json.h"

using namespace respite;
using namespace respite::test;
using K = EffectKind;
using B = BreakKind;

namespace {
Settings quiet() {
    Settings s;
    s.prompts.heads_up = {};
    s.rest_break.enabled = false;
    s.workday.days = {true, true, true, true, true, true, true};
    s.workday.end = std::chrono::hours(23);
    s.workday.cutoff_heads_up = {};
    s.workday.overtime_reminder_every = {};
    s.workday.weekly_overtime_cap = {};
    return s;
}
} // namespace

TEST_CASE("do-not-disturb travels as a typed reason from the busy event to the status and the deferral") {
    Timeline t(quiet(), "Europe/Berlin", "2026-11-23 08:00");
    t.event(ev::BusyChanged{true, BusyReason::do_not_disturb});
    CHECK(t.status().busy_reason == BusyReason::do_not_disturb);
    t.advance_to("08:20");
    REQUIRE(t.of(K::break_deferred).size() == 1);
    CHECK(t.of(K::break_deferred).at(0).reason == Reason::do_not_disturb);
    CHECK(t.status().deferred_reason == Reason::do_not_disturb);
    // The text exists only at the boundary, and it is the busy monitor's own word.
    CHECK(to_string(t.status().busy_reason) == "do-not-disturb");
    CHECK(effect_to_json(t.of(K::break_deferred).at(0), t.local()).at("reason") == "do-not-disturb");
    CHECK(parse_busy_reason("do-not-disturb") == BusyReason::do_not_disturb);
    CHECK(parse_reason("next workday") == Reason::next_workday);
    CHECK_FALSE(parse_reason("dnd").has_value());
}

TEST_CASE("a refusal is typed in the effect and worded only at the boundary") {
    Timeline t(quiet(), "Europe/Berlin", "2026-11-23 08:00");
    t.event(ev::Resume{});
    REQUIRE(t.of(K::action_refused).size() == 1);
    CHECK(t.of(K::action_refused).at(0).refusal == Refusal::not_paused);
    CHECK(reason_text(t.of(K::action_refused).at(0)) == "not paused");
}

TEST_CASE("Postpone on the heads-up postpones the coming break in the engine: it is never prompted then") {
    Settings s = quiet();
    s.prompts.heads_up = 1min;
    Timeline t(s, "Europe/Berlin", "2026-11-23 08:00");
    t.expect("08:19", K::heads_up, B::micro);
    t.advance_to("08:19:30");
    t.event(ev::Postpone{B::micro});
    t.expect("08:19:30", K::break_postponed, B::micro);
    t.expect("08:25", K::break_prompt, B::micro);
    t.advance_to("08:25");
    t.verify();
    CHECK(t.of(K::break_postponed).at(0).count == s.prompts.max_postpones - 1);
    CHECK(t.of(K::break_prompt).at(0).reason == Reason::postponed);
    CHECK(t.status().micro.postpones_left == s.prompts.max_postpones - 1);
}

TEST_CASE("Postpone on the heads-up is refused in strict mode and without a heads-up") {
    Settings s = quiet();
    s.prompts.heads_up = 1min;
    s.prompts.strict = true;
    Timeline t(s, "Europe/Berlin", "2026-11-23 08:00");
    t.event(ev::Postpone{B::micro}); // no heads-up yet
    CHECK(t.of(K::action_refused).at(0).refusal == Refusal::nothing_to_postpone);
    t.advance_to("08:19:30");
    t.event(ev::Postpone{B::micro});
    CHECK(t.of(K::action_refused).at(1).refusal == Refusal::strict_mode);
    t.advance_to("08:20");
    CHECK(t.of(K::break_prompt).size() == 1);
}

TEST_CASE("regression: in strict mode a break the user asked for still ends with End break") {
    Settings s = quiet();
    s.prompts.strict = true;
    Timeline t(s, "Europe/Berlin", "2026-11-23 08:00");
    t.event(ev::StartBreak{B::rest});
    CHECK(t.status().prompt == B::rest);
    t.event(ev::Skip{}); // "End break"
    CHECK_FALSE(t.status().prompt);
    CHECK(t.of(K::action_refused).empty());
    CHECK(t.of(K::break_cancelled).at(0).reason == Reason::user);
}

TEST_CASE("a break the user asked for offers End break: no skip or postpone, and ending it spends nothing") {
    Timeline t(quiet(), "Europe/Berlin", "2026-11-23 08:00");
    const int skips = t.status().skips_left;
    t.event(ev::StartBreak{B::micro});
    CHECK(t.status().prompt == B::micro);
    CHECK(t.status().prompt_reason == Reason::user);
    CHECK_FALSE(t.status().can_skip);
    CHECK_FALSE(t.status().can_postpone);
    CHECK(t.status().break_length == Settings{}.micro_break.duration);
    t.event(ev::Skip{}); // "End break"
    CHECK_FALSE(t.status().prompt);
    CHECK(t.status().skips_left == skips);
    CHECK(t.of(K::break_skipped).empty());
    CHECK(t.of(K::break_cancelled).at(0).reason == Reason::user);
}

TEST_CASE("a due prompt offers skip and postpone from the engine's status") {
    Timeline t(quiet(), "Europe/Berlin", "2026-11-23 08:00");
    t.advance_to("08:20");
    REQUIRE(t.status().prompt == B::micro);
    CHECK(t.status().prompt_reason == Reason::none);
    CHECK(t.status().can_skip);
    CHECK(t.status().can_postpone);
}

TEST_CASE("each break's 'counting now' is the engine's: input-only counting, work hours, pause") {
    Settings s = quiet();
    s.activity_count = CountMode::input;
    Timeline t(s, "Europe/Berlin", "2026-11-23 08:00");
    CHECK(t.status().micro.counting);
    t.presence(Presence::idle);
    CHECK_FALSE(t.status().micro.counting); // the tray's countdown stops with the counter
    t.presence(Presence::active);
    t.event(ev::PauseFor{std::chrono::minutes(5)});
    CHECK_FALSE(t.status().micro.counting);

    Settings w = quiet();
    w.breaks_only_in_work_hours = true;
    w.workday.start = std::chrono::hours(9);
    Timeline before_work(w, "Europe/Berlin", "2026-11-23 08:00");
    CHECK_FALSE(before_work.status().micro.counting);
    before_work.advance_to("09:01");
    CHECK(before_work.status().micro.counting);
}

TEST_CASE("moving workday.end later the same day brings the cutoff back (issue 15 bug 4)") {
    Settings s = quiet();
    s.micro_break.enabled = false;
    s.workday.end = std::chrono::hours(10);
    Timeline t(s, "Europe/Berlin", "2026-11-23 09:00");
    t.expect("10:00", K::cutoff);
    t.advance_to("10:30");
    s.workday.end = std::chrono::hours(11);
    t.event(ev::ConfigChanged{s});
    CHECK_FALSE(t.status().after_hours);
    CHECK(t.status().overtime_today == Duration::zero());
    t.expect("11:00", K::cutoff);
    t.advance_to("11:10");
    t.verify();
}

TEST_CASE("no past-your-workday notice at start-up after the end moved later (issue 15 bug 3)") {
    Settings s = quiet();
    s.micro_break.enabled = false;
    s.workday.end = std::chrono::hours(10);
    s.workday.overtime_reminder_every = std::chrono::minutes(15);
    Timeline t(s, "Europe/Berlin", "2026-11-23 09:00");
    t.advance_to("10:20");
    REQUIRE(t.of(K::overtime_reminder).size() == 1);
    // The app is quit, workday.end moved to 18:00 in the file, the app started again a minute later.
    s.workday.end = std::chrono::hours(18);
    const std::size_t before = t.effects().size();
    t.restart_with(s, std::chrono::minutes(1));
    t.advance(std::chrono::minutes(30));
    for (std::size_t i = before; i < t.effects().size(); ++i)
        CHECK_MESSAGE(t.effects()[i].kind != K::overtime_reminder, "a past-your-workday notice inside working hours");
    CHECK_FALSE(t.status().after_hours);
}

TEST_CASE("the cutoff never lies on top of a running break: it waits for the break to end (issue 15 bug 5)") {
    Settings s = quiet();
    s.workday.end = std::chrono::hours(10);
    Timeline t(s, "Europe/Berlin", "2026-11-23 09:41");
    t.advance_to("10:00:00");
    // Micro-break prompted at 10:01 (20 min after 09:41); the snoozed cutoff falls due during it.
    REQUIRE(t.of(K::cutoff).size() == 1);
    t.event(ev::SnoozeCutoff{std::chrono::minutes(1)});
    t.advance_to("10:01");
    REQUIRE(t.status().prompt == B::micro);
    t.presence(Presence::idle);
    t.advance(std::chrono::seconds(10));
    CHECK(t.of(K::cutoff).size() == 1); // held while the break window is up
    t.advance(std::chrono::seconds(15));
    REQUIRE(t.of(K::break_finished).size() == 1);
    REQUIRE(t.of(K::cutoff).size() == 2);
    CHECK(t.of(K::cutoff).at(1).at == t.of(K::break_finished).at(0).at);
}

TEST_CASE("a break taken yourself after a heads-up Postpone leaves no postponement behind for the next prompt") {
    Settings s = quiet();
    s.prompts.heads_up = 1min;
    Timeline t(s, "Europe/Berlin", "2026-11-23 08:00");
    t.advance_to("08:19:30");
    t.event(ev::Postpone{B::micro});
    REQUIRE(t.of(K::break_postponed).size() == 1);
    t.event(ev::StartBreak{B::micro});
    t.event(ev::Skip{}); // "End break" at once: not a break taken
    t.advance_to("08:20:30");
    REQUIRE(t.of(K::break_prompt).size() == 2); // the user's, then the due one on its usual schedule
    CHECK(t.of(K::break_prompt).at(1).at == t.at("08:20"));
    CHECK(t.of(K::break_prompt).at(1).reason == Reason::none);
}
