#pragma once
// Configuration layers kept outside files (DESIGN.md §5): on Windows the registry keys under
// Software\Policies\Respite (locked policy) and ...\Recommended (admin defaults). The OS reads the raw values
// (platform/policy_store.h); this checks them against the settings table, so every OS applies the same rules.
#include "core/config/toml_reader.h"

#include <cstdint>
#include <functional>
#include <string>
#include <vector>

namespace respite {

/// How a stored value is held: a number (REG_DWORD, REG_QWORD), text (REG_SZ), or a kind Respite does not read.
enum class StoredKind { number, text, other };

/// One value as the OS stores it, named like the TOML key ("micro_break.every").
struct StoredValue {
    std::string name; ///< the value's name: the configuration key
    StoredKind kind = StoredKind::text;
    std::uint64_t number = 0; ///< kind number
    std::string text;         ///< kind text, UTF-8
    std::string type_name;    ///< the OS's name of its type for messages ("REG_DWORD", "REG_BINARY")
};

/// One layer of stored values and where it lives ("HKLM\\Software\\Policies\\Respite").
struct StoredSource {
    std::string name;                ///< where it is, as `config show` and diagnostics name it
    std::vector<StoredValue> values; ///< every value found there
    std::string error;               ///< non-empty: it exists but could not be read (why)
};

/// The stored layers of this machine and user, each most important first.
struct StoredLayers {
    std::vector<StoredSource> defaults; ///< admin defaults: users may override them
    std::vector<StoredSource> policy;   ///< admin policy: every key set is locked
};

/// Reads the stored layers at each load; empty: there are none (Linux keeps them in files).
using ReadStoredFn = std::function<StoredLayers()>;

/// Checks a source's values against the settings table, as parse_config_text checks a file: a number is a
/// boolean (0 or 1), an integer or a duration in seconds; text is what TOML would hold ("20m", "17:30",
/// "mon,tue", "box", "true", "3"). A value of an unknown name, the wrong type or out of range is reported
/// (key, value, reason) and left out. Never throws but for allocation failure.
ParsedFile parse_stored_source(const StoredSource& source);

} // namespace respite
