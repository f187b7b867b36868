#pragma once
// The tray menu's "Statistics…" (issue 11): opens the statistics window on this week, and answers its requests
// for another week or day. The history file is read on a worker thread, never on the GUI thread (DESIGN.md §2);
// the result is posted back to the window. A build without the history store has none (make_stats_opener).
#include "core/settings.h"

#include <filesystem>
#include <functional>
#include <memory>

namespace respite::app {

/// Opens and feeds the statistics window. GUI thread only.
class StatsOpener {
public:
    virtual ~StatsOpener() = default;
    /// Opens the window on the current week with today selected (or raises it).
    virtual void open() = 0;
};

/// The opener reading `file` (empty: the user's history file) with the settings `settings()` gives at each
/// request; nullptr in a build without the history store (the menu then has no Statistics item).
std::unique_ptr<StatsOpener> make_stats_opener(std::function<Settings()> settings, std::filesystem::path file = {});

} // namespace respite::app
