// Time model tests (DESIGN.md §3): sleep vs clock change from the Now arithmetic, DST, zone changes, restore.
#include "timeline.h"

using namespace respite;
using namespace respite::test;
using K = EffectKind;
using B = BreakKind;

namespace {
WallTime utc(date::year_month_day ymd, Duration tod) {
    return WallTime{date::sys_days{ymd}} + tod;
}
Settings breaks_everywhere() {
    Settings s;
    s.workday.days = {true, true, true, true, true, true, true};
    s.workday.cutoff_heads_up = {};
    s.workday.overtime_reminder_every = {};
    s.workday.weekly_overtime_cap = {};
    return s;
}
} // namespace

TEST_CASE("sleep without any signal is time away: a long sleep is a natural break, no prompt after it") {
    Timeline t(breaks_everywhere());
    t.advance_to("08:15:00");
    t.sleep(2h); // no event: only since_boot and wall moved
    t.expect("08:15:20", K::natural_break, B::micro);
    t.expect("08:20:00", K::natural_break, B::rest);
    t.expect("10:15:00", K::sleep_detected);
    t.advance_to("10:30:00");
    t.verify();
    CHECK(t.of(K::sleep_detected).at(0).duration == 2h);
    CHECK(t.status().presence == Presence::active);
    CHECK(t.status().micro.due_in == 5min);
}

TEST_CASE("a short sleep is not counted as screen time") {
    Timeline t(breaks_everywhere());
    t.advance_to("08:19:00");
    t.sleep(10s);
    CHECK(t.status().micro.due_in == 1min);
}

TEST_CASE("a wall-clock change is not time away") {
    Timeline t(breaks_everywhere());
    t.ignore(K::heads_up);
    t.advance_to("08:10:00");
    t.jump_clock(1h);
    t.expect("09:10:00", K::clock_changed);
    t.expect("09:20:00", K::break_prompt, B::micro); // 20 min of screen time, whatever the clock says
    t.advance_to("09:20:00");
    t.verify();
    CHECK(t.of(K::clock_changed).at(0).duration == 1h);
}

TEST_CASE("a clock set past the end of the workday shows the cutoff at once") {
    Settings s;
    s.micro_break.enabled = s.rest_break.enabled = false;
    Timeline t(s, "Europe/Berlin", "2026-11-23 17:00");
    t.ignore(K::clock_changed);
    t.jump_clock(1h);
    t.expect("18:00", K::cutoff);
    t.verify();
}

TEST_CASE("DST policy of the LocalTime port") {
    using namespace date::literals;
    const auto berlin = make_tz_local_time(std::string("Europe/Berlin"));
    const auto ny = make_tz_local_time(std::string("America/New_York"));
    const auto local = [](date::year_month_day d, Duration tod) { return LocalInstant{date::local_days{d} + tod}; };
    // A time in the spring-forward gap means the first instant after it.
    CHECK(berlin->to_utc(local(2026_y / 3 / 29, 2h + 30min)) == utc(2026_y / 3 / 29, 1h));
    CHECK(ny->to_utc(local(2026_y / 3 / 8, 2h + 30min)) == utc(2026_y / 3 / 8, 7h));
    // An ambiguous fall-back time means the earlier instant.
    CHECK(berlin->to_utc(local(2026_y / 10 / 25, 2h + 30min)) == utc(2026_y / 10 / 25, 30min));
    CHECK(ny->to_utc(local(2026_y / 11 / 1, 1h + 30min)) == utc(2026_y / 11 / 1, 5h + 30min));
    // Ordinary times round-trip.
    CHECK(berlin->to_local(utc(2026_y / 7 / 1, 10h)) == local(2026_y / 7 / 1, 12h));
}

