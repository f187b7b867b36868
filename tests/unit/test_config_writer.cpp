// Editing the user file one key at a time: comments and other lines survive.
#include "core/config/toml_reader.h"
#include "core/config/user_file_writer.h"

#include <doctest/doctest.h>

using namespace respite;
using namespace std::chrono_literals;

TEST_CASE("config writer: replaces a value in place, keeping comments and layout") {
    const std::string before = "# my settings\n[micro_break]\n# how often\nevery = \"20m\"   # default\n"
                               "duration = \"20s\"\n\n[rest_break]\nevery = \"50m\"\n";
    const auto e = set_value_in_text(before, "micro_break.every", Duration{30min});
    REQUIRE(e.ok());
    CHECK(e.text == "# my settings\n[micro_break]\n# how often\nevery = \"30m\"   # default\n"
                    "duration = \"20s\"\n\n[rest_break]\nevery = \"50m\"\n");
}

TEST_CASE("config writer: adds a key at the end of its section") {
    const std::string before = "[micro_break]\nevery = \"20m\" # c\n\n# about rest\n[rest_break]\nevery = \"50m\"\n";
    const auto e = set_value_in_text(before, "micro_break.enabled", false);
    REQUIRE(e.ok());
    CHECK(e.text ==
          "[micro_break]\nevery = \"20m\" # c\nenabled = false\n\n# about rest\n[rest_break]\nevery = \"50m\"\n");
    const auto empty_section = set_value_in_text("[focus]\n# nothing yet\n", "focus.long_break_after", 3);
    REQUIRE(empty_section.ok());
    CHECK(empty_section.text == "[focus]\nlong_break_after = 3\n# nothing yet\n");
}

TEST_CASE("config writer: appends a missing section, creating the file's text if empty") {
    auto e = set_value_in_text("", "workday.days", Weekdays{true, true, false, false, true, false, false});
    REQUIRE(e.ok());
    CHECK(e.text == "[workday]\ndays = [\"mon\", \"tue\", \"fri\"]\n");
    e = set_value_in_text("# hello\n[focus]\nwork = \"50m\"", "workday.start", TimeOfDay{8h});
    REQUIRE(e.ok());
    CHECK(e.text == "# hello\n[focus]\nwork = \"50m\"\n\n[workday]\nstart = \"08:00\"\n");
}

TEST_CASE("config writer: multi-line values, dotted keys, inline tables, CRLF and non-ASCII text") {
    auto e = set_value_in_text("[workday]\ndays = [\n  \"mon\", # first\n  \"tue\",\n]\nend = \"18:00\"\n",
                               "workday.days", Weekdays{false, false, false, false, false, true, true});
    REQUIRE(e.ok());
    CHECK(e.text == "[workday]\ndays = [\"sat\", \"sun\"]\nend = \"18:00\"\n");
    e = set_value_in_text("micro_break.every = \"20m\"\n[focus]\n", "micro_break.duration", Duration{30s});
    REQUIRE(e.ok());
    CHECK(e.text == "micro_break.every = \"20m\"\nmicro_break.duration = \"30s\"\n[focus]\n");
    e = set_value_in_text("focus = { work = \"50m\" }\n", "focus.work", Duration{1h});
    REQUIRE(e.ok());
    CHECK(e.text == "focus = { work = \"1h\" }\n");
    CHECK_FALSE(set_value_in_text("focus = { work = \"50m\" }\n", "focus.short_break", Duration{1min}).ok());
    e = set_value_in_text("[workday]\r\nend = \"18:00\"\r\n", "workday.start", TimeOfDay{7h});
    REQUIRE(e.ok());
    CHECK(e.text == "[workday]\r\nend = \"18:00\"\r\nstart = \"07:00\"\r\n");
    e = set_value_in_text("\xEF\xBB\xBF[workday] # Zeitzone für München\ntimezone = \"Europe/Zürich\" # ü\n",
                          "workday.timezone", std::string("Europe/Berlin"));
    REQUIRE(e.ok());
    CHECK(e.text == "\xEF\xBB\xBF[workday] # Zeitzone für München\ntimezone = \"Europe/Berlin\" # ü\n");
}

