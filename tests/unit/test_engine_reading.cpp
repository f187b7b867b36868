// Timeline tests of reading mode (issue 13): idle time while reading is screen time, never a natural break;
// away is rest as before; the toggle ends by itself (reading_max, the cutoff, the counting day), an idle inhibitor
// counts while it lasts when activity.inhibitor_is_reading, and the toggle survives a restart the same day.
#include "core/state_json.h"
#include "timeline.h"

using namespace respite;
using namespace respite::test;
using K = EffectKind;
using B = BreakKind;

namespace {
// Rest breaks only, every day until 23:00, no overtime noise: natural rest breaks are the question.
Settings rest_only(Duration every = 50min) {
    Settings s;
    s.micro_break.enabled = false;
    s.rest_break.every = every;
    s.workday.days = {true, true, true, true, true, true, true};
    s.workday.end = std::chrono::hours(23);
    s.workday.overtime_reminder_every = {};
    s.workday.weekly_overtime_cap = {};
    s.workday.cutoff_heads_up = {};
    return s;
}
} // namespace

TEST_CASE("without reading mode, 30 idle minutes after 10 active ones are a natural rest break") {
    Timeline t(rest_only());
    t.advance_to("08:10");
    t.presence(Presence::idle);
    t.expect("08:15", K::natural_break, B::rest);
    t.advance_to("08:40");
    t.verify();
}

TEST_CASE("reading mode: idle time is screen time, never a natural break, the rest break falls due on it") {
    Timeline t(rest_only());
    t.expect("08:10", K::reading_started);
    t.expect("08:49:50", K::heads_up, B::rest);
    t.expect("08:50", K::break_prompt, B::rest);
    t.expect("08:50", K::break_started, B::rest); // not typing: the break window's countdown runs
    t.expect("08:55", K::break_finished, B::rest);
    t.advance_to("08:10");
    t.event(ev::ReadingOn{ReadingSource::command_line});
    t.presence(Presence::idle);
    t.advance_to("08:30");
    const Status s = t.status();
    CHECK(s.reading);
    CHECK(s.reading_cause == ReadingCause::toggle);
    CHECK(s.reading_until == t.at("10:10"));
    CHECK_FALSE(s.reading_inhibitor);
    CHECK(s.rest.counting);
    CHECK(s.rest.due_in == 20min);
    CHECK(t.engine().snapshot().reading.source == ReadingSource::command_line);
    t.advance_to("09:00");
    t.verify();
    CHECK(t.of(K::reading_started).at(0).until == t.at("10:10"));
    CHECK(t.of(K::reading_started).at(0).reason == Reason::user);
    // After the break the reading goes on, and so does the counting: the next rest break is 50 min later.
    CHECK(t.status().rest.counting);
    CHECK(t.status().rest.due_in == 45min);
}

TEST_CASE("reading mode with activity.count = input: idle time while reading still counts") {
    Settings s = rest_only();
    s.activity_count = CountMode::input;
    Timeline t(s);
    t.event(ev::ReadingOn{});
    t.presence(Presence::idle);
    t.advance_to("08:20");
    CHECK(t.status().rest.due_in == 30min);
}

TEST_CASE("a lock while reading is still rest: the natural break counts from the lock, not from the last input") {
    Timeline t(rest_only());
    t.ignore(K::reading_started);
    t.event(ev::ReadingOn{});
    t.advance_to("08:05");
    t.presence(Presence::idle);
    t.advance_to("08:20");
    t.presence(Presence::away);
    t.expect("08:25", K::natural_break, B::rest);
    t.advance_to("08:30");
    t.presence(Presence::idle); // back, reading on: no natural break from this idle stretch
    t.advance_to("08:45");
    t.verify();
    CHECK(t.status().rest.due_in == 35min);
    CHECK(t.of(K::natural_break).at(0).duration == 5min);
}

TEST_CASE("sleep while reading is rest too") {
    Timeline t(rest_only());
    t.ignore(K::reading_started);
    t.ignore(K::sleep_detected);
    t.event(ev::ReadingOn{});
    t.presence(Presence::idle);
    t.advance_to("08:20");
    t.expect("08:25", K::natural_break, B::rest);
    t.sleep(10min);
    t.verify();
}

TEST_CASE("reading mode ends by itself at activity.reading_max, on a timer, and says so") {
    Settings s = rest_only(4h);
    s.activity_reading_max = 2h;
    Timeline t(s);
    t.expect("08:00", K::reading_started);
    t.expect("10:00", K::reading_ended);
    t.expect("10:05", K::natural_break, B::rest); // still idle: from the end on it is rest
    t.event(ev::ReadingOn{});
    t.presence(Presence::idle);
    t.advance_to("09:30");
    CHECK(t.engine().next_deadline() == t.at("10:00")); // the cap is a deadline: no polling
    t.advance_to("10:30");
    t.verify();
    CHECK(t.of(K::reading_ended).at(0).reason == Reason::limit);
    CHECK_FALSE(t.status().reading);
    CHECK_FALSE(t.status().reading_until);
}

