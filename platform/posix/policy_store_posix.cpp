// POSIX systems keep admin defaults and policy in files (defaults.toml, policy.toml in $XDG_CONFIG_DIRS), which
// the core reads itself: no stored layers.
#include "platform/policy_store.h"

namespace respite::platform {

StoredLayers read_stored_policy() {
    return {};
}

} // namespace respite::platform
