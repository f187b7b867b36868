#include "history/history_path.h"

#include "platform/paths.h"

namespace respite::history {

std::filesystem::path default_history_file() {
    return platform::user_dirs().data_home / "respite" / "history.sqlite3";
}

} // namespace respite::history
