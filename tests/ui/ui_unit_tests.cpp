// Display-free checks of the GUI's logic: breathing pacing, text formatting, overtime tone, ideas files.
#define DOCTEST_CONFIG_IMPLEMENT_WITH_MAIN
#include "ui/breath_pacer.h"
#include "ui/i18n.h"
#include "ui/ideas.h"
#include "ui/messages.h"
#include "ui/refusal_text.h"
#include "ui/setting_control.h"
#include "ui/tray_menu.h"
#include "ui/welcome_dialog.h"

#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <map>
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

TEST_CASE("issue 15 bug 1: a cross-field conflict is worded by field labels, not key names") {
    Settings s;
    s.micro_break.every = 5min;
    s.micro_break.duration = 10min;
    auto conflicts = cross_check(s);
    REQUIRE(conflicts.size() == 1);
    CHECK(conflicts[0].key == "micro_break.duration");
    CHECK(conflict_text(conflicts[0]).utf8_string() == "Must be shorter than \"Every\" (5m).");

    Settings h;
    h.prompts.heads_up = 10min;
    h.micro_break.every = 5min;
    conflicts = cross_check(h);
    REQUIRE(!conflicts.empty());
    // Another page's setting is named with its page.
    CHECK(conflict_text(conflicts[0]).utf8_string() == "Must be shorter than \"Micro-breaks \u203a Every\" (5m).");
    for (const auto& c : conflicts)
        CHECK(conflict_text(c).utf8_string().find('_') == std::string::npos);
}

TEST_CASE("the welcome says where Respite lives, the defaults in use and where changes go") {
    WelcomeFacts facts;
    facts.config_file = "/home/u/.config/respite/config.toml";
    auto lines = welcome_lines(facts);
    REQUIRE(lines.size() == 3);
    CHECK(lines[0].find("tray") != std::string::npos);
    CHECK(lines[1].find("20 s every 20 min") != std::string::npos);
    CHECK(lines[1].find("5 min every 50 min") != std::string::npos);
    CHECK(lines[1].find("09:00 to 17:30") != std::string::npos);
    CHECK(lines[2].find(facts.config_file) != std::string::npos);
    facts.settings.micro_break.enabled = false;
    facts.in_tray = false;
    lines = welcome_lines(facts);
    CHECK(lines[0].find("status window") != std::string::npos);
    CHECK(lines[1].find("micro-break") == std::string::npos);
}

