// Days in durations ("400d", history.keep): read in the order d > h > m > s > ms, never overflowing.
#include "core/config/duration.h"

#include <doctest/doctest.h>

using namespace respite;
using namespace std::chrono_literals;

TEST_CASE("duration: days are read, before hours, and written back in hours") {
    CHECK(parse_duration("400d") == std::chrono::hours(24 * 400));
    CHECK(parse_duration("1d12h") == 36h);
    CHECK(parse_duration("1.5d") == 36h);
    CHECK_FALSE(parse_duration("12h1d"));
    CHECK_FALSE(parse_duration("1d1d"));
    CHECK_FALSE(parse_duration("999999999999d")); // would overflow 64 bits of milliseconds
    CHECK(format_duration(std::chrono::hours(24 * 400)) == "9600h");
    CHECK(parse_duration(format_duration(std::chrono::hours(24 * 400))) == std::chrono::hours(24 * 400));
}