TEST_CASE("reading mode ends at the cutoff when turned on before it, after it, it lasts until its cap") {
    Settings s = rest_only(4h);
    Timeline t(s, "Europe/Berlin", "2026-11-23 22:00");
    t.expect("22:00", K::reading_started);
    t.expect("23:00", K::cutoff);
    t.expect("23:00", K::reading_ended);
    t.event(ev::ReadingOn{});
    CHECK(t.status().reading_until == t.at("23:00"));
    CHECK(t.of(K::reading_started).at(0).until == t.at("23:00"));
    t.advance_to("23:10");
    CHECK(t.of(K::reading_ended).at(0).reason == Reason::cutoff);
    t.expect("23:10", K::reading_started);
    t.expect("2026-11-24 01:10", K::reading_ended);
    t.event(ev::ReadingOn{});
    CHECK(t.status().reading_until == t.at("2026-11-24 01:10"));
    t.advance_to("2026-11-24 01:30");
    t.verify();
    CHECK(t.of(K::reading_ended).at(1).reason == Reason::limit);
}

TEST_CASE("an idle inhibitor counts as reading while it lasts, with no cap, when inhibitor_is_reading") {
    Settings s = rest_only(4h);
    s.activity_reading_max = 1h;
    Timeline t(s);
    t.expect("08:05", K::reading_started);
    t.expect("10:30", K::reading_ended);
    t.expect("10:35", K::natural_break, B::rest);
    t.advance_to("08:05");
    t.event(ev::InhibitorStarted{});
    t.presence(Presence::idle);
    t.advance_to("10:00");
    CHECK(t.status().reading);
    CHECK(t.status().reading_cause == ReadingCause::inhibitor);
    CHECK(t.status().reading_inhibitor);
    CHECK_FALSE(t.status().reading_until);
    t.advance_to("10:30");
    t.event(ev::InhibitorEnded{});
    t.advance_to("10:40");
    t.verify();
    CHECK(t.of(K::reading_started).at(0).reason == Reason::inhibitor);
    CHECK(t.of(K::reading_ended).at(0).reason == Reason::inhibitor);
}

TEST_CASE("an idle inhibitor is not reading when inhibitor_is_reading = false") {
    Settings s = rest_only();
    s.activity_inhibitor_is_reading = false;
    Timeline t(s);
    t.advance_to("08:05");
    t.event(ev::InhibitorStarted{});
    t.presence(Presence::idle);
    t.expect("08:10", K::natural_break, B::rest);
    t.advance_to("08:30");
    t.event(ev::InhibitorEnded{});
    t.verify();
    CHECK_FALSE(t.status().reading);
}

TEST_CASE("turning inhibitor_is_reading off while an inhibitor is held ends that reading, on again resumes it") {
    Settings s = rest_only(4h);
    Timeline t(s);
    t.expect("08:00", K::reading_started);
    t.expect("08:30", K::reading_ended);
    t.expect("08:35", K::natural_break, B::rest);
    t.event(ev::InhibitorStarted{});
    t.presence(Presence::idle);
    t.advance_to("08:30");
    Settings off = s;
    off.activity_inhibitor_is_reading = false;
    t.event(ev::ConfigChanged{off});
    t.advance_to("08:40");
    t.expect("08:40", K::reading_started);
    t.event(ev::ConfigChanged{s});
    t.verify();
    CHECK(t.of(K::reading_ended).at(0).reason == Reason::settings);
    CHECK(t.status().reading);
}

TEST_CASE("the toggle and an inhibitor are independent: each says when it starts and ends") {
    Timeline t(rest_only(4h));
    t.event(ev::ReadingOn{});
    t.presence(Presence::idle);
    t.advance_to("08:10");
    t.event(ev::InhibitorStarted{});
    t.advance_to("08:20");
    t.event(ev::ReadingOff{});
    CHECK(t.status().reading); // the inhibitor still holds
    CHECK(t.status().reading_cause == ReadingCause::inhibitor);
    t.advance_to("08:30");
    t.event(ev::InhibitorEnded{});
    t.expect("08:00", K::reading_started);
    t.expect("08:10", K::reading_started);
    t.expect("08:20", K::reading_ended);
    t.expect("08:30", K::reading_ended);
    t.expect("08:35", K::natural_break, B::rest);
    t.advance_to("08:40");
    t.verify();
}