TEST_CASE("after hours the status line still says when the next breaks come") {
    const WallTime now{std::chrono::hours(24 * 20000)};
    Status s;
    s.at = now;
    s.after_hours = true;
    s.micro = {true, 12min, 3};
    s.rest = {true, 38min, 3};
    Settings settings;
    CHECK(format_status_line(s, settings, now) == "After hours · Micro-break in 12 min · Rest in 38 min");
    s.overtime_today = 35min;
    CHECK(format_status_line(s, settings, now) ==
          "After hours · 35 min overtime today · Micro-break in 12 min · Rest in 38 min");
    settings.breaks_only_in_work_hours = true;
    CHECK(format_status_line(s, settings, now) ==
          "After hours · 35 min overtime today · breaks resume with your workday");
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

// The line shows both countdowns. Once an idle stretch counted as a micro-break, only the rest countdown runs; the
// refresh followed the soonest break alone, so "Rest in 49 min" stayed until the engine happened to send a status
// (a checkpoint did, once a minute; without it the line went stale).
TEST_CASE("regression: the tray refreshes at the rest countdown's minute when the micro-break's is stopped") {
    const WallTime now{std::chrono::hours(24 * 20000)};
    Status s;
    s.at = now;
    s.micro = {true, 20min, 3, false}; // idle: this stretch already was a micro-break
    s.rest = {true, 49min + 25s, 3, true};
    const auto wait = next_status_change(s, now);
    REQUIRE(wait);
    CHECK(*wait == 25s);
    CHECK(format_status_line(s, Settings{}, now + 24s) == "Micro-break in 20 min · Rest in 50 min");
    CHECK(format_status_line(s, Settings{}, now + *wait) == "Micro-break in 20 min · Rest in 49 min");
    // Both count: the sooner of their two minute boundaries.
    s.micro = {true, 12min + 40s, 3, true};
    CHECK(next_status_change(s, now) == std::optional<Duration>(25s));
    s.rest.counting = false;
    CHECK(next_status_change(s, now) == std::optional<Duration>(40s));
    // Nothing counts (away, or idle past both natural breaks): a static line needs no timer at all.
    s.micro.counting = false;
    CHECK_FALSE(next_status_change(s, now));
}

TEST_CASE("issue 15: LANGUAGE outranks the locale's language, as gettext has it") {
    auto env = [](std::map<std::string, std::string> vars) {
        return [vars = std::move(vars)](const char* name) -> const char* {
            const auto it = vars.find(name);
            return it == vars.end() ? nullptr : it->second.c_str();
        };
    };
    using L = std::vector<std::string>;
    CHECK(preferred_ui_languages(env({{"LANG", "de_DE.UTF-8"}, {"LANGUAGE", "en"}})) == L{"en"});
    CHECK(preferred_ui_languages(env({{"LANG", "en_US.UTF-8"}, {"LANGUAGE", "de"}})) == L{"de"});
    CHECK(preferred_ui_languages(env({{"LANG", "C"}, {"LANGUAGE", "fr::de_AT.UTF-8@euro"}})) == L{"fr", "de_AT"});
    CHECK(preferred_ui_languages(env({{"LANG", "en_US.UTF-8"}, {"LC_MESSAGES", "de_DE.UTF-8"}})) == L{"de_DE"});
    CHECK(preferred_ui_languages(env({{"LC_ALL", "C"}, {"LANG", "de_DE.UTF-8"}})).empty());
    CHECK(preferred_ui_languages(env({{"LANGUAGE", ""}, {"LANG", "de_DE.UTF-8"}})) == L{"de_DE"});
    CHECK(preferred_ui_languages(env({})).empty());

    const L catalogs{"de"};
    CHECK(choose_ui_language({"en"}, catalogs).empty());
    CHECK(choose_ui_language({"en_GB", "de"}, catalogs).empty()); // English first: the msgids
    CHECK(choose_ui_language({"fr", "de_AT"}, catalogs) == "de");
    CHECK(choose_ui_language({"de_DE"}, catalogs) == "de");
    CHECK(choose_ui_language({"fr"}, catalogs).empty());
}

TEST_CASE("issue 15: a running focus session has its own tray icon, even when a break waits for it") {
    const WallTime now{std::chrono::hours(24 * 20000)};
    Status s;
    s.at = now;
    s.micro = {true, 12min, 3, true};
    s.rest = {true, 38min, 3, true};
    CHECK(tray_icon_state(s, now) == TrayIconState::normal);
    s.focus_active = true;
    s.focus_left = 20min;
    CHECK(tray_icon_state(s, now) == TrayIconState::focus);
    CHECK(tray_icon_name(TrayIconState::focus) == "respite-focus");
    s.micro.due_in = 0min;
    s.deferred = BreakKind::micro; // the micro-break waits for the session's end
    s.deferred_reason = Reason::focus;
    CHECK(tray_icon_state(s, now) == TrayIconState::focus);
    s.prompt = BreakKind::rest; // a window is up: the break, not the session
    CHECK(tray_icon_state(s, now) == TrayIconState::break_soon);
    s.prompt.reset();
    s.paused_until = now + 30min;
    CHECK(tray_icon_state(s, now) == TrayIconState::paused);
    s.paused_until.reset();
    s.focus_active = false;
    CHECK(tray_icon_state(s, now) == TrayIconState::break_soon);
    for (const char* size : {"16x16", "22x22", "24x24", "32x32", "48x48", "64x64", "128x128", "256x256"})
        CHECK(std::filesystem::exists(std::string(RESPITE_SOURCE_DIR) + "/assets/icons/hicolor/" + size +
                                      "/apps/respite-focus.png"));
    CHECK(std::filesystem::exists(std::string(RESPITE_SOURCE_DIR) +
                                  "/assets/icons/hicolor/scalable/apps/respite-focus.svg"));
}

TEST_CASE("reading mode leads the status line: until when by the toggle, why by an inhibitor") {
    const WallTime now{std::chrono::hours(24 * 20000)};
    Status s;
    s.at = now;
    s.micro = {true, 12min, 3, true};
    s.rest = {true, 38min, 3, true};
    s.reading = true;
    s.reading_cause = ReadingCause::toggle;
    s.reading_until = now + 2h;
    const std::string line = format_status_line(s, Settings{}, now);
    // The clock is local (wx formats in TZ): check the shape, not the hour.
    CHECK(line.rfind("Reading mode until ", 0) == 0);
    CHECK(line.find(" · Micro-break in 12 min · Rest in 38 min") == std::string("Reading mode until 00:00").size());
    s.reading_cause = ReadingCause::inhibitor;
    s.reading_until.reset();
    s.reading_inhibitor = true;
    CHECK(format_status_line(s, Settings{}, now) ==
          "Reading mode (video playing) · Micro-break in 12 min · Rest in 38 min");
    s.reading = false;
    CHECK(format_status_line(s, Settings{}, now) == "Micro-break in 12 min · Rest in 38 min");
}
