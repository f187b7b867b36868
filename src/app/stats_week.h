#pragma once
// What the statistics window shows, read from the history file (issue 11): the summaries of one week and the
// selected day's stretches and breaks, in the user's local time. Runs off the GUI thread (DESIGN.md §2): the file
// is opened read-only and closed again, so the engine thread's writes never wait (WAL).
#include "core/local_time.h"
#include "core/settings.h"
#include "ui/stats_view.h"

#include <filesystem>

namespace respite::app {

/// The week from `monday` with day `selected` (0-6) opened: summaries, the selected day's timeline and the
/// check-ins of the last four weeks. A missing file is an empty week; an unreadable one says why in `problem`.
ui::StatsWeek read_stats_week(const std::filesystem::path& file, int monday, int selected, const Settings& settings,
                              const LocalTime& local);

} // namespace respite::app
