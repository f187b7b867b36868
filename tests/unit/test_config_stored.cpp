// Layers kept outside files (the Windows registry, DESIGN.md §5), fed from a fake store: the value names are the
// TOML keys, numbers are booleans, counts or seconds, text is what TOML would hold, and a bad value is reported
// (key, value, reason) and left out, never applied.
#include "core/config/stored_values.h"
#include "test_config_support.h"

#include <doctest/doctest.h>

using namespace respite;
using namespace respite::test;
using namespace std::chrono_literals;

namespace {

const std::string hklm = "HKLM\\Software\\Policies\\Respite";
const std::string hkcu = "HKCU\\Software\\Policies\\Respite";
const std::string recommended = "HKLM\\Software\\Policies\\Respite\\Recommended";

StoredValue number(std::string name, std::uint64_t n) {
    return {std::move(name), StoredKind::number, n, {}, "REG_DWORD"};
}
StoredValue text(std::string name, std::string t) {
    return {std::move(name), StoredKind::text, 0, std::move(t), "REG_SZ"};
}

ConfigPaths with_store(const TempDir& dir, StoredLayers layers) {
    auto paths = config_paths({dir.path() / "etc"}, dir.path() / "home");
    paths.read_stored = [layers] { return layers; };
    return paths;
}

std::string messages(const LoadedConfig& r) {
    std::string out;
    for (const auto& d : r.diagnostics)
        out += format_diagnostic(d) + "\n";
    return out;
}

} // namespace

TEST_CASE("stored values: numbers and text map to the setting's type") {
    const auto parsed = parse_stored_source(
        {hklm,
         {number("micro_break.enabled", 0), number("prompts.max_postpones", 2), number("rest_break.every", 3000),
          text("micro_break.every", "25m"), text("workday.start", "08:30"), text("workday.days", "mon,tue,wed"),
          text("breathing.pattern", "4-7-8"), text("prompts.strict", "true"), text("sound.volume", "40")},
         {}});
    CHECK(parsed.diagnostics.empty());
    REQUIRE(parsed.entries.size() == 9);
    Settings s;
    for (const auto& e : parsed.entries)
        set_value(*e.info, s, e.value);
    CHECK_FALSE(s.micro_break.enabled);
    CHECK(s.prompts.max_postpones == 2);
    CHECK(s.rest_break.every == 50min);
    CHECK(s.micro_break.every == 25min);
    CHECK(s.workday.start == TimeOfDay{8 * 60 + 30});
    CHECK(s.workday.days == Weekdays{true, true, true, false, false, false, false});
    CHECK(s.breathing.pattern == BreathingPattern::four_seven_eight);
    CHECK(s.prompts.strict);
    CHECK(s.sound.volume == 40);
}

TEST_CASE("stored values: wrong type, out of range and unknown names are reported with key, value and reason") {
    const auto parsed = parse_stored_source({hklm,
                                             {number("micro_break.enabled", 2),
                                              number("micro_break.every", 30),
                                              number("workday.start", 900),
                                              text("micro_break.duration", "20x"),
                                              text("breathing.pattern", "square"),
                                              number("sound.volume", 4294967295U),
                                              {"prompts.strict", StoredKind::other, 0, {}, "REG_BINARY"},
                                              number("micro_brake.every", 600),
                                              text("workday.timezone", "Mars/Base")},
                                             {}});
    CHECK(parsed.entries.empty());
    REQUIRE(parsed.diagnostics.size() == 9);
    std::vector<std::string> lines;
    for (const auto& d : parsed.diagnostics) {
        CHECK(d.severity == Severity::error);
        CHECK(d.file == hklm);
        lines.push_back(d.message);
    }
    CHECK(lines[0] ==
          "micro_break.enabled = 2 (REG_DWORD): 'micro_break.enabled' must be 1 (true) or 0 (false); ignored");
    CHECK(lines[1] == "micro_break.every = 30 (REG_DWORD): 'micro_break.every' must be between 1m and 4h (got 30s); a "
                      "number counts seconds; ignored");
    CHECK(lines[2].starts_with("workday.start = 900 (REG_DWORD): 'workday.start' must be text (REG_SZ)"));
    CHECK(lines[3].starts_with("micro_break.duration = \"20x\" (REG_SZ): 'micro_break.duration': malformed duration"));
    CHECK(lines[4].starts_with("breathing.pattern = \"square\" (REG_SZ): 'breathing.pattern' must be one of"));
    CHECK(lines[5].starts_with("sound.volume = 4294967295 (REG_DWORD): 'sound.volume' must be between 0 and 100"));
    CHECK(lines[6] == "prompts.strict = (REG_BINARY): values of type REG_BINARY are not read; use REG_SZ (text) or "
                      "REG_DWORD (number); ignored");
    CHECK(lines[7] == "unknown key 'micro_brake.every'; did you mean 'micro_break.every'?; ignored");
    CHECK(lines[8].starts_with("workday.timezone = \"Mars/Base\" (REG_SZ): 'workday.timezone': unknown time zone"));
    CHECK(parsed.diagnostics[0].key == "micro_break.enabled");
    CHECK(parsed.diagnostics[7].key.empty());
}

