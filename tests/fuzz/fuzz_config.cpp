// libFuzzer entry: arbitrary bytes through the TOML -> Settings loader and the user-file editor. Nothing may crash
// or throw, a file without errors must yield settings that pass every check, and an edit must change only its key.
#include "core/config/config_loader.h"
#include "core/config/cross_checks.h"
#include "core/config/duration.h"
#include "core/config/setting_value.h"
#include "core/config/toml_reader.h"
#include "core/config/user_file_writer.h"

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string_view>

namespace {

using namespace respite;

void require(bool condition, const char* what) {
    if (!condition) {
        std::fprintf(stderr, "fuzz_config: invariant broken: %s\n", what);
        std::abort();
    }
}

void check_loaded(const LoadedConfig& loaded) {
    for (const auto& d : loaded.diagnostics)
        require(!format_diagnostic(d).empty(), "diagnostics format");
    if (!loaded.ok())
        return;
    require(cross_check(loaded.settings).empty(), "a valid file breaks no cross-field rule");
    for (const auto& info : settings_table())
        require(!check_value(info, get_value(info, loaded.settings)), "a valid file yields values in range");
}

void check_text_forms(std::string_view text) {
    if (const auto d = parse_duration(text))
        require(parse_duration(format_duration(*d)) == d, "durations round-trip");
    if (const auto t = parse_time_of_day(text))
        require(parse_time_of_day(format_time_of_day(*t)) == t, "times round-trip");
}

// Every other key keeps its value after an edit.
void require_others_kept(const ParsedFile& before, const ParsedFile& after, const SettingInfo& edited) {
    for (const auto& e : before.entries) {
        if (e.info == &edited)
            continue;
        const auto* kept = find_entry(after, *e.info);
        require(kept != nullptr && kept->value == e.value, "an edit keeps the other keys");
    }
}

void check_edits(std::string_view text, std::uint8_t selector) {
    const auto table = settings_table();
    const auto& info = table[selector % table.size()];
    const auto before = parse_config_text(text, "fuzz.toml");
    const auto value = get_value(info, Settings{});
    const auto set = set_value_in_text(text, info.key, value);
    if (set.ok()) {
        const auto after = parse_config_text(set.text, "fuzz.toml");
        const auto* entry = find_entry(after, info);
        require(entry != nullptr && entry->value == value, "a set key reads back");
        if (before.syntax_ok)
            require_others_kept(before, after, info);
    }
    const auto removed = remove_value_in_text(text, info.key);
    if (removed.ok()) {
        const auto after = parse_config_text(removed.text, "fuzz.toml");
        require(after.syntax_ok || !before.syntax_ok, "removing a key keeps the file valid TOML");
        require(find_entry(after, info) == nullptr, "a removed key is gone");
        if (before.syntax_ok)
            require_others_kept(before, after, info);
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    check_loaded(load_config_text(text, "fuzz.toml"));
    if (size <= 32)
        check_text_forms(text);
    if (size > 0)
        check_edits(text, data[0]);
    return 0;
}
