// SessionMonitor on Windows: WM_WTSSESSION_CHANGE (after WTSRegisterSessionNotification) for lock/unlock and
// console/remote disconnects, WM_POWERBROADCAST for sleep/resume, both on a hidden top-level window. The meaning of
// each message is windows_session::SessionTracker's (unit-tested by feeding it messages: wine sends none).
#include "platform/session_monitor.h"
#include "platform/windows/hidden_window.h"
#include "platform/windows/session_tracker.h"

#include <wtsapi32.h>

#include <cstdio>
#include <memory>

namespace respite {
namespace {

namespace ws = windows_session;
static_assert(ws::kWmPowerBroadcast == WM_POWERBROADCAST && ws::kWmWtsSessionChange == WM_WTSSESSION_CHANGE);
static_assert(ws::console_connect == WTS_CONSOLE_CONNECT && ws::console_disconnect == WTS_CONSOLE_DISCONNECT &&
              ws::remote_connect == WTS_REMOTE_CONNECT && ws::remote_disconnect == WTS_REMOTE_DISCONNECT &&
              ws::session_lock == WTS_SESSION_LOCK && ws::session_unlock == WTS_SESSION_UNLOCK);
static_assert(ws::apm_suspend == PBT_APMSUSPEND && ws::apm_resume_critical == PBT_APMRESUMECRITICAL &&
              ws::apm_resume_suspend == PBT_APMRESUMESUSPEND && ws::apm_resume_automatic == PBT_APMRESUMEAUTOMATIC);

class WindowsSessionMonitor final : public SessionMonitor {
public:
    ~WindowsSessionMonitor() override {
        if (registered_)
            WTSUnRegisterSessionNotification(window_->hwnd());
    }

    void start() override {
        if (window_)
            return;
        window_ = std::make_unique<windows::HiddenWindow>([this](UINT message, WPARAM wparam, LPARAM, LRESULT* result) {
            if (message != WM_POWERBROADCAST && message != WM_WTSSESSION_CHANGE)
                return false;
            deliver(tracker_.feed(message, wparam));
            // WM_POWERBROADCAST: TRUE grants the (historical) query; any value is fine for the others.
            *result = TRUE;
            return true;
        });
        if (!window_->valid())
            return;
        registered_ = WTSRegisterSessionNotification(window_->hwnd(), NOTIFY_FOR_THIS_SESSION) != 0;
        if (!registered_)
            std::fprintf(stderr, "respite: no lock/unlock notifications (WTSRegisterSessionNotification: error %lu)\n",
                         GetLastError());
    }

    // Windows gives a window about two seconds for PBT_APMSUSPEND; on_sleep saves the state before it returns.
    void sleep_ready() override {}

    bool locked() const override { return tracker_.away(); }

    std::string describe() const override {
        if (!window_ || !window_->valid())
            return "none";
        return registered_ ? "WM_POWERBROADCAST, WTS session notifications" : "WM_POWERBROADCAST";
    }

private:
    void deliver(std::optional<ws::SessionEvent> event) {
        if (!event)
            return;
        const std::function<void()>* fn = nullptr;
        switch (*event) {
        case ws::SessionEvent::sleep:
            fn = &on_sleep;
            break;
        case ws::SessionEvent::resume:
            fn = &on_resume;
            break;
        case ws::SessionEvent::lock:
            fn = &on_lock;
            break;
        case ws::SessionEvent::unlock:
            fn = &on_unlock;
            break;
        }
        if (fn && *fn)
            (*fn)();
    }

    ws::SessionTracker tracker_;
    std::unique_ptr<windows::HiddenWindow> window_;
    bool registered_ = false;
};

} // namespace

std::unique_ptr<SessionMonitor> make_session_monitor() {
    return std::make_unique<WindowsSessionMonitor>();
}

} // namespace respite
