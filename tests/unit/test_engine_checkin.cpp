// Timeline tests of the stress check-in (issue 11): at the end of a working day, at most once a counting day,
// never over a break, while busy or paused.
#include "core/effect_json.h"
#include "timeline.h"

using namespace respite;
using namespace respite::test;
using K = EffectKind;

namespace {
// The check-in on, workday rules only: no breaks in the way (Mon-Fri 09:00-17:30).
Settings checkin_on(std::optional<TimeOfDay> at = {}) {
    Settings s;
    s.micro_break.enabled = false;
    s.rest_break.enabled = false;
    s.checkin.enabled = true;
    if (at)
        s.checkin.at = CheckinAt{CheckinWhen::time, *at};
    return s;
}

void ignore_workday(Timeline& t) {
    t.ignore(K::cutoff_heads_up);
    t.ignore(K::cutoff);
    t.ignore(K::overtime_reminder);
    t.ignore(K::overtime_cap_reached);
}

void ignore_breaks(Timeline& t) {
    for (const auto k : {K::heads_up, K::break_prompt, K::break_started, K::break_finished, K::natural_break,
                         K::break_deferred, K::break_cancelled})
        t.ignore(k);
}

std::size_t index_of(const Timeline& t, EffectKind kind) {
    const auto& fx = t.effects();
    for (std::size_t i = 0; i < fx.size(); ++i)
        if (fx[i].kind == kind)
            return i;
    return fx.size();
}
} // namespace

TEST_CASE("checkin: asked at the cutoff, right after the cutoff notice") {
    Timeline t(checkin_on(), "Europe/Berlin", "2026-11-23 16:00");
    t.expect("17:20", K::cutoff_heads_up);
    t.expect("17:30", K::cutoff);
    t.expect("17:30", K::checkin_prompt);
    t.advance_to("18:00");
    t.ignore(K::overtime_reminder);
    t.verify();
    CHECK(index_of(t, K::cutoff) < index_of(t, K::checkin_prompt));
}

TEST_CASE("checkin: at = \"17:45\" asks at 17:45 local time") {
    Timeline t(checkin_on(17h + 45min), "Europe/Berlin", "2026-11-23 16:00");
    ignore_workday(t);
    t.expect("17:45", K::checkin_prompt);
    t.advance_to("20:00");
    t.verify();
    CHECK(t.of(K::checkin_prompt).at(0).at == t.at("17:45"));
}

TEST_CASE("checkin: a time before day_starts is the night after, the same counting day") {
    Timeline t(checkin_on(1h), "Europe/Berlin", "2026-11-23 16:00");
    ignore_workday(t);
    t.expect("2026-11-24 01:00", K::checkin_prompt);
    t.advance_to("2026-11-24 03:00");
    t.verify();
}

TEST_CASE("checkin: not on a day off") {
    Timeline t(checkin_on(), "Europe/Berlin", "2026-11-28 10:00"); // a Saturday
    ignore_workday(t);
    t.advance_to("2026-11-28 23:59");
    t.verify();
    CHECK(t.of(K::checkin_prompt).empty());
}

TEST_CASE("checkin: off when checkin.enabled is false (the default), an answer is not recorded then") {
    Settings s = checkin_on();
    s.checkin.enabled = false;
    Timeline t(s, "Europe/Berlin", "2026-11-23 16:00");
    ignore_workday(t);
    t.advance_to("22:00");
    t.event(ev::CheckinAnswered{Feeling::calm, "fine"});
    t.verify();
    CHECK(t.of(K::checkin_prompt).empty());
    CHECK(t.of(K::checkin_answered).empty());
}

TEST_CASE("checkin: waits through a break window and asks when it closes") {
    Timeline t(checkin_on(17h + 45min), "Europe/Berlin", "2026-11-23 16:00");
    ignore_workday(t);
    ignore_breaks(t);
    t.advance_to("17:43");
    t.event(ev::StartBreak{BreakKind::rest}); // 5 min, counting down while the user does not type
    t.presence(Presence::idle);
    t.expect("17:48", K::checkin_prompt);
    t.advance_to("18:30");
    t.verify();
    CHECK(index_of(t, K::break_finished) < index_of(t, K::checkin_prompt));
}

TEST_CASE("checkin: waits through a busy stretch and asks when it ends") {
    Timeline t(checkin_on(), "Europe/Berlin", "2026-11-23 16:00");
    ignore_workday(t);
    t.advance_to("17:10");
    t.event(ev::BusyChanged{true, BusyReason::fullscreen});
    t.advance_to("18:05");
    CHECK(t.of(K::checkin_prompt).empty());
    t.event(ev::BusyChanged{false, BusyReason::none});
    t.expect("18:05", K::checkin_prompt);
    t.advance_to("19:00");
    t.verify();
}

