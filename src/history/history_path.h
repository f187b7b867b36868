#pragma once
// Where the history file lives (DESIGN.md §5): <data folder>/respite/history.sqlite3, the data folder being
// $XDG_DATA_HOME (default ~/.local/share) on Linux and %LOCALAPPDATA% on Windows (platform::UserDirs).
#include <filesystem>

namespace respite::history {

/// This process's history file.
std::filesystem::path default_history_file();

} // namespace respite::history
