// Display-free checks of the GUI's logic: breathing pacing, text formatting, overtime tone, ideas files.
#define DOCTEST_CONFIG_IMPLEMENT_WITH_MAIN
#include "ui/breath_pacer.h"
#include "ui/ideas.h"
#include "ui/messages.h"
#include "ui/refusal_text.h"
#include "ui/tray_menu.h"

#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <set>
#include <string>

using namespace respite;
using namespace respite::ui;
using namespace std::chrono_literals;

TEST_CASE("box breathing walks through four equal phases") {
    const BreathingPlan plan = with_pattern(BreathingPlan{}, BreathingPattern::box);
    CHECK(breath_at(plan, 0ms).phase == BreathPhase::inhale);
    CHECK(breath_at(plan, 0ms).level == doctest::Approx(0.0));
    CHECK(breath_at(plan, 2s).level == doctest::Approx(0.5));
    CHECK(breath_at(plan, 1s).left == 3s);
    CHECK(breath_at(plan, 5s).phase == BreathPhase::hold_in);
    CHECK(breath_at(plan, 5s).level == doctest::Approx(1.0));
    CHECK(breath_at(plan, 9s).phase == BreathPhase::exhale);
    CHECK(breath_at(plan, 13s).phase == BreathPhase::hold_out);
    CHECK(breath_at(plan, 16s).phase == BreathPhase::inhale); // the cycle repeats
}

TEST_CASE("4-7-8 and coherent skip empty holds") {
    const BreathingPlan p478 = with_pattern(BreathingPlan{}, BreathingPattern::four_seven_eight);
    CHECK(breath_at(p478, 4s).phase == BreathPhase::hold_in);
    CHECK(breath_at(p478, 11s).phase == BreathPhase::exhale);
    CHECK(breath_at(p478, 19s).phase == BreathPhase::inhale); // no hold_out
    const BreathingPlan coherent = with_pattern(BreathingPlan{}, BreathingPattern::coherent);
    CHECK(breath_at(coherent, 5400ms).phase == BreathPhase::inhale);
    CHECK(breath_at(coherent, 5600ms).phase == BreathPhase::exhale);
    CHECK(breath_at(coherent, 11s).phase == BreathPhase::inhale);
}

TEST_CASE("the level eases in and out") {
    CHECK(ease_in_out(0.0) == doctest::Approx(0.0));
    CHECK(ease_in_out(0.5) == doctest::Approx(0.5));
    CHECK(ease_in_out(1.0) == doctest::Approx(1.0));
    CHECK(ease_in_out(0.1) < 0.1); // slow start
}

TEST_CASE("plans come from settings") {
    BreathingSettings s;
    s.pattern = BreathingPattern::custom;
    s.inhale = 3s;
    s.default_minutes = 2;
    const BreathingPlan plan = plan_from_settings(s);
    CHECK(plan.inhale == 3s);
    CHECK(plan.length == 2min);
    CHECK(plan_from_settings(s, 5min).length == 5min);
}

TEST_CASE("clock and duration texts") {
    CHECK(format_clock(14s) == "0:14");
    CHECK(format_clock(13200ms) == "0:14"); // rounds up: never 0:00 while time is left
    CHECK(format_clock(5min) == "5:00");
    CHECK(format_clock(1h + 2min + 3s) == "1:02:03");
    CHECK(format_clock(-3s) == "0:00");
    CHECK(format_duration(45s) == "45 s");
    CHECK(format_duration(12min) == "12 min");
    CHECK(format_duration(90min) == "1 h 30 min");
    CHECK(format_duration(2h) == "2 h");
    CHECK(format_time_of_day(17h + 30min) == "17:30");
}

TEST_CASE("overtime reminders escalate but name both amounts") {
    const MessageText first = overtime_message(30min, 2h, 1);
    const MessageText second = overtime_message(1h, 2h + 30min, 2);
    const MessageText late = overtime_message(2h, 3h, 4);
    CHECK(first.title != second.title);
    CHECK(second.title != late.title);
    for (const auto& m : {first, second, late})
        CHECK(m.body.find("this week") != std::string::npos);
    CHECK(first.body.find("30 min") != std::string::npos);
    CHECK(first.body.find("2 h") != std::string::npos);
    CHECK(overtime_message(10min, 6h, 1).title == late.title); // a heavy week raises the tone at once
}

TEST_CASE("heads-up text names the break and the time") {
    CHECK(heads_up_message(BreakKind::micro, 10s).title == "Micro-break in 10 s");
    CHECK(heads_up_message(BreakKind::rest, 2min).title == "Rest break in 2 min");
}

TEST_CASE("ideas files: one per line, comments and blanks skipped") {
    const auto file = std::filesystem::temp_directory_path() / "respite-ideas-test.txt";
    std::ofstream(file) << "# a comment\n\n  Look away.  \r\nStretch.\n";
    const auto ideas = read_ideas_file(file);
    REQUIRE(ideas.size() == 2);
    CHECK(ideas[0] == "Look away.");
    CHECK(ideas[1] == "Stretch.");
    std::filesystem::remove(file);
}

TEST_CASE("the shipped ideas are plenty and short") {
    for (const char* name : {"micro.txt", "rest.txt"}) {
        const auto ideas = read_ideas_file(std::filesystem::path(RESPITE_SOURCE_DIR) / "assets/ideas" / name);
        CHECK(ideas.size() >= 15);
        for (const auto& idea : ideas)
            CHECK(idea.size() <= 120);
    }
}

TEST_CASE("every engine refusal has its own sentence") {
    std::set<std::string> seen;
    for (const Refusal r : all_refusals()) {
        const std::string text = refusal_text(r);
        CHECK(!text.empty());
        CHECK(text != to_string(r)); // worded for people, not the engine's stable text
        CHECK(seen.insert(text).second);
        CHECK(refusal_text(to_string(r)) == text);
    }
    CHECK(refusal_text(std::string_view{"some new reason"}) == "some new reason");
}

// Issue 8 §2: the busy monitor said "do-not-disturb" and the tray compared with "dnd", so do-not-disturb showed as
// "you are busy". The reason is an enum from the monitor to the tray now.
TEST_CASE("do-not-disturb shows as do not disturb in the tray, not as 'you are busy'") {
    Status s;
    s.at = WallTime{std::chrono::hours(24 * 20000)};
    s.busy = true;
    s.busy_reason = BusyReason::do_not_disturb;
    s.deferred = BreakKind::micro;
    s.deferred_reason = reason_of(s.busy_reason);
    const std::string line = format_status_line(s, Settings{}, s.at);
    CHECK(line.find("do not disturb") != std::string::npos);
    CHECK(line.find("you are busy") == std::string::npos);
}
