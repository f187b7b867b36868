// Durations and times of day as written in config files.
#include "core/config/duration.h"

#include <doctest/doctest.h>

using namespace respite;
using namespace std::chrono_literals;

TEST_CASE("config duration: parses the documented forms") {
    CHECK(parse_duration("20s") == Duration{20s});
    CHECK(parse_duration("5m") == Duration{5min});
    CHECK(parse_duration("1h30m") == Duration{90min});
    CHECK(parse_duration("1h30m15s") == Duration{1h + 30min + 15s});
    CHECK(parse_duration("5.5s") == Duration{5500ms});
    CHECK(parse_duration("1.5h") == Duration{90min});
    CHECK(parse_duration("250ms") == Duration{250ms});
    CHECK(parse_duration("1m250ms") == Duration{60250ms});
    CHECK(parse_duration("0") == Duration{0});
    CHECK(parse_duration("0s") == Duration{0});
}

TEST_CASE("config duration: rejects malformed text") {
    for (const char* bad : {"",       "20",   "20 s", " 20s", "20s ", "-5m",     "+5m", "5x",   "m",
                            "1.s",    ".5s",  "5m1h", "5m5m", "1h30", "0.0001s", "20S", "1e3s", "9999999999999h",
                            "1h 30m", "0.5ms"}) {
        CAPTURE(bad);
        CHECK_FALSE(parse_duration(bad).has_value());
    }
}

TEST_CASE("config duration: formats canonically and round-trips") {
    CHECK(format_duration(0s) == "0");
    CHECK(format_duration(20s) == "20s");
    CHECK(format_duration(90min) == "1h30m");
    CHECK(format_duration(5500ms) == "5.5s");
    CHECK(format_duration(250ms) == "250ms");
    CHECK(format_duration(1h + 5s) == "1h5s");
    CHECK(format_duration(1min + 250ms) == "1m250ms");
    CHECK(format_duration(168h) == "168h");
    for (const long long ms :
         {1LL, 999LL, 1000LL, 1001LL, 59'999LL, 60'000LL, 3'599'999LL, 3'600'000LL, 86'400'123LL, 123'456'789LL}) {
        CAPTURE(ms);
        const Duration d{ms};
        CHECK(parse_duration(format_duration(d)) == d);
    }
    for (const char* text : {"20s", "5m", "1h30m", "5.5s", "250ms", "0", "1h500ms", "2h1m1.001s"}) {
        CAPTURE(text);
        CHECK(format_duration(*parse_duration(text)) == text);
    }
}

TEST_CASE("config time of day: parses and formats HH:MM") {
    CHECK(parse_time_of_day("17:30") == TimeOfDay{17h + 30min});
    CHECK(parse_time_of_day("9:05") == TimeOfDay{9h + 5min});
    CHECK(parse_time_of_day("00:00") == TimeOfDay{0});
    CHECK(parse_time_of_day("23:59") == TimeOfDay{23h + 59min});
    for (const char* bad : {"", "9", "24:00", "12:60", "12:5", "123:00", "12-30", "12:30:00", " 9:00", "a:00"}) {
        CAPTURE(bad);
        CHECK_FALSE(parse_time_of_day(bad).has_value());
    }
    CHECK(format_time_of_day(9h) == "09:00");
    CHECK(format_time_of_day(17h + 30min) == "17:30");
    for (int m = 0; m < 24 * 60; m += 7)
        CHECK(parse_time_of_day(format_time_of_day(TimeOfDay{m})) == TimeOfDay{m});
}
