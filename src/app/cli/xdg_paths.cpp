#include "app/cli/xdg_paths.h"

namespace respite {

ConfigPaths xdg_config_paths() {
    const auto dirs = xdg_dirs();
    return config_paths(dirs.config_dirs, dirs.config_home);
}

} // namespace respite
