#pragma once
// Reads one TOML configuration text into checked setting values and diagnostics (never throws).
#include "core/config/diagnostic.h"
#include "core/config/settings_table.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace respite {

/// One key a config file sets, already type- and range-checked.
struct ConfigEntry {
    const SettingInfo* info = nullptr; ///< the setting
    SettingValue value;                ///< its value in this file
    SourcePos key_pos;                 ///< where the key is written
    SourcePos value_pos;               ///< where its value starts
};

/// What one config file says: the keys it sets validly, and every problem found in it.
struct ParsedFile {
    std::string file;                    ///< the name used in diagnostics
    std::vector<ConfigEntry> entries;    ///< valid keys, at most one per setting
    std::vector<Diagnostic> diagnostics; ///< sorted by position
    bool syntax_ok = true;               ///< false when the TOML could not be parsed at all
};

/// Limits of the TOML a config file may use, checked before toml++ sees it (it recurses once per key part and
/// per nested value, so a key of 35,000 parts overflows the stack).
inline constexpr int max_key_parts = 16;
inline constexpr int max_nesting = 32;

/// The first place where `text` nests deeper than those limits (a dotted key or table name of too many parts,
/// arrays or inline tables nested too deeply), as an error naming `file`, line and column; nullopt when within.
std::optional<Diagnostic> check_toml_depth(std::string_view text, const std::string& file);

/// Reads TOML text as Respite settings; `file` names it in diagnostics. Collects every error, never throws.
ParsedFile parse_config_text(std::string_view text, const std::string& file);
/// The entry for a setting in a parsed file, or nullptr.
const ConfigEntry* find_entry(const ParsedFile& parsed, const SettingInfo& info);
/// Reads a value a person typed (command line, dialog): bare text ("20m", "17:30", "mon,tue", "box") or a TOML
/// literal ("true", "3", "[\"mon\"]", "\"Europe/Berlin\""). On failure returns empty and sets `error`.
std::optional<SettingValue> parse_value_text(const SettingInfo& info, std::string_view text, std::string& error);

} // namespace respite
