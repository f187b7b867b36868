#include "app/cli/xdg_paths.h"

#include "platform/file_io.h"
#include "platform/policy_store.h"

namespace respite {

ConfigPaths xdg_config_paths() {
    const auto dirs = xdg_dirs();
    auto paths = config_paths(dirs.config_dirs, dirs.config_home);
    paths.read = platform::read_regular_file_capped;  // never blocks on a FIFO, never reads past the cap
    paths.read_stored = platform::read_stored_policy; // the registry on Windows; nothing where policy is in files
    return paths;
}

} // namespace respite
