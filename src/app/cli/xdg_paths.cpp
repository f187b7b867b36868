#include "app/cli/xdg_paths.h"

#include "platform/file_io.h"

namespace respite {

ConfigPaths xdg_config_paths() {
    const auto dirs = xdg_dirs();
    auto paths = config_paths(dirs.config_dirs, dirs.config_home);
    paths.read = platform::read_regular_file_capped; // never blocks on a FIFO, never reads past the cap
    return paths;
}

} // namespace respite
