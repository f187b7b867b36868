#pragma once
// Port for "the user is busy" (fullscreen, presentation, do-not-disturb, call): breaks are deferred, never dropped.
#include "core/reason.h"

#include <functional>
#include <memory>
#include <string>

namespace respite {

/// Aggregates busy sources into one flag with a reason. Event-driven; callbacks on the GUI thread.
class BusyMonitor {
public:
    /// The aggregate changed: busy or not, and the reason of the highest-priority active source:
    /// call, presentation, fullscreen, do_not_disturb (none when not busy). Also fires when only the reason changes.
    std::function<void(bool busy, BusyReason reason)> on_busy_changed;
    /// An application started or stopped holding an idle inhibitor (a video player, a presentation, a call): the
    /// engine counts idle time then as reading (activity.inhibitor_is_reading). Linux: GNOME session inhibitors
    /// with the idle flag, and org.freedesktop.PowerManagement.Inhibit (KDE, Xfce: where the holders of
    /// org.freedesktop.ScreenSaver.Inhibit are counted), as they change. Windows: a display-required request
    /// (ES_DISPLAY_REQUIRED) of any process, seen when check_idle_inhibitor() looks (Windows announces none).
    /// Fires on changes only.
    std::function<void(bool held)> on_idle_inhibitor_changed;

    /// Virtual destructor: owned through std::unique_ptr<BusyMonitor>.
    virtual ~BusyMonitor() = default;
    /// Subscribe to the sources (set the callback first); fires on_busy_changed if already busy.
    virtual void start() = 0;
    /// Current aggregate.
    virtual bool busy() const = 0;
    /// Current reason (none when not busy).
    virtual BusyReason reason() const = 0;
    /// Whether a camera (/dev/video*) is held open by some process: a call. Scans /proc on demand only.
    virtual bool camera_in_use() = 0;
    /// Scan for a camera in use (call it at heads-up, so a call defers the break before it is prompted). The scan
    /// runs off the calling thread; its result arrives on it: a camera in use makes the aggregate busy with reason
    /// call (fires on_busy_changed) and the scan repeats once a minute only while the camera stays in use; when it
    /// is free, the call ends (fires on_busy_changed again).
    virtual void check_camera() = 0;
    /// Look now whether an idle inhibitor is held (the app calls it when the user goes idle), firing
    /// on_idle_inhibitor_changed if that changed. Linux: nothing (its sources are events).
    virtual void check_idle_inhibitor() = 0;
    /// Which sources are active, e.g. "x11-fullscreen, gnome-dnd, notifications-inhibited, gnome-session".
    virtual std::string describe() const = 0;
};

/// The OS's busy monitor (Linux: X11 fullscreen, GNOME DND, Notifications.Inhibited, GNOME session inhibitors,
/// /dev/video* scan).
std::unique_ptr<BusyMonitor> make_busy_monitor();

} // namespace respite
