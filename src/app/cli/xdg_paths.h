#pragma once
// The user's folders (platform/paths.h: the XDG base directories on Linux) and Respite's configuration layer files
// in them. Every file Respite keeps honours them, so tests run in a temporary home.
#include "core/config/config_loader.h"
#include "platform/paths.h"

#include <filesystem>
#include <vector>

namespace respite {

/// The folders of this process's user and environment.
using XdgDirs = platform::UserDirs;

/// The directories of this process's environment.
inline XdgDirs xdg_dirs() {
    return platform::user_dirs();
}
/// $XDG_CONFIG_DIRS of this process, most important first.
inline std::vector<std::filesystem::path> xdg_config_dirs() {
    return xdg_dirs().config_dirs;
}
/// $XDG_CONFIG_HOME of this process.
inline std::filesystem::path xdg_config_home() {
    return xdg_dirs().config_home;
}
/// $XDG_STATE_HOME of this process (state.json lives in its respite/ folder).
inline std::filesystem::path xdg_state_home() {
    return xdg_dirs().state_home;
}
/// $XDG_RUNTIME_DIR of this process; empty when unset (the control socket lives in its respite/ folder).
inline std::filesystem::path xdg_runtime_dir() {
    return xdg_dirs().runtime_dir;
}
/// Respite's configuration layer files under this process's XDG directories.
ConfigPaths xdg_config_paths();

} // namespace respite