TEST_CASE("config writer: refuses bad values, unknown keys and broken files") {
    auto e = set_value_in_text("", "micro_break.every", Duration{5h});
    CHECK(e.error == "'micro_break.every' must be between 1m and 4h (got 5h)");
    e = set_value_in_text("", "micro_break.evry", Duration{5min});
    CHECK(e.error == "unknown key 'micro_break.evry'; did you mean 'micro_break.every'?");
    e = set_value_in_text("[micro_break\n", "micro_break.every", Duration{5min});
    CHECK(e.error.starts_with("the file is not valid TOML (line 1)"));
    e = set_value_in_text("[micro_break.extra]\nx = 1\n", "micro_break.every", Duration{5min});
    CHECK_FALSE(e.ok());
}

TEST_CASE("config writer: removing a key keeps everything else") {
    const std::string before = "[micro_break]\n# c\nevery = \"30m\" # mine\nduration = \"30s\"\nmicro = 1\n";
    auto e = remove_value_in_text(before, "micro_break.every");
    REQUIRE(e.ok());
    CHECK(e.text == "[micro_break]\n# c\nduration = \"30s\"\nmicro = 1\n");
    e = remove_value_in_text(before, "focus.work");
    REQUIRE(e.ok());
    CHECK(e.text == before);
    e = remove_value_in_text("micro_break.every = \"30m\"\n", "micro_break.every");
    REQUIRE(e.ok());
    CHECK(e.text.empty());
}

TEST_CASE("config value text: what people type on the command line") {
    std::string error;
    CHECK(parse_value_text(*find_setting("micro_break.every"), "25m", error) == SettingValue{Duration{25min}});
    CHECK(parse_value_text(*find_setting("micro_break.every"), "\"25m\"", error) == SettingValue{Duration{25min}});
    CHECK(parse_value_text(*find_setting("workday.daily_limit"), "0", error) == SettingValue{Duration{0}});
    CHECK(parse_value_text(*find_setting("prompts.strict"), "true", error) == SettingValue{true});
    CHECK(parse_value_text(*find_setting("prompts.max_postpones"), "4", error) == SettingValue{4});
    CHECK(parse_value_text(*find_setting("workday.start"), "8:30", error) == SettingValue{TimeOfDay{8h + 30min}});
    CHECK(parse_value_text(*find_setting("workday.days"), "mon,tue, sat", error) ==
          SettingValue{Weekdays{true, true, false, false, false, true, false}});
    CHECK(parse_value_text(*find_setting("workday.days"), "[]", error) == SettingValue{Weekdays{}});
    CHECK(parse_value_text(*find_setting("breathing.pattern"), "4-7-8", error) == SettingValue{std::string("4-7-8")});
    CHECK_FALSE(parse_value_text(*find_setting("prompts.strict"), "yes", error).has_value());
    CHECK(error == "'prompts.strict' must be true or false (got \"yes\")");
    CHECK_FALSE(parse_value_text(*find_setting("micro_break.every"), "5h", error).has_value());
    CHECK(error == "'micro_break.every' must be between 1m and 4h (got 5h)");
    CHECK_FALSE(parse_value_text(*find_setting("prompts.strict"), "true\n[x]", error).has_value());
}

TEST_CASE("config value text: errors of every kind come back as text") {
    std::string error;
    CHECK_FALSE(parse_value_text(*find_setting("prompts.max_postpones"), "500", error).has_value());
    CHECK(error == "'prompts.max_postpones' must be between 0 and 20 (got 500)");
    CHECK_FALSE(parse_value_text(*find_setting("workday.start"), "25:00", error).has_value());
    CHECK(error == R"('workday.start': malformed time (use HH:MM, e.g. "09:00"))");
    CHECK_FALSE(parse_value_text(*find_setting("workday.days"), "mon,xyz", error).has_value());
    CHECK(error == R"('workday.days': unknown day "xyz" (use "mon" to "sun"))");
}
