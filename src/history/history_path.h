#pragma once
// Where the history file lives (DESIGN.md §5): $XDG_DATA_HOME/respite/history.sqlite3, $XDG_DATA_HOME defaulting
// to ~/.local/share. (Linux-only for now, like the store; platform::UserDirs gets a data folder with the Windows
// port.)
#include <filesystem>

namespace respite::history {

/// This process's history file.
std::filesystem::path default_history_file();

} // namespace respite::history
