// A build without the history store (the Windows cross build for now): no statistics window.
#include "app/stats_opener.h"

namespace respite::app {

std::unique_ptr<StatsOpener> make_stats_opener(std::function<Settings()>, std::filesystem::path) {
    return nullptr;
}

} // namespace respite::app