TEST_CASE("DST transition days: the day boundary, the cutoff and break intervals") {
    using namespace date::literals;
    Settings s = breaks_everywhere();
    s.workday.day_starts = 2h + 30min; // inside the transition hours on purpose
    s.micro_break.enabled = s.rest_break.enabled = false;

    SUBCASE("Europe/Berlin spring forward: a day start in the gap is the first instant after it") {
        Timeline t(s, "Europe/Berlin", "2026-03-29 00:30");
        t.advance_to("2026-03-29 18:00");
        REQUIRE(t.of(K::new_day).size() == 1);
        CHECK(t.of(K::new_day).at(0).at == utc(2026_y / 3 / 29, 1h));
        CHECK(t.of(K::cutoff).at(0).at == utc(2026_y / 3 / 29, 15h + 30min)); // 17:30 CEST
    }
    SUBCASE("Europe/Berlin fall back: an ambiguous day start is the earlier instant, and only once") {
        Timeline t(s, "Europe/Berlin", "2026-10-25 00:30");
        t.advance_to("2026-10-25 18:00");
        REQUIRE(t.of(K::new_day).size() == 1);
        CHECK(t.of(K::new_day).at(0).at == utc(2026_y / 10 / 25, 30min));
        CHECK(t.of(K::cutoff).at(0).at == utc(2026_y / 10 / 25, 16h + 30min)); // 17:30 CET
    }
    SUBCASE("America/New_York spring forward") {
        Timeline t(s, "America/New_York", "2026-03-08 00:30");
        t.advance_to("2026-03-08 18:00");
        REQUIRE(t.of(K::new_day).size() == 1);
        CHECK(t.of(K::new_day).at(0).at == utc(2026_y / 3 / 8, 7h));
        CHECK(t.of(K::cutoff).at(0).at == utc(2026_y / 3 / 8, 21h + 30min)); // 17:30 EDT
    }
    SUBCASE("America/New_York fall back") {
        s.workday.day_starts = 1h + 30min;
        Timeline t(s, "America/New_York", "2026-11-01 00:30");
        t.advance_to("2026-11-01 18:00");
        REQUIRE(t.of(K::new_day).size() == 1);
        CHECK(t.of(K::new_day).at(0).at == utc(2026_y / 11 / 1, 5h + 30min));
        CHECK(t.of(K::cutoff).at(0).at == utc(2026_y / 11 / 1, 22h + 30min)); // 17:30 EST
    }
    SUBCASE("break intervals are real time across the transition") {
        Settings b = breaks_everywhere();
        b.rest_break.enabled = false;
        Timeline t(b, "Europe/Berlin", "2026-10-25 02:50"); // CEST, 00:50 UTC
        t.advance(20min);
        REQUIRE(t.of(K::break_prompt).size() == 1);
        CHECK(t.of(K::break_prompt).at(0).at == utc(2026_y / 10 / 25, 1h + 10min)); // 02:10 CET
    }
}

TEST_CASE("a zone change mid-day moves the cutoff to the new zone's end of day") {
    using namespace date::literals;
    Settings s;
    s.micro_break.enabled = s.rest_break.enabled = false;
    Timeline t(s, "Europe/Berlin", "2026-11-23 12:00");
    t.advance_to("13:00"); // 12:00 UTC
    t.set_zone("America/New_York");
    t.advance(11h);
    REQUIRE(t.of(K::cutoff).size() == 1);
    CHECK(t.of(K::cutoff).at(0).at == utc(2026_y / 11 / 23, 22h + 30min)); // 17:30 EST
    CHECK(t.of(K::cutoff_heads_up).at(0).at == utc(2026_y / 11 / 23, 22h + 20min));
    CHECK(t.of(K::new_day).empty());
}

TEST_CASE("a restart on the same day continues where it left off") {
    Timeline t(breaks_everywhere());
    t.ignore(K::heads_up);
    t.advance_to("08:12:00");
    t.restart();
    t.expect("08:20:00", K::break_prompt, B::micro);
    t.advance_to("08:20:00");
    t.verify();
}

TEST_CASE("time the app was off is away time") {
    Timeline t(breaks_everywhere());
    t.advance_to("08:12:00");
    t.restart_after(10min);
    t.expect("08:12:20", K::natural_break, B::micro);
    t.expect("08:17:00", K::natural_break, B::rest);
    t.advance_to("08:23:00");
    t.verify();
    CHECK(t.status().micro.due_in == 19min);
}

TEST_CASE("a restart on a new day resets the day's counters") {
    Settings s = breaks_everywhere();
    s.prompts.daily_skip_budget = 2;
    Timeline t(s);
    t.advance_to("08:20:00");
    t.event(ev::Skip{});
    CHECK(t.status().skips_left == 1);
    t.restart_after(24h);
    CHECK(t.of(K::new_day).size() == 1);
    CHECK(t.status().skips_left == 2);
    CHECK(t.status().screen_time_today == 0min);
}
