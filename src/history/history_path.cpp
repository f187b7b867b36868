#include "history/history_path.h"

#include <cstdlib>

namespace respite::history {

std::filesystem::path default_history_file() {
    std::filesystem::path data;
    // XDG: a relative value is invalid and ignored.
    if (const char* xdg = std::getenv("XDG_DATA_HOME"); xdg && *xdg == '/')
        data = xdg;
    else if (const char* home = std::getenv("HOME"); home && *home)
        data = std::filesystem::path(home) / ".local" / "share";
    else
        data = ".local/share";
    return data / "respite" / "history.sqlite3";
}

} // namespace respite::history
