// Every class of configuration error, located at file:line:column and naming the key.
#include "test_config_support.h"

#include <doctest/doctest.h>

using namespace respite;
using namespace respite::test;
using namespace std::chrono_literals;
using Lines = std::vector<std::string>;

TEST_CASE("config diagnostics: a valid file has none and sets its values") {
    const auto r =
        load_config_text("[micro_break]\nevery = \"25m\" # longer\nduration = \"30s\"\n"
                         "[workday]\ndays = [\"mon\", \"wed\"]\nstart = \"08:15\"\ntimezone = \"Europe/Berlin\"\n"
                         "[breathing]\npattern = \"4-7-8\"\n",
                         "t.toml");
    CHECK(r.diagnostics.empty());
    CHECK(r.ok());
    CHECK(r.settings.micro_break.every == 25min);
    CHECK(r.settings.micro_break.duration == 30s);
    CHECK(r.settings.workday.days == Weekdays{true, false, true, false, false, false, false});
    CHECK(r.settings.workday.start == 8h + 15min);
    CHECK(r.settings.workday.timezone == "Europe/Berlin");
    CHECK(r.settings.breathing.pattern == BreathingPattern::four_seven_eight);
    CHECK(r.origin("micro_break.every")->layer == Layer::user);
    CHECK(r.origin("micro_break.every")->pos == SourcePos{2, 1});
    CHECK(r.origin("rest_break.every")->layer == Layer::builtin);
}

TEST_CASE("config diagnostics: wrong type") {
    CHECK(
        diagnose("[micro_break]\nevery = 20\n") ==
        Lines{
            R"(t.toml:2:9: error: 'micro_break.every' must be a duration such as "20s", "5m" or "1h30m", not an integer)"});
    CHECK(diagnose("[prompts]\nstrict = \"yes\"\n") ==
          Lines{"t.toml:2:10: error: 'prompts.strict' must be true or false, not a string"});
    CHECK(diagnose("[prompts]\nmax_postpones = 2.5\n") ==
          Lines{"t.toml:2:17: error: 'prompts.max_postpones' must be a whole number, not a floating-point number"});
    CHECK(diagnose("micro_break = 3\n") ==
          Lines{"t.toml:1:1: error: 'micro_break' must be a section ([micro_break]), not an integer"});
    CHECK(diagnose("[workday]\ndays = [\"mon\", 2]\n") ==
          Lines{R"(t.toml:2:16: error: 'workday.days' must list days as strings such as "mon", not an integer)"});
}

TEST_CASE("config diagnostics: out of range") {
    CHECK(diagnose("[micro_break]\nevery = \"5h\"\n") ==
          Lines{"t.toml:2:9: error: 'micro_break.every' must be between 1m and 4h (got 5h)"});
    CHECK(diagnose("[prompts]\nmax_postpones = 99999999999\n") ==
          Lines{"t.toml:2:17: error: 'prompts.max_postpones' must be between 0 and 20 (got 99999999999)"});
    CHECK(diagnose("[workday]\ndaily_limit = \"5m\"\n") ==
          Lines{"t.toml:2:15: error: 'workday.daily_limit' must be 0 (off) or between 30m and 24h (got 5m)"});
    CHECK(
        diagnose("[activity]\ncount = \"inputs\"\n") ==
        Lines{
            R"(t.toml:2:9: error: 'activity.count' must be one of "screen", "input" (got "inputs"); did you mean "input"?)"});
    CHECK(
        diagnose("[workday]\ntimezone = \"Europe/Berln\"\n") ==
        Lines{
            R"(t.toml:2:12: error: 'workday.timezone': unknown time zone "Europe/Berln"; did you mean "Europe/Berlin"?)"});
}

TEST_CASE("config diagnostics: unknown keys and sections suggest the nearest name") {
    CHECK(diagnose("[micro_break]\nevry = \"20m\"\n") ==
          Lines{"t.toml:2:1: error: unknown key 'micro_break.evry'; did you mean 'micro_break.every'?"});
    CHECK(diagnose("[micro_break]\nheads_up = \"5s\"\n") ==
          Lines{"t.toml:2:1: error: unknown key 'micro_break.heads_up'; did you mean 'prompts.heads_up'?"});
    CHECK(diagnose("[micro_breaks]\nevery = \"20m\"\n") ==
          Lines{"t.toml:1:2: error: unknown section [micro_breaks]; did you mean [micro_break]?"});
    CHECK(diagnose("every = \"20m\"\n") ==
          Lines{"t.toml:1:1: error: unknown key 'every' outside any section; did you mean 'micro_break.every' or "
                "'rest_break.every'?"});
    CHECK(diagnose("[micro_break]\nbanana = 1\n") == Lines{"t.toml:2:1: error: unknown key 'micro_break.banana'"});
    CHECK(diagnose("micro_break.evry = \"20m\"\n") ==
          Lines{"t.toml:1:13: error: unknown key 'micro_break.evry'; did you mean 'micro_break.every'?"});
}

