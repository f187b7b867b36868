#pragma once
// Port for user-input idle detection (DESIGN.md §4): event-driven, one backend chosen at run time.
#include "core/time.h"

#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace respite {

/// Reports when the user has been without input for given thresholds, and when input returns.
/// All calls and callbacks happen on the GUI thread (the GLib main context wx iterates).
class IdleMonitor {
public:
    /// Idle time reached a threshold; `idle_for` is the time since the last input (so idle began `idle_for` ago).
    /// Fires once per threshold per idle stretch, in ascending order.
    std::function<void(Duration idle_for)> on_idle;
    /// Input arrived after at least one on_idle in this stretch (fires once per stretch).
    std::function<void()> on_active;

    /// Virtual destructor: owned through std::unique_ptr<IdleMonitor>.
    virtual ~IdleMonitor() = default;
    /// Begin watching (set the callbacks first). Safe to call once.
    virtual void start() = 0;
    /// Replace the watched thresholds (e.g. {activity threshold, micro duration, rest duration}); any order,
    /// duplicates and non-positive values are ignored. May be called before or after start().
    virtual void set_thresholds(std::vector<Duration> thresholds) = 0;
    /// Backend in use: "mutter", "ext-idle-notify", "xsync", "xscreensaver" or "always-present".
    virtual std::string backend_name() const = 0;
    /// True for the last-resort backend that never sees input (the UI says so: idle is not detected).
    virtual bool always_present() const { return false; }
};

/// The best available backend: Mutter IdleMonitor > ext-idle-notify-v1 (Wayland) > XSync IDLETIME >
/// XScreenSaver > always-present. `preferred` (e.g. from env RESPITE_IDLE_BACKEND) forces a backend name if
/// it is available. Logs the choice once to stderr.
std::unique_ptr<IdleMonitor> make_idle_monitor(std::string_view preferred = {});

} // namespace respite
