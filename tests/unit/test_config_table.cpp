// The settings table: names, defaults, ranges and the did-you-mean helper.
#include "core/config/cross_checks.h"
#include "core/config/setting_value.h"
#include "core/config/settings_table.h"
#include "core/config/suggest.h"

#include <doctest/doctest.h>

#include <set>

using namespace respite;
using namespace std::chrono_literals;

TEST_CASE("config table: every documented key exists exactly once") {
    const char* contract[] = {"micro_break.enabled",
                              "micro_break.every",
                              "micro_break.duration",
                              "rest_break.enabled",
                              "rest_break.every",
                              "rest_break.duration",
                              "prompts.heads_up",
                              "prompts.postpone",
                              "prompts.max_postpones",
                              "prompts.daily_skip_budget",
                              "prompts.strict",
                              "prompts.max_deferral",
                              "activity.count",
                              "breaks.only_in_work_hours",
                              "workday.days",
                              "workday.start",
                              "workday.end",
                              "workday.timezone",
                              "workday.day_starts",
                              "workday.cutoff_heads_up",
                              "workday.overtime_reminder_every",
                              "workday.weekly_overtime_cap",
                              "workday.daily_limit",
                              "focus.work",
                              "focus.short_break",
                              "focus.long_break",
                              "focus.long_break_after",
                              "breathing.pattern",
                              "breathing.inhale",
                              "breathing.hold_in",
                              "breathing.exhale",
                              "breathing.hold_out",
                              "breathing.default_minutes",
                              "breathing.chime",
                              "breathing.reduced_motion",
                              "notifications.sound",
                              "app.autostart"};
    for (const char* key : contract) {
        CAPTURE(key);
        CHECK(find_setting(key) != nullptr);
    }
    std::set<std::string_view> seen;
    for (const auto& info : settings_table()) {
        CHECK(seen.insert(info.key).second);
        CHECK_FALSE(info.doc.empty());
        CHECK((info.field != nullptr));
    }
    CHECK(find_setting("micro_break") == nullptr);
    CHECK(find_setting("micro_break.evry") == nullptr);
}

TEST_CASE("config table: the built-in defaults are valid and display as documented") {
    const Settings defaults;
    for (const auto& info : settings_table()) {
        CAPTURE(info.key);
        CHECK_FALSE(check_value(info, get_value(info, defaults)).has_value());
    }
    CHECK(cross_check(defaults).empty());
    const auto shown = [&](const char* key) {
        return format_value(*find_setting(key), get_value(*find_setting(key), defaults));
    };
    CHECK(shown("micro_break.every") == "20m");
    CHECK(shown("micro_break.duration") == "20s");
    CHECK(shown("rest_break.duration") == "5m");
    CHECK(shown("workday.end") == "17:30");
    CHECK(shown("workday.days") == "mon,tue,wed,thu,fri");
    CHECK(shown("workday.daily_limit") == "0");
    CHECK(shown("activity.count") == "screen");
    CHECK(shown("breathing.pattern") == "box");
    CHECK(toml_literal(*find_setting("workday.days"), get_value(*find_setting("workday.days"), defaults)) ==
          R"(["mon", "tue", "wed", "thu", "fri"])");
}

TEST_CASE("config table: set_value and get_value reach the Settings members, enums by choice") {
    Settings s;
    set_value(*find_setting("micro_break.every"), s, Duration{30min});
    CHECK(s.micro_break.every == 30min);
    set_value(*find_setting("breathing.pattern"), s, std::string("4-7-8"));
    CHECK(s.breathing.pattern == BreathingPattern::four_seven_eight);
    set_value(*find_setting("activity.count"), s, std::string("input"));
    CHECK(s.activity_count == CountMode::input);
    set_value(*find_setting("activity.count"), s, std::string("bogus")); // ignored
    CHECK(s.activity_count == CountMode::input);
    set_value(*find_setting("prompts.max_postpones"), s, Duration{1s}); // wrong type: ignored
    CHECK(s.prompts.max_postpones == 3);
    CHECK(std::get<std::string>(get_value(*find_setting("breathing.pattern"), s)) == "4-7-8");
}

TEST_CASE("config table: ranges, off values and choices") {
    const auto& every = *find_setting("micro_break.every");
    CHECK(check_value(every, Duration{5h}) == "'micro_break.every' must be between 1m and 4h (got 5h)");
    CHECK_FALSE(check_value(every, Duration{4h}).has_value());
    CHECK(check_value(every, Duration{0}).has_value());
    const auto& limit = *find_setting("workday.daily_limit");
    CHECK_FALSE(check_value(limit, Duration{0}).has_value());
    CHECK(check_value(limit, Duration{10min}) ==
          "'workday.daily_limit' must be 0 (off) or between 30m and 24h (got 10m)");
    CHECK(check_value(*find_setting("activity.count"), std::string("scren")) ==
          R"('activity.count' must be one of "screen", "input" (got "scren"); did you mean "screen"?)");
    CHECK(check_value(every, true) == R"('micro_break.every' must be a duration such as "20s", "5m" or "1h30m")");
    CHECK_FALSE(check_value(*find_setting("workday.timezone"), std::string("Europe/Berlin")).has_value());
    CHECK_FALSE(check_value(*find_setting("workday.timezone"), std::string()).has_value());
    CHECK(check_value(*find_setting("workday.timezone"), std::string("Europe/Berln")) ==
          R"('workday.timezone': unknown time zone "Europe/Berln"; did you mean "Europe/Berlin"?)");
}

TEST_CASE("config suggest: edit distance and nearest name") {
    CHECK(edit_distance("every", "every") == 0);
    CHECK(edit_distance("evry", "every") == 1);
    CHECK(edit_distance("evrey", "every") == 1); // a swap is one edit
    CHECK(edit_distance("EVERY", "every") == 0);
    CHECK(edit_distance("", "abc") == 3);
    CHECK(nearest("micro_break.evry", setting_keys()) == "micro_break.every");
    CHECK(nearest("rest_brake.duration", setting_keys()) == "rest_break.duration");
    CHECK(nearest("micro_breaks", setting_sections()) == "micro_break");
    CHECK_FALSE(nearest("completely_unrelated", setting_keys()).has_value());
}

TEST_CASE("config cross checks: a break must be shorter than its interval") {
    Settings s;
    s.micro_break.duration = 25min;
    const auto conflicts = cross_check(s);
    REQUIRE(conflicts.size() == 1);
    CHECK(conflicts[0].key == "micro_break.duration");
    CHECK(conflicts[0].message == "'micro_break.duration' (25m) must be shorter than 'micro_break.every' (20m)");
    Settings w;
    w.workday.end = 8h;
    REQUIRE(cross_check(w).size() == 1);
    CHECK(cross_check(w)[0].message == "'workday.end' (08:00) must be later than 'workday.start' (09:00)");
    Settings d;
    d.workday.day_starts = 12h;
    REQUIRE(cross_check(d).size() == 1);
    CHECK(cross_check(d)[0].key == "workday.day_starts");
}

TEST_CASE("config suggest: nearest key judges a typo by the part that is wrong") {
    CHECK(nearest_key("micro_break.evry") == "micro_break.every");
    CHECK_FALSE(nearest_key("micro_break.banana").has_value());
    CHECK(nearest_key("micro_brek.every") == "micro_break.every");
    CHECK(nearest_key("micro_break_every") == "micro_break.every");
    CHECK_FALSE(nearest_key("nothing.like.this").has_value());
}
