// The Windows clock monitor's decision (platform/windows/clock_change.h), fed the broadcasts Windows sends.
#include "platform/windows/clock_change.h"

#include <doctest/doctest.h>

using namespace respite::windows_clock;

TEST_CASE("windows clock: WM_TIMECHANGE is a clock change, or a zone change when the zone differs") {
    CHECK(clock_change(kWmTimeChange, "W. Europe Standard Time -60 0 -60", "W. Europe Standard Time -60 0 -60") ==
          "clock");
    CHECK(clock_change(kWmTimeChange, "W. Europe Standard Time -60 0 -60", "Eastern Standard Time 300 0 -60") ==
          "timezone");
}

TEST_CASE("windows clock: WM_SETTINGCHANGE counts only when the zone changed, other messages never") {
    CHECK(clock_change(kWmSettingChange, "A 0 0 0", "B 60 0 -60") == "timezone");
    CHECK_FALSE(clock_change(kWmSettingChange, "A 0 0 0", "A 0 0 0"));
    CHECK_FALSE(clock_change(0x0218, "A 0 0 0", "B 60 0 -60"));
}
