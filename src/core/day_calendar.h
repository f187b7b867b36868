#pragma once
// Counting days and working hours in local time (DESIGN.md §4 "Workday"), cached per day and zone.
#include "core/local_time.h"
#include "core/settings.h"
#include "core/time.h"

#include <array>
#include <string>

namespace respite {

/// One counting day: from `day_starts` local to the next day's `day_starts`.
struct DayInfo {
    int day = 0;           ///< local days since 1970-01-01 of the day it starts on
    int week = 0;          ///< `day` of the Monday that starts its week
    WallTime begin{};      ///< this counting day begins
    WallTime next_begin{}; ///< the next one begins
    bool working = false;  ///< a configured workday
    WallTime start{};      ///< work starts (meaningful when working)
    WallTime end{};        ///< work ends (meaningful when working)
};

/// Resolves wall instants to counting days. Recomputes when the day or the zone changes.
class DayCalendar {
public:
    /// The counting day containing `at`.
    const DayInfo& at(const WorkdaySettings& workday, const LocalTime& local, WallTime at) const;
    /// Forgets the cache (settings changed).
    void reset() const { valid_ = false; }

private:
    DayInfo compute(const WorkdaySettings& workday, const LocalTime& local, WallTime at) const;
    mutable DayInfo cached_;
    mutable std::string zone_;
    mutable bool valid_ = false;
};

/// The counting day `day` (local days since 1970-01-01).
DayInfo day_info(const WorkdaySettings& workday, const LocalTime& local, int day);
/// Local days since 1970-01-01 of the counting day containing `at`.
int counting_day(const LocalTime& local, TimeOfDay day_starts, WallTime at);
/// Monday = 0 ... Sunday = 6, of a local day number.
int weekday_index(int day);
/// The Monday of the week (Monday to Sunday) holding local day `day`.
int monday_of(int day);
/// Whether `day` is a workday under `days` (Monday first) and no later day of its week is one: the week's end.
bool last_workday_of_week(int day, const std::array<bool, 7>& days);

} // namespace respite
