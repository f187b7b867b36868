#include "platform/clock.h"

#include <time.h>

namespace respite {
namespace {
Duration read_clock(clockid_t id) {
    timespec ts{};
    clock_gettime(id, &ts);
    return std::chrono::duration_cast<Duration>(std::chrono::seconds(ts.tv_sec) + std::chrono::nanoseconds(ts.tv_nsec));
}
} // namespace

Now read_now() {
    Now now;
    now.awake = read_clock(CLOCK_MONOTONIC);
    now.since_boot = read_clock(CLOCK_BOOTTIME);
    now.wall = std::chrono::time_point_cast<Duration>(std::chrono::system_clock::now());
    return now;
}

} // namespace respite
