#pragma once
// The decision of the Windows clock monitor, free of Win32 so that a unit test on any OS feeds it messages: the
// system broadcasts WM_TIMECHANGE when the clock is set, and WM_TIMECHANGE or WM_SETTINGCHANGE when the time zone
// changes. The zone is told apart by comparing a description of it (GetDynamicTimeZoneInformation's key name and
// biases) from before and after the message.
#include <cstdint>
#include <optional>
#include <string>

namespace respite::windows_clock {

inline constexpr std::uint32_t kWmTimeChange = 0x001E;    ///< WM_TIMECHANGE
inline constexpr std::uint32_t kWmSettingChange = 0x001A; ///< WM_SETTINGCHANGE

/// "clock", "timezone" or nothing for `message`, given the zone before and after it.
inline std::optional<std::string> clock_change(std::uint32_t message, const std::string& zone_before,
                                               const std::string& zone_now) {
    const bool zone_changed = zone_before != zone_now;
    if (message == kWmTimeChange)
        return std::string(zone_changed ? "timezone" : "clock");
    if (message == kWmSettingChange && zone_changed)
        return std::string("timezone");
    return std::nullopt;
}

} // namespace respite::windows_clock
