#pragma once
// The decisions of the Windows busy monitor, free of Win32 so that a unit test on any OS feeds it API results (wine
// always answers "accepts notifications", DESIGN.md §11): SHQueryUserNotificationState's answer as a BusyReason,
// and when to ask again. Windows sends no event when that state changes, so it is asked at start, at each heads-up
// and, until the break it announces has fallen due, every kFollowUpStep (the engine decides at the due instant, by
// default 10 s after the heads-up); while busy it is asked every kBusyRecheck, so the deferral ends soon after the
// presentation or game does. An idle user with no break near costs no wake-up.
#include "core/reason.h"
#include "core/time.h"

#include <algorithm>
#include <cstdint>
#include <optional>

namespace respite::windows_busy {

/// QUERY_USER_NOTIFICATION_STATE's values (shellapi.h); busy_monitor_windows.cpp checks them against the SDK.
inline constexpr int quns_not_present = 1; ///< screen saver, locked, fast user switching: the session monitor's
inline constexpr int quns_busy = 2;        ///< a full-screen application runs, or presentation settings are applied
inline constexpr int quns_running_d3d_full_screen = 3; ///< a full-screen Direct3D application (a game, a video)
inline constexpr int quns_presentation_mode = 4;       ///< the user turned on presentation settings
inline constexpr int quns_accepts_notifications = 5;   ///< nothing in the way
inline constexpr int quns_quiet_time = 6;              ///< Windows' quiet time: notifications are held back
inline constexpr int quns_app = 7;                     ///< a Windows Store app runs (immersive)

/// The busy reason for an answer of SHQueryUserNotificationState; `ok` false (the call failed) is not busy.
/// quns_app is not busy: a Store app in a window is not a reason to defer a break.
inline BusyReason busy_reason_of(bool ok, int state) {
    if (!ok)
        return BusyReason::none;
    switch (state) {
    case quns_presentation_mode:
        return BusyReason::presentation;
    case quns_running_d3d_full_screen:
    case quns_busy:
        return BusyReason::fullscreen;
    case quns_quiet_time:
        return BusyReason::do_not_disturb;
    default:
        return BusyReason::none;
    }
}

/// After a heads-up, asked this often ...
inline constexpr Duration kFollowUpStep{4000};
/// ... for this long (past the default 10 s heads-up, so the answer at the due instant is at most 4 s old).
inline constexpr Duration kFollowUpWindow{30000};
/// While busy, asked this often.
inline constexpr Duration kBusyRecheck{60000};

/// When to ask next, on the monitor's own monotonic clock (any origin, milliseconds).
class BusySchedule {
public:
    /// A heads-up at `now`: ask now (the caller does), then follow up.
    void heads_up(Duration now) { follow_up_until_ = now + kFollowUpWindow; }
    /// The answer at `now` was `reason`. Returns the delay until the next question, or nullopt for none.
    std::optional<Duration> answered(Duration now, BusyReason reason) {
        std::optional<Duration> wait;
        if (now < follow_up_until_)
            wait = std::min(kFollowUpStep, follow_up_until_ - now);
        if (reason != BusyReason::none)
            wait = wait ? std::min(*wait, kBusyRecheck) : kBusyRecheck;
        return wait;
    }

private:
    Duration follow_up_until_{Duration::min()};
};

/// ES_DISPLAY_REQUIRED (winbase.h); busy_monitor_windows.cpp checks it against the SDK.
inline constexpr std::uint32_t es_display_required = 0x00000002;

/// Whether the system's execution state (CallNtPowerInformation(SystemExecutionState)) holds a display-required
/// request: a video player or a presentation keeps the screen on, the idle inhibitor of Windows. `ok` false (the
/// call failed) is none.
inline bool idle_inhibited(bool ok, std::uint32_t execution_state) {
    return ok && (execution_state & es_display_required) != 0;
}

} // namespace respite::windows_busy
