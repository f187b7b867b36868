#pragma once
// Pieces of the Linux BusyMonitor that live in their own files.
#include <functional>
#include <memory>

namespace respite::linux_busy {

/// Watches whether the X11 active window is fullscreen, on PropertyNotify events of its own X connection.
class FullscreenWatcher {
public:
    /// Virtual destructor: owned through std::unique_ptr.
    virtual ~FullscreenWatcher() = default;
    /// Whether the active window is fullscreen now.
    virtual bool fullscreen() const = 0;
};

/// nullptr without an X display or an EWMH window manager; `changed` fires on the GUI thread on each change.
std::unique_ptr<FullscreenWatcher> make_fullscreen_watcher(std::function<void(bool fullscreen)> changed);

/// Whether any other process holds a /dev/video* device open (scans /proc/<pid>/fd; only readable processes).
bool camera_in_use_scan();

} // namespace respite::linux_busy
