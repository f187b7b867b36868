#pragma once
// The XDG base directories of this session (XDG Base Directory spec), read from the environment. Every file
// Respite keeps honours them, so tests run in a temporary home.
#include "core/config/config_loader.h"

#include <filesystem>
#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace respite {

/// The XDG base directories; relative values in the environment are ignored, as the spec says.
struct XdgDirs {
    std::vector<std::filesystem::path> config_dirs; ///< $XDG_CONFIG_DIRS, most important first (default /etc/xdg)
    std::filesystem::path config_home;              ///< $XDG_CONFIG_HOME (default ~/.config)
    std::filesystem::path state_home;               ///< $XDG_STATE_HOME (default ~/.local/state)
    std::filesystem::path runtime_dir;              ///< $XDG_RUNTIME_DIR; empty when unset (no default exists)
};

/// Reads one environment variable; nullopt when unset.
using EnvLookup = std::function<std::optional<std::string>(const char* name)>;

/// Resolves the directories through `env`; `home` stands in for the home folder when $HOME is unusable.
XdgDirs resolve_xdg_dirs(const EnvLookup& env, const std::filesystem::path& home);
/// The directories of this process's environment.
XdgDirs xdg_dirs();
/// $XDG_CONFIG_DIRS of this process, most important first.
std::vector<std::filesystem::path> xdg_config_dirs();
/// $XDG_CONFIG_HOME of this process.
std::filesystem::path xdg_config_home();
/// $XDG_STATE_HOME of this process (state.json lives in its respite/ folder).
std::filesystem::path xdg_state_home();
/// $XDG_RUNTIME_DIR of this process; empty when unset (the control socket lives in its respite/ folder).
std::filesystem::path xdg_runtime_dir();
/// Respite's configuration layer files under this process's XDG directories.
ConfigPaths xdg_config_paths();

} // namespace respite
