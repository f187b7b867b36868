#pragma once
// The layered configuration of DESIGN.md §5: built-in < defaults.toml < the user's config.toml < policy.toml,
// whose keys are locked. The core takes explicit paths and never reads the environment (see app/cli/xdg_paths.h).
#include "core/config/diagnostic.h"
#include "core/config/settings_table.h"
#include "core/config/stored_values.h"
#include "core/file_read.h"
#include "core/settings.h"

#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

namespace respite {

/// The configuration layers, lowest first.
enum class Layer { builtin, defaults, user, policy };
/// "builtin", "defaults", "user" or "policy".
std::string_view layer_name(Layer layer);

/// A configuration file is a few hundred bytes; a larger one is refused unread.
inline constexpr std::size_t max_config_bytes = std::size_t{1} << 20;

/// The files of each layer. Missing files are skipped.
struct ConfigPaths {
    std::vector<std::filesystem::path> defaults_files; ///< admin defaults, most important first
    std::filesystem::path user_file;                   ///< the user's file; empty = no user layer
    std::vector<std::filesystem::path> policy_files;   ///< admin policy (locked keys), most important first
    ReadFileFn read;                                   ///< reads one file; empty: read_file_std
    ReadStoredFn read_stored; ///< layers kept outside files (the Windows registry), above the files of each layer
};

/// The message for a config file that could not be read ("file: error: ..." without the prefix), or "" when the
/// read succeeded or the file is missing.
std::string describe_read_problem(const std::filesystem::path& file, const FileRead& read);

/// The layer files under XDG directories (`config_dirs` most important first, as in $XDG_CONFIG_DIRS):
/// <dir>/respite/defaults.toml, <config_home>/respite/config.toml, <dir>/respite/policy.toml.
ConfigPaths config_paths(const std::vector<std::filesystem::path>& config_dirs,
                         const std::filesystem::path& config_home);

/// Where a setting's effective value came from.
struct Origin {
    Layer layer = Layer::builtin; ///< the layer that set it
    std::string file;             ///< the file that set it; empty for built-in
    SourcePos pos;                ///< where the key is written in `file`
    bool locked = false;          ///< set by policy: the user file and the dialog cannot change it
    std::string unread_policy;    ///< non-empty: locked because this policy file, which may set it, could not be read
};

/// The effective configuration, where each value came from, and every problem found on the way.
struct LoadedConfig {
    Settings settings;                        ///< what the engine runs on
    std::vector<Origin> origins;              ///< one per settings_table() entry, same order
    std::vector<Diagnostic> diagnostics;      ///< errors and warnings, layer by layer, by position within a file
    std::vector<std::string> files;           ///< the files (and stored layers) that exist and were read, lowest first
    bool user_file_ignored = false;           ///< the user file had errors, so none of it applies
    std::vector<std::string> unread_policies; ///< policy files that exist but could not be read or parsed

    /// True when no file had an error.
    bool ok() const { return !has_errors(diagnostics); }
    /// The origin of one setting.
    const Origin& origin(const SettingInfo& info) const { return origins[setting_index(info)]; }
    /// The origin of a key, or nullptr for an unknown key.
    const Origin* origin(std::string_view key) const;
    /// True when policy locks the key.
    bool locked(std::string_view key) const;
};

/// Loads every layer in `paths`. An invalid defaults or user file is reported and ignored as a whole; an invalid
/// policy file still locks the keys it sets validly. The policy fails closed: a key whose policy value is invalid
/// is locked at the layers below the user, and a policy file that cannot be read or parsed at all (so any key may
/// be meant) locks every key there: the user file is then ignored as a whole. Never throws.
LoadedConfig load_config(const ConfigPaths& paths);
/// Like load_config, with `user_text` standing in for the user file's content (checking an edit before saving).
LoadedConfig load_config(const ConfigPaths& paths, std::string_view user_text);
/// One file over the built-ins (`plan --config FILE`, `config check FILE`); a missing file is an error.
LoadedConfig load_config_file(const std::filesystem::path& file, Layer layer = Layer::user,
                              const ReadFileFn& read = {});
/// Text over the built-ins, named `file` in diagnostics (tests, fuzzing, checking an edit before saving it).
LoadedConfig load_config_text(std::string_view text, const std::string& file, Layer layer = Layer::user);

} // namespace respite
