#include "core/day_calendar.h"

namespace respite {
namespace {

using date::days;
using date::local_days;

// A time of day earlier than `day_starts` belongs to the next calendar day of the same counting day
// (with day_starts 04:00, an end of 01:00 means 01:00 after midnight).
WallTime instant_of(const LocalTime& local, int day, TimeOfDay tod, TimeOfDay day_starts) {
    const int calendar_day = tod < day_starts ? day + 1 : day;
    const LocalInstant li{local_days{days{calendar_day}} + tod};
    return local.to_utc(li);
}

} // namespace

int weekday_index(int day) {
    // 1970-01-01 was a Thursday (index 3).
    return ((day % 7) + 7 + 3) % 7;
}

int monday_of(int day) {
    return day - weekday_index(day);
}

bool last_workday_of_week(int day, const std::array<bool, 7>& days) {
    const int today = weekday_index(day);
    if (!days[static_cast<std::size_t>(today)])
        return false;
    for (int later = today + 1; later < 7; ++later)
        if (days[static_cast<std::size_t>(later)])
            return false;
    return true;
}

int counting_day(const LocalTime& local, TimeOfDay day_starts, WallTime at) {
    const auto li = local.to_local(at) - day_starts;
    const int day = static_cast<int>(date::floor<days>(li).time_since_epoch().count());
    // In a fall-back hour the local clock repeats: once the next day has begun (resolved by the DST
    // policy), it stays begun, so the counting day never runs backwards.
    const WallTime next_begin = local.to_utc(LocalInstant{local_days{days{day + 1}} + day_starts});
    return next_begin <= at ? day + 1 : day;
}

const DayInfo& DayCalendar::at(const WorkdaySettings& workday, const LocalTime& local, WallTime when) const {
    std::string zone = local.zone_name();
    if (!valid_ || zone != zone_ || when < cached_.begin || when >= cached_.next_begin) {
        cached_ = compute(workday, local, when);
        zone_ = std::move(zone);
        valid_ = true;
    }
    return cached_;
}

DayInfo day_info(const WorkdaySettings& workday, const LocalTime& local, int day) {
    DayInfo info;
    info.day = day;
    info.week = day - weekday_index(day);
    info.begin = local.to_utc(LocalInstant{local_days{days{day}} + workday.day_starts});
    info.next_begin = local.to_utc(LocalInstant{local_days{days{day + 1}} + workday.day_starts});
    info.working = workday.days[static_cast<std::size_t>(weekday_index(day))];
    info.start = instant_of(local, day, workday.start, workday.day_starts);
    info.end = instant_of(local, day, workday.end, workday.day_starts);
    if (info.end <= info.start)
        info.end = instant_of(local, day + 1, workday.end, workday.day_starts);
    return info;
}

DayInfo DayCalendar::compute(const WorkdaySettings& workday, const LocalTime& local, WallTime when) const {
    DayInfo info = day_info(workday, local, counting_day(local, workday.day_starts, when));
    // A clock that lands inside a DST gap can make `begin` later than `when`; the day still contains `when`.
    if (info.begin > when)
        info.begin = when;
    if (info.next_begin <= when)
        info.next_begin = when + std::chrono::milliseconds(1);
    return info;
}

} // namespace respite