TEST_CASE("checkin: while paused it waits, and asks when the pause ends") {
    Timeline t(checkin_on(17h + 45min), "Europe/Berlin", "2026-11-23 16:00");
    ignore_workday(t);
    t.ignore(K::pause_started);
    t.ignore(K::pause_ended);
    t.advance_to("17:30");
    t.event(ev::PauseFor{1h});
    t.expect("18:30", K::checkin_prompt);
    t.advance_to("20:00");
    t.verify();
}

TEST_CASE("checkin: away at the time, asked on return that evening, gives up at the end of the counting day") {
    SUBCASE("back the same evening") {
        Timeline t(checkin_on(), "Europe/Berlin", "2026-11-23 16:00");
        ignore_workday(t);
        t.advance_to("17:00");
        t.presence(Presence::away);
        t.advance_to("21:00");
        t.presence(Presence::active);
        t.expect("21:00", K::checkin_prompt);
        t.advance_to("21:30");
        t.verify();
    }
    SUBCASE("back the next morning: that day is missing") {
        Timeline t(checkin_on(), "Europe/Berlin", "2026-11-23 16:00");
        ignore_workday(t);
        t.advance_to("17:00");
        t.presence(Presence::away);
        t.advance_to("2026-11-24 08:00");
        t.presence(Presence::active);
        t.advance_to("2026-11-24 12:00");
        t.verify();
        CHECK(t.of(K::checkin_prompt).empty());
    }
}

TEST_CASE("checkin: only once a counting day, again the next working day") {
    Timeline t(checkin_on(), "Europe/Berlin", "2026-11-23 16:00");
    ignore_workday(t);
    t.expect("17:30", K::checkin_prompt);
    t.advance_to("18:00");
    t.event(ev::SnoozeCutoff{10min}); // the cutoff again: no second check-in
    t.advance_to("23:00");
    t.event(ev::BusyChanged{true, BusyReason::fullscreen});
    t.event(ev::BusyChanged{false, BusyReason::none});
    t.expect("2026-11-24 17:30", K::checkin_prompt);
    t.advance_to("2026-11-24 20:00");
    t.verify();
}

TEST_CASE("checkin: a restart the same day does not ask again, state.json keeps it") {
    Timeline t(checkin_on(), "Europe/Berlin", "2026-11-23 16:00");
    ignore_workday(t);
    t.expect("17:30", K::checkin_prompt);
    t.advance_to("17:35");
    t.restart_after(10min);
    t.advance_to("19:00");
    t.restart();
    t.advance_to("20:00");
    t.verify();
    CHECK(t.engine().snapshot().checkin_sent);
}

TEST_CASE("checkin: the answer becomes a checkin_answered effect with the feeling and a one-line note") {
    Timeline t(checkin_on(), "Europe/Berlin", "2026-11-23 16:00");
    ignore_workday(t);
    t.expect("17:30", K::checkin_prompt);
    t.advance_to("17:31");
    t.event(ev::CheckinAnswered{Feeling::tense, "long\nday"});
    t.expect("17:31", K::checkin_answered);
    t.verify();
    const Effect e = t.of(K::checkin_answered).at(0);
    CHECK(e.feeling == Feeling::tense);
    CHECK(e.note == "long day");
    const auto j = effect_to_json(e, t.local());
    CHECK(j["event"] == "checkin_answered");
    CHECK(j["feeling"] == "tense");
    CHECK(j["note"] == "long day");
    const std::string line = format_effect_line(e, t.local());
    CHECK(line.find("checkin_answered") != std::string::npos);
    CHECK(line.ends_with(" tense \"long day\""));
    CHECK(effect_to_json(t.of(K::checkin_prompt).at(0), t.local())["event"] == "checkin_prompt");
}

TEST_CASE("checkin: \"Not today\" is an answer without a feeling, answering early means no prompt that day") {
    Timeline t(checkin_on(), "Europe/Berlin", "2026-11-23 16:00");
    ignore_workday(t);
    t.event(ev::CheckinAnswered{});
    t.expect("16:00", K::checkin_answered);
    t.advance_to("20:00");
    t.verify();
    const Effect e = t.of(K::checkin_answered).at(0);
    CHECK_FALSE(e.feeling);
    CHECK(effect_to_json(e, t.local())["feeling"].is_null());
    CHECK(format_effect_line(e, t.local()).ends_with("not_today"));
}

TEST_CASE("checkin: feelings by word, notes cut at 200 characters on a character boundary") {
    CHECK(to_string(Feeling::calm) == "calm");
    CHECK(to_string(Feeling::very_stressed) == "very_stressed");
    CHECK(parse_feeling("stressed") == Feeling::stressed);
    CHECK(static_cast<int>(*parse_feeling("fine")) == 2);
    CHECK_FALSE(parse_feeling("meh"));
    std::string umlauts;
    for (int i = 0; i < 250; ++i)
        umlauts += "\xC3\xA4"; // ä
    CHECK(checkin_note(umlauts).size() == 400);
    CHECK(checkin_note(std::string(300, 'a')).size() == 200);
    CHECK(checkin_note("a\r\nb") == "a  b");
}
