// The week's Monday and its last workday (the weekly summary's day, issue 11).
#include "core/day_calendar.h"

#include <doctest/doctest.h>

using respite::last_workday_of_week;
using respite::monday_of;

namespace {
constexpr int monday = 20780; // 2026-11-23
constexpr std::array<bool, 7> mon_to_fri{true, true, true, true, true, false, false};
} // namespace

TEST_CASE("week: every day of a week has the same Monday") {
    for (int d = 0; d < 7; ++d)
        CHECK(monday_of(monday + d) == monday);
    CHECK(monday_of(monday - 1) == monday - 7);
    CHECK(monday_of(0) == -3); // 1970-01-01 was a Thursday
}

TEST_CASE("week: the last workday is the week's last day in workday.days, only that one") {
    for (int d = 0; d < 7; ++d)
        CHECK(last_workday_of_week(monday + d, mon_to_fri) == (d == 4)); // Friday
    const std::array<bool, 7> tue_and_sat{false, true, false, false, false, true, false};
    CHECK_FALSE(last_workday_of_week(monday + 1, tue_and_sat));
    CHECK(last_workday_of_week(monday + 5, tue_and_sat));
    const std::array<bool, 7> none{};
    for (int d = 0; d < 7; ++d)
        CHECK_FALSE(last_workday_of_week(monday + d, none));
}
