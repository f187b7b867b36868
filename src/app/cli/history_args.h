#pragma once
// What `respite stats` and `respite history` share: the history file option, dates of counting days, the
// configuration's zone and day start for "today", and opening the store read-only (offline; DESIGN.md §6, §9).
#include "core/local_time.h"
#include "core/settings.h"

#include <filesystem>
#include <functional>
#include <iosfwd>
#include <memory>
#include <optional>
#include <string>

namespace CLI {
class App;
}

namespace respite::cli {

/// The help line of --history.
inline constexpr const char* history_option_help =
    "the history file (default: the tray app's, respite/history.sqlite3 in $XDG_DATA_HOME, on Windows in "
    "%LOCALAPPDATA%; "
    "`respite plan --record-history FILE` makes one)";

/// A counting day from "2026-11-23" (local days since 1970-01-01), or nullopt.
std::optional<int> parse_day(const std::string& text);
/// The file --history names, else the default.
std::filesystem::path history_file(const std::string& option);
/// The effective settings of this user's layers (quietly: `config check` reports their errors).
Settings user_settings();
/// The zone of the working hours (workday.timezone, else TZ, else the system's).
std::unique_ptr<LocalTime> settings_zone(const Settings& settings);
/// Today's counting day for these settings.
int today(const Settings& settings, const LocalTime& local);
/// Reads `text` as a date for option `option` into `day`; on error prints a line naming the option and returns
/// false.
bool read_day(const std::string& command, const std::string& option, const std::string& text, int& day,
              std::ostream& err);

/// `respite stats`.
void add_stats_command(CLI::App& app, std::function<int()>& action, std::ostream& out, std::ostream& err);

} // namespace respite::cli