TEST_CASE("stored values: a duration of 0 means off where the table allows it") {
    const auto parsed = parse_stored_source(
        {hklm, {number("workday.daily_limit", 0), number("workday.overtime_reminder_every", 60)}, {}});
    REQUIRE(parsed.entries.size() == 1);
    CHECK(std::get<Duration>(parsed.entries[0].value) == 0s);
    REQUIRE(parsed.diagnostics.size() == 1);
    CHECK(parsed.diagnostics[0].key == "workday.overtime_reminder_every");
}

TEST_CASE("stored layers: policy locks, the machine wins over the user, and the source is named") {
    TempDir dir;
    // As the loader names it: with the OS's separators (Windows' backslashes under wine).
    const auto user =
        dir.write("home/respite/config.toml", "[micro_break]\nevery = \"30m\"\nduration = \"40s\"\n").make_preferred();
    const auto r = load_config(
        with_store(dir, {{},
                         {{hklm, {number("micro_break.every", 1500)}, {}},
                          {hkcu, {number("micro_break.every", 900), number("prompts.max_postpones", 1)}, {}}}}));
    CHECK(r.settings.micro_break.every == 25min);
    CHECK(r.origin("micro_break.every")->layer == Layer::policy);
    CHECK(r.origin("micro_break.every")->file == hklm);
    CHECK(r.locked("micro_break.every"));
    CHECK(r.settings.prompts.max_postpones == 1);
    CHECK(r.origin("prompts.max_postpones")->file == hkcu);
    CHECK(r.locked("prompts.max_postpones"));
    // The user's other value still applies; the locked one is reported where the user wrote it.
    CHECK(r.settings.micro_break.duration == 40s);
    CHECK_FALSE(r.locked("micro_break.duration"));
    CHECK(messages(r) == user.string() + ":2:1: warning: 'micro_break.every' is locked by policy (" + hklm +
                             "); the value set here is ignored\n");
    CHECK(r.files == std::vector<std::string>{user.string(), hkcu, hklm});
}

TEST_CASE("stored layers: recommended values are defaults the user overrides, each bad one alone ignored") {
    TempDir dir;
    dir.write("home/respite/config.toml", "[micro_break]\nevery = \"30m\"\n");
    const auto r = load_config(with_store(
        dir, {{{recommended,
                {number("micro_break.every", 1500), number("rest_break.every", 4200), number("focus.work", 5)},
                {}}},
              {}}));
    CHECK(r.settings.micro_break.every == 30min);
    CHECK(r.origin("micro_break.every")->layer == Layer::user);
    CHECK(r.settings.rest_break.every == 70min);
    CHECK(r.origin("rest_break.every")->layer == Layer::defaults);
    CHECK(r.origin("rest_break.every")->file == recommended);
    CHECK_FALSE(r.locked("rest_break.every"));
    CHECK(r.settings.focus.work == 25min);
    REQUIRE(r.diagnostics.size() == 1);
    CHECK(format_diagnostic(r.diagnostics[0]) ==
          recommended + ": error: focus.work = 5 (REG_DWORD): 'focus.work' must be between 1m and 4h (got 5s); a "
                        "number counts seconds; ignored");
}

TEST_CASE("stored layers: a bad policy value is ignored and its key fails closed at the built-in value") {
    TempDir dir;
    dir.write("home/respite/config.toml", "[rest_break]\nevery = \"40m\"\n");
    const auto r = load_config(with_store(dir, {{}, {{hklm, {number("rest_break.every", 5)}, {}}}}));
    CHECK_FALSE(r.ok());
    CHECK(r.settings.rest_break.every == 50min);
    CHECK(r.locked("rest_break.every"));
    CHECK(r.origin("rest_break.every")->unread_policy == hklm);
}

TEST_CASE("stored layers: a policy key that cannot be read locks everything, like an unreadable policy.toml") {
    TempDir dir;
    dir.write("home/respite/config.toml", "[rest_break]\nevery = \"40m\"\n");
    const auto r = load_config(with_store(dir, {{}, {{hklm, {}, "cannot open: access denied"}}}));
    CHECK(r.unread_policies == std::vector<std::string>{hklm});
    CHECK(r.user_file_ignored);
    CHECK(r.settings.rest_break.every == 50min);
    for (const auto& info : settings_table())
        CHECK(r.locked(info.key));
    CHECK(messages(r).find(hklm + ": error: cannot open: access denied") != std::string::npos);
}

TEST_CASE("stored layers: without a store, loading is as before") {
    TempDir dir;
    auto paths = config_paths({dir.path() / "etc"}, dir.path() / "home");
    const auto r = load_config(paths);
    CHECK(r.ok());
    CHECK(r.files.empty());
}
