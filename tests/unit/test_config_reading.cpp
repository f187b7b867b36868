// The reading mode keys (issue 13): activity.reading_max and activity.inhibitor_is_reading.
#include "core/config/setting_value.h"
#include "core/config/settings_table.h"
#include "test_config_support.h"

#include <doctest/doctest.h>

using namespace respite;
using namespace respite::test;
using namespace std::chrono_literals;
using Lines = std::vector<std::string>;

TEST_CASE("config reading: the keys exist with their defaults, 2h and true") {
    const Settings defaults;
    const auto* max = find_setting("activity.reading_max");
    const auto* inhibitor = find_setting("activity.inhibitor_is_reading");
    REQUIRE(max != nullptr);
    REQUIRE(inhibitor != nullptr);
    CHECK(format_value(*max, get_value(*max, defaults)) == "2h");
    CHECK(format_value(*inhibitor, get_value(*inhibitor, defaults)) == "true");
    CHECK(defaults.activity_reading_max == 2h);
    CHECK(defaults.activity_inhibitor_is_reading);
}

TEST_CASE("config reading: a user file sets them") {
    const auto r = load_config_text("[activity]\nreading_max = \"1h30m\"\ninhibitor_is_reading = false\n", "t.toml");
    CHECK(r.diagnostics.empty());
    CHECK(r.settings.activity_reading_max == 90min);
    CHECK_FALSE(r.settings.activity_inhibitor_is_reading);
}

TEST_CASE("config reading: reading_max out of bounds is an error naming the key") {
    CHECK(diagnose("[activity]\nreading_max = \"1m\"\n") ==
          Lines{"t.toml:2:15: error: 'activity.reading_max' must be between 5m and 12h (got 1m)"});
    CHECK(diagnose("[activity]\nreading_max = \"13h\"\n") ==
          Lines{"t.toml:2:15: error: 'activity.reading_max' must be between 5m and 12h (got 13h)"});
    CHECK(diagnose("[activity]\nreading_max = \"0\"\n").size() == 1);
    CHECK(diagnose("[activity]\ninhibitor_is_reading = \"yes\"\n").size() == 1);
    const auto typo = diagnose("[activity]\nreading_mx = \"1h\"\n");
    CAPTURE(typo);
    CHECK(typo.at(0).find("reading_max") != std::string::npos);
}

TEST_CASE("config reading: an administrator's policy locks them like any key") {
    TempDir dir;
    const auto etc = dir.path() / "etc";
    const auto home = dir.path() / "home";
    const auto policy = etc / "respite" / "policy.toml"; // as the loader spells it (backslashes on Windows)
    dir.write("etc/respite/policy.toml", "[activity]\ninhibitor_is_reading = false\nreading_max = \"1h\"\n");
    const auto user = home / "respite" / "config.toml";
    dir.write("home/respite/config.toml", "[activity]\ninhibitor_is_reading = true\nreading_max = \"3h\"\n");
    const auto r = load_config(config_paths({etc}, home));
    CHECK(r.locked("activity.inhibitor_is_reading"));
    CHECK(r.locked("activity.reading_max"));
    CHECK_FALSE(r.settings.activity_inhibitor_is_reading);
    CHECK(r.settings.activity_reading_max == 1h);
    CHECK(lines(r.diagnostics) ==
          Lines{user.string() + ":2:1: warning: 'activity.inhibitor_is_reading' is locked by policy (" +
                    policy.string() + "); the value set here is ignored",
                user.string() + ":3:1: warning: 'activity.reading_max' is locked by policy (" + policy.string() +
                    "); the value set here is ignored"});
}
