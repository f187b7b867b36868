#include "app/cli/history_args.h"

#include "app/cli/xdg_paths.h"
#include "core/config/config_loader.h"
#include "core/day_calendar.h"
#include "core/utf8_path.h"
#include "history/history_path.h"

#include <date/date.h>

#include <charconv>
#include <cstdlib>
#include <ostream>

namespace respite::cli {

std::optional<int> parse_day(const std::string& text) {
    if (text.size() != 10 || text[4] != '-' || text[7] != '-')
        return std::nullopt;
    const auto number = [&](std::size_t pos, std::size_t n) {
        int v = -1;
        const auto r = std::from_chars(text.data() + pos, text.data() + pos + n, v);
        return r.ec == std::errc{} && r.ptr == text.data() + pos + n ? v : -1;
    };
    const int y = number(0, 4), m = number(5, 2), d = number(8, 2);
    if (y < 0 || m < 0 || d < 0)
        return std::nullopt;
    const date::year_month_day ymd{date::year{y}, date::month(static_cast<unsigned>(m)),
                                   date::day(static_cast<unsigned>(d))};
    if (!ymd.ok())
        return std::nullopt;
    return static_cast<int>(date::sys_days(ymd).time_since_epoch().count());
}

std::filesystem::path history_file(const std::string& option) {
    return option.empty() ? history::default_history_file() : path_from_utf8(option);
}

Settings user_settings() {
    return load_config(xdg_config_paths()).settings;
}

std::unique_ptr<LocalTime> settings_zone(const Settings& settings) {
    if (!settings.workday.timezone.empty())
        return make_tz_local_time(settings.workday.timezone);
    const char* tz = std::getenv("TZ");
    std::string zone = tz ? tz : "";
    if (!zone.empty() && zone.front() == ':')
        zone.erase(0, 1);
    return make_tz_local_time(zone);
}

int today(const Settings& settings, const LocalTime& local) {
    const WallTime now = std::chrono::floor<std::chrono::milliseconds>(std::chrono::system_clock::now());
    return counting_day(local, settings.workday.day_starts, now);
}

bool read_day(const std::string& command, const std::string& option, const std::string& text, int& day,
              std::ostream& err) {
    if (const auto d = parse_day(text)) {
        day = *d;
        return true;
    }
    err << command << ": " << option << " takes a date like 2026-11-23, not '" << text << "'\n";
    return false;
}

} // namespace respite::cli