TEST_CASE("turning reading mode on twice or off when off is harmless: no refusal, the cap stays") {
    Timeline t(rest_only(4h));
    t.expect("08:00", K::reading_started);
    t.expect("09:30", K::reading_ended);
    t.event(ev::ReadingOff{});
    t.event(ev::ReadingOn{});
    t.advance_to("09:00");
    t.event(ev::ReadingOn{});
    CHECK(t.status().reading_until == t.at("10:00"));
    t.advance_to("09:30");
    t.event(ev::ReadingOff{});
    t.event(ev::ReadingOff{});
    t.event(ev::InhibitorEnded{}); // none was held
    t.advance_to("09:40");
    t.verify();
    CHECK(t.of(K::reading_ended).at(0).reason == Reason::user);
    CHECK(t.of(K::action_refused).empty());
}

TEST_CASE("turning reading mode off while idle starts a rest stretch then") {
    Timeline t(rest_only(4h));
    t.ignore(K::reading_started);
    t.ignore(K::reading_ended);
    t.event(ev::ReadingOn{});
    t.presence(Presence::idle);
    t.advance_to("08:30");
    t.event(ev::ReadingOff{});
    t.expect("08:35", K::natural_break, B::rest);
    t.advance_to("08:40");
    t.verify();
}

TEST_CASE("reading mode survives a restart the same day, its cap still counts from when it was turned on") {
    Timeline t(rest_only(4h));
    t.ignore(K::reading_started);
    t.event(ev::ReadingOn{ReadingSource::tray});
    t.advance_to("08:30");
    t.restart(); // a crash restart at once
    CHECK(t.status().reading);
    t.restart_after(10min); // the app off for 10 min: away time, a natural break
    CHECK(t.status().reading);
    CHECK(t.status().reading_until == t.at("10:00"));
    t.presence(Presence::idle);
    t.expect("08:35", K::natural_break, B::rest);
    t.expect("10:00", K::reading_ended);
    t.advance_to("10:01");
    t.verify();
}

TEST_CASE("reading mode survives state.json, a restart with a shorter reading_max shortens it from the start") {
    Timeline t(rest_only(4h));
    t.event(ev::ReadingOn{ReadingSource::command_line});
    t.advance_to("08:30");
    std::string error;
    const auto back = state_from_json(nlohmann::json::parse(state_to_json(t.engine().snapshot()).dump()), error);
    REQUIRE_MESSAGE(back, error);
    CHECK(*back == t.engine().snapshot());
    CHECK(back->reading.until == t.at("10:00"));
    CHECK(back->reading.source == ReadingSource::command_line);
    Settings shorter = rest_only(4h);
    shorter.activity_reading_max = 1h;
    t.restart_with(shorter, 1min);
    CHECK(t.status().reading_until == t.at("09:00"));
}

TEST_CASE("reading mode does not outlive its counting day") {
    Settings s = rest_only(4h);
    s.activity_reading_max = 8h;
    Timeline t(s, "Europe/Berlin", "2026-11-23 23:30");
    t.event(ev::ReadingOn{});
    CHECK(t.status().reading_until == t.at("2026-11-24 07:30"));
    t.restart_after(6h); // 05:30 the next day; the counting day began at 04:00
    CHECK_FALSE(t.status().reading);
    const auto ended = t.of(K::reading_ended);
    REQUIRE(ended.size() == 1);
    CHECK(ended[0].reason == Reason::new_day);
    CHECK(ended[0].at == t.at("2026-11-24 04:00"));
}

TEST_CASE("an inhibitor held when the app stopped is forgotten on restart: the adapter reports it again") {
    Timeline t(rest_only(4h));
    t.event(ev::InhibitorStarted{});
    CHECK(t.status().reading);
    t.restart();
    CHECK(t.status().reading); // no gap: the same run, as far as anyone can tell
    t.restart_after(1min);
    CHECK_FALSE(t.status().reading);
    CHECK_FALSE(t.engine().snapshot().reading.inhibitor);
}

TEST_CASE("state.json from before reading mode reads as off, a garbled reading mode is rejected") {
    EngineState s;
    s.last.wall = WallTime{std::chrono::sys_days{std::chrono::year{2026} / 12 / 1}.time_since_epoch()};
    auto j = state_to_json(s);
    j.erase("reading");
    std::string error;
    const auto old = state_from_json(j, error);
    REQUIRE_MESSAGE(old, error);
    CHECK_FALSE(old->reading.until);
    CHECK_FALSE(old->reading.inhibitor);
    j = state_to_json(s);
    j["reading"]["until_ms"] = (s.last.wall + std::chrono::days(30)).time_since_epoch().count();
    CHECK_FALSE(state_from_json(j, error));
    CHECK(error.find("until_ms") != std::string::npos);
    j = state_to_json(s);
    j["reading"]["source"] = "telepathy";
    CHECK_FALSE(state_from_json(j, error));
}
