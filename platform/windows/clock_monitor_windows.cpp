// ClockMonitor on Windows: WM_TIMECHANGE (clock set, and zone changes) and WM_SETTINGCHANGE (zone changes), both
// broadcast to top-level windows, on a hidden one. windows_clock::clock_change tells clock from zone by comparing
// the zone before and after the message.
#include "platform/clock_monitor.h"
#include "platform/windows/clock_change.h"
#include "platform/windows/hidden_window.h"

#include <memory>

namespace respite {
namespace {

static_assert(windows_clock::kWmTimeChange == WM_TIMECHANGE && windows_clock::kWmSettingChange == WM_SETTINGCHANGE);

// The zone's identity: its key name and biases (a changed DST rule of the same zone counts too).
std::string current_zone() {
    DYNAMIC_TIME_ZONE_INFORMATION tz{};
    if (GetDynamicTimeZoneInformation(&tz) == TIME_ZONE_ID_INVALID)
        return {};
    std::string key;
    for (const wchar_t* c = tz.TimeZoneKeyName; *c; ++c)
        key += static_cast<char>(*c < 128 ? *c : '?');
    return key + " " + std::to_string(tz.Bias) + " " + std::to_string(tz.StandardBias) + " " +
           std::to_string(tz.DaylightBias);
}

class WindowsClockMonitor final : public ClockMonitor {
public:
    void start() override {
        if (window_)
            return;
        zone_ = current_zone();
        window_ = std::make_unique<windows::HiddenWindow>([this](UINT message, WPARAM, LPARAM, LRESULT*) {
            if (message != WM_TIMECHANGE && message != WM_SETTINGCHANGE)
                return false;
            const std::string zone = current_zone();
            const auto what = windows_clock::clock_change(message, zone_, zone);
            zone_ = zone;
            if (what && on_clock_changed)
                on_clock_changed(*what);
            return false; // DefWindowProc as well
        });
    }

    std::string describe() const override {
        return window_ && window_->valid() ? "WM_TIMECHANGE, WM_SETTINGCHANGE" : "none";
    }

private:
    std::string zone_;
    std::unique_ptr<windows::HiddenWindow> window_;
};

} // namespace

std::unique_ptr<ClockMonitor> make_clock_monitor() {
    return std::make_unique<WindowsClockMonitor>();
}

} // namespace respite
