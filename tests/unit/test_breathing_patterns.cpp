// Issue 15: one list of breathing patterns (core/breathing_patterns.h) behind the config, the CLI, the tray and
// the breathing window; "follow your own breath" is one of them.
#include "core/breathing_patterns.h"
#include "core/config/config_loader.h"
#include "core/config/setting_value.h"
#include "core/config/settings_table.h"
#include "core/config/user_file_writer.h"

#include <doctest/doctest.h>

using namespace respite;

TEST_CASE("issue 15: every breathing pattern round-trips through the config file, follow included") {
    for (const auto& p : breathing_patterns) {
        const TextEdit edit = set_value_in_text("# mine\n", "breathing.pattern", SettingValue{std::string(p.word)});
        REQUIRE_MESSAGE(edit.ok(), edit.error);
        const auto loaded = load_config_text(edit.text, "t.toml");
        REQUIRE(loaded.ok());
        CHECK(loaded.settings.breathing.pattern == p.value);
        Settings s = loaded.settings;
        CHECK(std::get<std::string>(get_value(*find_setting("breathing.pattern"), s)) == p.word);
        CHECK(parse_breathing_pattern(p.word) == p.value);
        CHECK(breathing_pattern_info(p.value).word == p.word);
        CHECK(!p.label.empty());
    }
    const auto follow = load_config_text("[breathing]\npattern = \"follow\"\n", "t.toml");
    REQUIRE(follow.ok());
    CHECK(follow.settings.breathing.pattern == BreathingPattern::follow);
}

TEST_CASE("issue 15: a wrong breathing pattern is refused with every choice named") {
    const auto bad = load_config_text("[breathing]\npattern = \"folow\"\n", "t.toml");
    CHECK(!bad.ok());
    REQUIRE(!bad.diagnostics.empty());
    const std::string message = bad.diagnostics.front().message;
    for (const auto& p : breathing_patterns)
        CHECK_MESSAGE(message.find('"' + std::string(p.word) + '"') != std::string::npos, message);
    CHECK(message.find("did you mean \"follow\"") != std::string::npos);
    CHECK(breathing_pattern_choices_text() == "box, 4-7-8, coherent, custom or follow");
    CHECK(!parse_breathing_pattern("Box"));
}
