// The check-in keys (issue 11): checkin.enabled and checkin.at, a time of day or the word "cutoff".
#include "core/config/setting_value.h"
#include "core/config/toml_reader.h"
#include "test_config_support.h"

#include <doctest/doctest.h>

using namespace respite;
using namespace respite::test;
using namespace std::chrono_literals;
using Lines = std::vector<std::string>;

TEST_CASE("config checkin: off by default, asking at the cutoff") {
    const Settings s;
    CHECK_FALSE(s.checkin.enabled);
    CHECK(s.checkin.at == CheckinAt{});
    CHECK(s.checkin.at.when == CheckinWhen::cutoff);
    const auto* at = find_setting("checkin.at");
    REQUIRE(at != nullptr);
    CHECK(get_value(*at, s) == SettingValue{std::string("cutoff")});
    CHECK(toml_literal(*at, get_value(*at, s)) == "\"cutoff\"");
}

TEST_CASE("config checkin: at reads \"cutoff\" or a time, and writes back the same") {
    const auto r = load_config_text("[checkin]\nenabled = true\nat = \"17:45\"\n", "t.toml");
    CHECK(r.diagnostics.empty());
    CHECK(r.settings.checkin.enabled);
    CHECK(r.settings.checkin.at == CheckinAt{CheckinWhen::time, 17h + 45min});
    const auto* at = find_setting("checkin.at");
    REQUIRE(at != nullptr);
    CHECK(format_value(*at, get_value(*at, r.settings)) == "17:45");

    const auto c = load_config_text("[checkin]\nat = \"cutoff\"\n", "t.toml");
    CHECK(c.diagnostics.empty());
    CHECK(c.settings.checkin.at.when == CheckinWhen::cutoff);

    Settings s;
    set_value(*at, s, TimeOfDay{8h});
    CHECK(s.checkin.at == CheckinAt{CheckinWhen::time, 8h});
    set_value(*at, s, std::string("cutoff"));
    CHECK(s.checkin.at.when == CheckinWhen::cutoff);
    set_value(*at, s, std::string("lunch")); // unknown words are ignored (check_value first)
    CHECK(s.checkin.at.when == CheckinWhen::cutoff);
}

TEST_CASE("config checkin: a bad at gets the usual diagnostic, naming the word it may be") {
    CHECK(diagnose("[checkin]\nat = \"lunch\"\n") ==
          Lines{R"(t.toml:2:6: error: 'checkin.at': malformed time (use HH:MM, e.g. "09:00", or "cutoff"))"});
    CHECK(diagnose("[checkin]\nat = \"25:00\"\n") ==
          Lines{R"(t.toml:2:6: error: 'checkin.at': malformed time (use HH:MM, e.g. "09:00", or "cutoff"))"});
    CHECK(diagnose("[checkin]\nat = 5\n") ==
          Lines{R"(t.toml:2:6: error: 'checkin.at' must be a time such as "17:30", not an integer)"});
    CHECK(diagnose("[checkin]\nenabled = \"yes\"\n") ==
          Lines{"t.toml:2:11: error: 'checkin.enabled' must be true or false, not a string"});
    const auto* at = find_setting("checkin.at");
    REQUIRE(at != nullptr);
    CHECK(check_value(*at, std::string("cutof")) ==
          std::optional<std::string>(R"('checkin.at' must be between 00:00 and 23:59, or "cutoff" (got "cutof"))"));
    CHECK_FALSE(check_value(*at, std::string("cutoff")));
    CHECK_FALSE(check_value(*at, TimeOfDay{17h}));
    // Other times take no words.
    const auto* start = find_setting("workday.start");
    REQUIRE(start != nullptr);
    CHECK(check_value(*start, std::string("cutoff")));
}

TEST_CASE("config checkin: typed values (config set, the registry) read the word and times alike") {
    const auto* at = find_setting("checkin.at");
    REQUIRE(at != nullptr);
    std::string error;
    CHECK(parse_value_text(*at, "cutoff", error) == std::optional<SettingValue>(std::string("cutoff")));
    CHECK(parse_value_text(*at, "18:05", error) == std::optional<SettingValue>(TimeOfDay{18h + 5min}));
    CHECK_FALSE(parse_value_text(*at, "soon", error));
    CHECK(error.find("malformed time") != std::string::npos);
}

TEST_CASE("config checkin: a policy locks both keys") {
    const auto r = load_config_text("[checkin]\nenabled = false\nat = \"16:00\"\n", "policy.toml", Layer::policy);
    CHECK(r.diagnostics.empty());
    CHECK(r.locked("checkin.enabled"));
    CHECK(r.locked("checkin.at"));
    CHECK(r.settings.checkin.at == CheckinAt{CheckinWhen::time, 16h});
}
