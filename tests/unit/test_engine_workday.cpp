// Timeline tests of the workday rules (DESIGN.md §4 "Workday").
#include "timeline.h"

using namespace respite;
using namespace respite::test;
using K = EffectKind;

namespace {
// Workday rules only: no breaks in the way.
Settings workday_only() {
    Settings s;
    s.micro_break.enabled = false;
    s.rest_break.enabled = false;
    return s; // Mon-Fri 09:00-17:30, heads-up 10 min, overtime every 30 min, cap 5 h
}
} // namespace

TEST_CASE("cutoff heads-up before the end and the cutoff at the end, when present") {
    Timeline t(workday_only(), "Europe/Berlin", "2026-11-23 16:00");
    t.expect("17:20", K::cutoff_heads_up);
    t.expect("17:30", K::cutoff);
    t.advance_to("17:45");
    t.verify();
    CHECK(t.of(K::cutoff_heads_up).at(0).duration == 10min);
    CHECK(t.of(K::cutoff).at(0).until == t.at("17:30"));
    CHECK(t.of(K::cutoff).at(0).reason == Reason::none);
    CHECK(t.status().after_hours);
}

TEST_CASE("a cutoff missed while away is shown on the first return the same day, not the next") {
    SUBCASE("same day") {
        Timeline t(workday_only(), "Europe/Berlin", "2026-11-23 16:00");
        t.advance_to("17:00");
        t.presence(Presence::away);
        t.advance_to("19:00");
        t.presence(Presence::active);
        t.expect("19:00", K::cutoff);
        t.verify(); // no heads-up: the user was not there for it
        CHECK(t.of(K::cutoff).at(0).reason == Reason::late);
    }
    SUBCASE("the next counting day") {
        Timeline t(workday_only(), "Europe/Berlin", "2026-11-23 16:00");
        t.advance_to("17:00");
        t.presence(Presence::away);
        t.advance_to("2026-11-24 08:00");
        t.presence(Presence::active);
        t.verify();
    }
}

TEST_CASE("a user arriving inside the heads-up window gets the heads-up with the time left") {
    Timeline t(workday_only(), "Europe/Berlin", "2026-11-23 17:00");
    t.presence(Presence::away);
    t.advance_to("17:25");
    t.presence(Presence::active);
    t.expect("17:25", K::cutoff_heads_up);
    t.expect("17:30", K::cutoff);
    t.advance_to("17:31");
    t.verify();
    CHECK(t.of(K::cutoff_heads_up).at(0).duration == 5min);
}

TEST_CASE("wrap up in 10 min shows the cutoff notice again") {
    Timeline t(workday_only(), "Europe/Berlin", "2026-11-23 17:29");
    t.expect("17:30", K::cutoff);
    t.expect("17:40", K::cutoff);
    t.advance_to("17:30");
    t.event(ev::SnoozeCutoff{10min});
    t.advance_to("17:55");
    t.verify();
    CHECK(t.of(K::cutoff).at(1).reason == Reason::snoozed);
}

TEST_CASE("overtime reminders each time today's overtime crosses a multiple, with the week's total") {
    Timeline t(workday_only(), "Europe/Berlin", "2026-11-23 17:29");
    t.ignore(K::cutoff);
    t.expect("18:00", K::overtime_reminder);
    t.advance_to("18:10");
    t.presence(Presence::away); // away time is not overtime
    t.advance_to("18:40");
    t.presence(Presence::active);
    t.expect("19:00", K::overtime_reminder);
    t.advance_to("19:05");
    t.verify();
    const auto reminders = t.of(K::overtime_reminder);
    CHECK(reminders.at(0).duration == 30min);
    CHECK(reminders.at(1).duration == 60min);
    CHECK(reminders.at(1).count == 2);
    CHECK(reminders.at(1).total == 60min);
    CHECK(t.status().overtime_today == 65min);
}

