// platform/time_zones.h on POSIX systems: date/tz reads the system's compiled zoneinfo (USE_OS_TZDB).
#include "platform/time_zones.h"

namespace respite::platform {

std::filesystem::path bundled_time_zones() {
    return {};
}

void use_bundled_time_zones() {}

} // namespace respite::platform
