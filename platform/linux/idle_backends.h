#pragma once
// Linux idle backends behind IdleMonitor; each make_* returns nullptr when its service is unavailable.
#include "platform/idle_monitor.h"

#include <algorithm>

namespace respite::linux_idle {

/// GNOME Shell / Mutter: org.gnome.Mutter.IdleMonitor on the session bus.
std::unique_ptr<IdleMonitor> make_mutter();
/// Wayland ext-idle-notify-v1 (KDE, wlroots compositors).
std::unique_ptr<IdleMonitor> make_wayland();
/// X11 SYNC extension IDLETIME counter with alarms.
std::unique_ptr<IdleMonitor> make_xsync();
/// X11 MIT-SCREEN-SAVER idle time, re-checked exactly at the next threshold.
std::unique_ptr<IdleMonitor> make_xscreensaver();
/// Never idle: the last resort, which says so.
std::unique_ptr<IdleMonitor> make_always_present();

/// Sorted, unique, positive thresholds.
inline std::vector<Duration> normalize(std::vector<Duration> t) {
    std::erase_if(t, [](Duration d) { return d <= Duration::zero(); });
    std::sort(t.begin(), t.end());
    t.erase(std::unique(t.begin(), t.end()), t.end());
    return t;
}

} // namespace respite::linux_idle
