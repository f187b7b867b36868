#pragma once
// Port for sleep/resume and lock/unlock signals (logind, ScreenSaver): time away the engine must not count.
#include <functional>
#include <memory>
#include <string>

namespace respite {

/// Delivers sleep, resume, lock and unlock from the OS, on the GUI thread. Missing buses are logged once and
/// ignored (the engine's Now arithmetic is the safety net for sleep).
class SessionMonitor {
public:
    /// The machine is about to sleep. A delay inhibitor holds it off until sleep_ready() (or logind's
    /// InhibitDelayMaxSec, 5 s by default): save state, then call sleep_ready() on the GUI thread.
    std::function<void()> on_sleep;
    /// The machine woke up (the delay inhibitor has been taken again).
    std::function<void()> on_resume;
    /// The session was locked or the screen saver became active (time away starts).
    std::function<void()> on_lock;
    /// The session was unlocked / the screen saver ended.
    std::function<void()> on_unlock;

    /// Virtual destructor: owned through std::unique_ptr<SessionMonitor>.
    virtual ~SessionMonitor() = default;
    /// Connect to the buses and subscribe (set the callbacks first). If the session is already locked,
    /// on_lock fires soon after.
    virtual void start() = 0;
    /// State is saved: release the sleep delay inhibitor so the machine may sleep now. Idempotent.
    virtual void sleep_ready() = 0;
    /// Whether the session is currently locked (or the screen saver active), as last reported.
    virtual bool locked() const = 0;
    /// Which sources are connected, e.g. "logind+inhibitor, session lock, org.freedesktop.ScreenSaver".
    virtual std::string describe() const = 0;
};

/// The OS's session monitor (Linux: logind on the system bus + ScreenSaver interfaces on the session bus).
std::unique_ptr<SessionMonitor> make_session_monitor();

} // namespace respite