TEST_CASE("config diagnostics: malformed duration and time") {
    CHECK(
        diagnose("[micro_break]\nevery = \"20 min\"\n") ==
        Lines{
            R"(t.toml:2:9: error: 'micro_break.every': malformed duration "20 min" (use e.g. "20s", "5m", "1h30m", or "0"))"});
    CHECK(diagnose("[workday]\nstart = \"9\"\n") ==
          Lines{R"(t.toml:2:9: error: 'workday.start': malformed time (use HH:MM, e.g. "09:00"))"});
    CHECK(diagnose("[workday]\nstart = 09:15:30\n") ==
          Lines{R"(t.toml:2:9: error: 'workday.start': malformed time (use HH:MM, e.g. "09:00"))"});
    const auto native = load_config_text("[workday]\nstart = 08:45:00\n", "t.toml");
    CHECK(native.ok());
    CHECK(native.settings.workday.start == 8h + 45min);
    CHECK(diagnose("[workday]\ndays = [\"mon\", \"tsu\"]\n") ==
          Lines{R"(t.toml:2:16: error: 'workday.days': unknown day "tsu" (use "mon" to "sun"); did you mean "thu"?)"});
}

TEST_CASE("config diagnostics: duplicate keys and bad TOML end parsing with a position") {
    CHECK(diagnose("[micro_break]\nevery = \"20m\"\nevery = \"30m\"\n") ==
          Lines{"t.toml:3:9: error: duplicate key: cannot redefine existing string 'every'"});
    CHECK(diagnose("[micro_break]\n[micro_break]\n") ==
          Lines{"t.toml:2:1: error: duplicate key: cannot redefine existing table 'micro_break'"});
    CHECK(diagnose("[micro_break\nevery = \"20m\"\n") ==
          Lines{"t.toml:1:13: error: bad TOML in table header: expected ']', saw '\\n'"});
    CHECK(diagnose("[prompts]\nstrict = \n") ==
          Lines{"t.toml:2:10: error: bad TOML in key-value pair: expected value, saw '\\n'"});
}

TEST_CASE("config diagnostics: all errors of a file are reported, in order, and the file is ignored") {
    const auto r = load_config_text("[micro_break]\nevery = \"5h\"\nevry = 1\nduration = \"1m\"\n"
                                    "[workday]\nstart = \"nine\"\n[prompt]\nx = 1\n",
                                    "t.toml");
    CHECK(lines(r.diagnostics) ==
          Lines{"t.toml:2:9: error: 'micro_break.every' must be between 1m and 4h (got 5h)",
                "t.toml:3:1: error: unknown key 'micro_break.evry'; did you mean 'micro_break.every'?",
                R"(t.toml:6:9: error: 'workday.start': malformed time (use HH:MM, e.g. "09:00"))",
                "t.toml:7:2: error: unknown section [prompt]; did you mean [prompts]?"});
    CHECK_FALSE(r.ok());
    CHECK(r.settings.micro_break.duration == 20s); // the valid key of an invalid file is not applied either
    CHECK(r.origin("micro_break.duration")->layer == Layer::builtin);
}

TEST_CASE("config diagnostics: cross-field rules name both keys at the key this file sets") {
    CHECK(diagnose("[micro_break]\nduration = \"25m\"\n") ==
          Lines{"t.toml:2:12: error: 'micro_break.duration' (25m) must be shorter than 'micro_break.every' (20m)"});
    CHECK(diagnose("[workday]\nstart = \"18:00\"\n") ==
          Lines{"t.toml:2:9: error: 'workday.end' (17:30) must be later than 'workday.start' (18:00)"});
}

TEST_CASE("config diagnostics: duplicate days are a warning only") {
    const auto r = load_config_text("[workday]\ndays = [\"mon\", \"mon\"]\n", "t.toml");
    CHECK(lines(r.diagnostics) == Lines{R"(t.toml:2:16: warning: 'workday.days': "mon" is listed twice)"});
    CHECK(r.ok());
    CHECK(r.settings.workday.days == Weekdays{true, false, false, false, false, false, false});
}

TEST_CASE("config diagnostics: files that cannot be read") {
    TempDir dir;
    CHECK(lines(load_config_file(dir.path() / "missing.toml").diagnostics) ==
          Lines{(dir.path() / "missing.toml").string() + ": error: no such file"});
    CHECK(lines(load_config_file(dir.path()).diagnostics) ==
          Lines{dir.path().string() + ": error: is a directory, not a configuration file"});
    const auto f = dir.write("good.toml", "[focus]\nwork = \"50m\"\n");
    const auto r = load_config_file(f);
    CHECK(r.ok());
    CHECK(r.settings.focus.work == 50min);
    CHECK(r.origin("focus.work")->file == f.string());
}
