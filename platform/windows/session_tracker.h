#pragma once
// The decisions of the Windows session monitor, free of Win32 so that a unit test on any OS feeds it the messages
// (wine stubs them, DESIGN.md §11): WM_WTSSESSION_CHANGE and WM_POWERBROADCAST in, sleep/resume/lock/unlock out.
// The message and code values are Win32's; session_monitor_windows.cpp checks them against the SDK headers.
#include <cstdint>
#include <optional>

namespace respite::windows_session {

inline constexpr std::uint32_t kWmPowerBroadcast = 0x0218;   ///< WM_POWERBROADCAST
inline constexpr std::uint32_t kWmWtsSessionChange = 0x02B1; ///< WM_WTSSESSION_CHANGE

/// WM_WTSSESSION_CHANGE's wParam codes.
enum WtsCode : std::uint32_t {
    console_connect = 0x1,    ///< WTS_CONSOLE_CONNECT
    console_disconnect = 0x2, ///< WTS_CONSOLE_DISCONNECT
    remote_connect = 0x3,     ///< WTS_REMOTE_CONNECT
    remote_disconnect = 0x4,  ///< WTS_REMOTE_DISCONNECT
    session_lock = 0x7,       ///< WTS_SESSION_LOCK
    session_unlock = 0x8,     ///< WTS_SESSION_UNLOCK
};

/// WM_POWERBROADCAST's wParam codes.
enum PbtCode : std::uint32_t {
    apm_suspend = 0x4,          ///< PBT_APMSUSPEND: about to sleep
    apm_resume_critical = 0x6,  ///< PBT_APMRESUMECRITICAL: resumed after a suspend no one was told of
    apm_resume_suspend = 0x7,   ///< PBT_APMRESUMESUSPEND: resumed by the user (after the automatic one)
    apm_resume_automatic = 0x12 ///< PBT_APMRESUMEAUTOMATIC: resumed (sent on every resume)
};

/// What the app hears.
enum class SessionEvent { sleep, resume, lock, unlock };

/// Turns messages into events, once each: one resume per sleep (Windows sends PBT_APMRESUMEAUTOMATIC and, when the
/// user woke the machine, PBT_APMRESUMESUSPEND too), and lock/unlock on changes of "away", which is a locked
/// session or one disconnected from its console/remote client (fast user switching, a closed RDP window). A
/// reconnect does not end a lock: the session stays away until WTS_SESSION_UNLOCK.
class SessionTracker {
public:
    /// The event `message` with `wparam` means, if any.
    std::optional<SessionEvent> feed(std::uint32_t message, std::uint64_t wparam) {
        if (message == kWmPowerBroadcast)
            return power(wparam);
        if (message == kWmWtsSessionChange)
            return session(wparam);
        return std::nullopt;
    }

    /// Locked or disconnected, as last reported.
    bool away() const { return locked_ || disconnected_; }
    /// Between a suspend and its resume.
    bool asleep() const { return asleep_; }

private:
    std::optional<SessionEvent> power(std::uint64_t code) {
        switch (code) {
        case apm_suspend:
            if (asleep_)
                return std::nullopt;
            asleep_ = true;
            awake_reported_ = false;
            return SessionEvent::sleep;
        case apm_resume_automatic:
            asleep_ = false;
            awake_reported_ = true;
            return SessionEvent::resume;
        case apm_resume_suspend:
        case apm_resume_critical:
            // After the automatic one of the same wake-up: already reported.
            if (awake_reported_)
                return std::nullopt;
            asleep_ = false;
            awake_reported_ = true;
            return SessionEvent::resume;
        default:
            return std::nullopt;
        }
    }

    std::optional<SessionEvent> session(std::uint64_t code) {
        const bool was_away = away();
        switch (code) {
        case session_lock:
            locked_ = true;
            break;
        case session_unlock:
            locked_ = false;
            break;
        case console_disconnect:
        case remote_disconnect:
            disconnected_ = true;
            break;
        case console_connect:
        case remote_connect:
            disconnected_ = false;
            break;
        default:
            return std::nullopt;
        }
        if (away() == was_away)
            return std::nullopt;
        return away() ? SessionEvent::lock : SessionEvent::unlock;
    }

    bool locked_ = false;
    bool disconnected_ = false;
    bool asleep_ = false;
    bool awake_reported_ = true; ///< the current wake-up was reported (PBT_APMRESUMEAUTOMATIC is, every time)
};

} // namespace respite::windows_session
