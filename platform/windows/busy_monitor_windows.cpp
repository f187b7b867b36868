// BusyMonitor on Windows: SHQueryUserNotificationState (presentation settings, full-screen Direct3D or other
// full-screen applications, quiet time), asked at start, at heads-up time and until the announced break falls due,
// and while busy once a minute (windows_busy::BusySchedule decides when; busy_reason_of what an answer means).
// Windows has no camera-in-use query for desktop apps here, so a call is not detected. An idle inhibitor (reading
// mode) is a display-required request in the system's execution state, looked at when the user goes idle.
#include "platform/busy_monitor.h"
#include "platform/windows/busy_checks.h"
#include "platform/windows/hidden_window.h"

#include <powrprof.h>
#include <shellapi.h>

#include <memory>

namespace respite {
namespace {

namespace wb = windows_busy;
constexpr bool same(int ours, QUERY_USER_NOTIFICATION_STATE sdk) {
    return ours == static_cast<int>(sdk);
}
static_assert(same(wb::quns_not_present, QUNS_NOT_PRESENT) && same(wb::quns_busy, QUNS_BUSY) &&
              same(wb::quns_running_d3d_full_screen, QUNS_RUNNING_D3D_FULL_SCREEN) &&
              same(wb::quns_presentation_mode, QUNS_PRESENTATION_MODE) &&
              same(wb::quns_accepts_notifications, QUNS_ACCEPTS_NOTIFICATIONS) &&
              same(wb::quns_quiet_time, QUNS_QUIET_TIME) && same(wb::quns_app, QUNS_APP));
static_assert(wb::es_display_required == ES_DISPLAY_REQUIRED);

Duration monotonic_now() {
    return Duration(static_cast<Duration::rep>(GetTickCount64()));
}

class WindowsBusyMonitor final : public BusyMonitor {
public:
    void start() override {
        if (window_)
            return;
        window_ = std::make_unique<windows::HiddenWindow>(nullptr);
        ask();
    }

    bool busy() const override { return reason_ != BusyReason::none; }
    BusyReason reason() const override { return reason_; }
    bool camera_in_use() override { return false; }

    // Called at heads-up time: the break falls due soon, so the state is asked now and followed until then.
    void check_camera() override {
        schedule_.heads_up(monotonic_now());
        ask();
    }

    // Called when the user goes idle: Windows announces no change of the execution state, so it is looked at then.
    void check_idle_inhibitor() override {
        ULONG state = 0;
        const bool ok = CallNtPowerInformation(SystemExecutionState, nullptr, 0, &state, sizeof state) == 0;
        const bool held = wb::idle_inhibited(ok, static_cast<std::uint32_t>(state));
        if (held == inhibitor_)
            return;
        inhibitor_ = held;
        if (on_idle_inhibitor_changed)
            on_idle_inhibitor_changed(held);
    }

    std::string describe() const override { return "SHQueryUserNotificationState, SystemExecutionState"; }

private:
    void ask() {
        QUERY_USER_NOTIFICATION_STATE state{};
        const bool ok = SUCCEEDED(SHQueryUserNotificationState(&state));
        const BusyReason reason = wb::busy_reason_of(ok, static_cast<int>(state));
        if (reason != reason_) {
            reason_ = reason;
            if (on_busy_changed)
                on_busy_changed(busy(), reason_);
        }
        if (!window_)
            return;
        if (const auto wait = schedule_.answered(monotonic_now(), reason_))
            window_->start_timer(0, static_cast<unsigned>(wait->count()), [this] { ask(); });
        else
            window_->stop_timer(0);
    }

    wb::BusySchedule schedule_;
    BusyReason reason_ = BusyReason::none;
    bool inhibitor_ = false;
    std::unique_ptr<windows::HiddenWindow> window_;
};

} // namespace

std::unique_ptr<BusyMonitor> make_busy_monitor() {
    return std::make_unique<WindowsBusyMonitor>();
}

} // namespace respite