TEST_CASE("the weekly overtime cap is announced once per week") {
    Settings s = workday_only();
    s.workday.weekly_overtime_cap = 90min;
    s.workday.overtime_reminder_every = {};
    Timeline t(s, "Europe/Berlin", "2026-11-23 17:30");
    t.advance_to("18:30");
    t.presence(Presence::away);
    t.advance_to("2026-11-24 17:30");
    t.presence(Presence::active);
    t.expect("2026-11-24 18:00", K::overtime_cap_reached);
    t.advance_to("2026-11-24 19:30");
    t.presence(Presence::away);
    t.advance_to("2026-11-30 17:30"); // next Monday: a new week
    t.presence(Presence::active);
    t.expect("2026-11-30 19:00", K::overtime_cap_reached);
    t.advance_to("2026-11-30 19:10");
    t.ignore(K::cutoff);
    t.verify();
    CHECK(t.of(K::overtime_cap_reached).at(0).total == 90min);
}

TEST_CASE("on a non-working day all present time is overtime, and there is no cutoff") {
    Settings s = workday_only();
    Timeline t(s, "Europe/Berlin", "2026-11-28 10:00"); // Saturday
    t.expect("10:30", K::overtime_reminder);
    t.expect("11:00", K::overtime_reminder);
    t.advance_to("11:10");
    t.verify();
    CHECK_FALSE(t.status().working_day);
    CHECK(t.status().after_hours);
}

TEST_CASE("the daily limit is announced once when today's screen time reaches it") {
    Settings s = workday_only();
    s.workday.daily_limit = 2h;
    Timeline t(s, "Europe/Berlin", "2026-11-23 09:00");
    t.advance_to("10:00");
    t.presence(Presence::idle);
    t.advance_to("10:30"); // idle is screen time
    t.presence(Presence::away);
    t.advance_to("11:00");
    t.presence(Presence::active);
    t.expect("11:30", K::daily_limit);
    t.advance_to("13:00");
    t.verify();
}

TEST_CASE("the counting day starts at day_starts: late-night work belongs to the day before") {
    Settings s = workday_only();
    s.prompts.daily_skip_budget = 1;
    s.micro_break.enabled = true;
    s.prompts.heads_up = {};
    Timeline t(s, "Europe/Berlin", "2026-11-23 23:30");
    t.ignore(K::overtime_reminder);
    t.ignore(K::break_prompt);
    t.advance_to("23:50");
    t.event(ev::Skip{});
    CHECK(t.status().skips_left == 0);
    t.advance_to("2026-11-24 03:59");
    CHECK(t.status().skips_left == 0); // still Monday's counting day
    CHECK(t.of(K::new_day).empty());
    t.advance_to("2026-11-24 04:00");
    CHECK(t.of(K::new_day).size() == 1);
    CHECK(t.of(K::new_day).at(0).at == t.at("2026-11-24 04:00"));
    CHECK(t.status().skips_left == 1);
    CHECK(t.status().overtime_today == 0min);
}

TEST_CASE("breaks only in work hours") {
    Settings s;
    s.rest_break.enabled = false;
    s.breaks_only_in_work_hours = true;
    s.prompts.heads_up = {};
    Timeline t(s, "Europe/Berlin", "2026-11-23 08:00");
    t.ignore(K::cutoff_heads_up);
    t.ignore(K::cutoff);
    t.ignore(K::overtime_reminder);
    t.expect("09:20", K::break_prompt, BreakKind::micro);
    t.advance_to("09:20");
    t.event(ev::StartBreak{BreakKind::micro});
    t.presence(Presence::idle);
    t.advance(20s);
    t.presence(Presence::active);
    t.advance_to("17:20");
    t.presence(Presence::idle);
    t.advance(20s);
    t.presence(Presence::active);
    t.advance_to("20:00"); // after hours: nothing
    t.ignore(K::break_started);
    t.ignore(K::break_finished);
    t.ignore(K::break_prompt);
    t.verify();
    for (const Effect& e : t.of(K::break_prompt))
        CHECK(e.at < t.at("17:30"));
}
