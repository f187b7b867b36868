#pragma once
// Where Respite keeps its files on this OS (DESIGN.md §5): an OS-neutral port. Linux and other POSIX systems use
// the XDG base directories (posix/paths_xdg_posix.cpp); Windows will use Known Folders (%APPDATA%,
// %LOCALAPPDATA%) in platform/windows/. Every value honours the user's environment, so tests run in a temporary
// home. GUI-free: the command line links it (respite_platform_base).
#include <filesystem>
#include <vector>

namespace respite::platform {

/// The folders of this user and session.
struct UserDirs {
    std::vector<std::filesystem::path> config_dirs; ///< admin folders, most important first (XDG_CONFIG_DIRS)
    std::filesystem::path config_home;              ///< the user's settings folder (XDG_CONFIG_HOME)
    std::filesystem::path state_home;               ///< the user's state folder (XDG_STATE_HOME)
    std::filesystem::path data_home;   ///< the user's data folder, e.g. the history (XDG_DATA_HOME; %LOCALAPPDATA%)
    std::filesystem::path runtime_dir; ///< private per-session folder (XDG_RUNTIME_DIR); empty when there is none
};

/// The folders of this process's user and environment.
UserDirs user_dirs();

} // namespace respite::platform
