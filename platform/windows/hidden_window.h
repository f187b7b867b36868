#pragma once
// A hidden top-level window on the GUI thread, for the messages Windows sends to windows: broadcasts
// (WM_POWERBROADCAST, WM_TIMECHANGE, WM_SETTINGCHANGE reach only top-level windows, not message-only ones),
// WM_WTSSESSION_CHANGE after WTSRegisterSessionNotification, and one-shot timers (WM_TIMER). wx's event loop
// dispatches messages of windows it did not create, so no wx is needed here (level 1, DESIGN.md §1).
#include <windows.h>

#include <functional>

namespace respite::windows {

/// One invisible window; its handler sees every message first. Not copyable: the window points back at it.
class HiddenWindow {
public:
    /// `handler` returns true when it handled the message (the window then answers `*result`, default 0).
    using Handler = std::function<bool(UINT message, WPARAM wparam, LPARAM lparam, LRESULT* result)>;

    /// Creates the window on the calling thread (the GUI thread); valid() tells if that worked.
    explicit HiddenWindow(Handler handler);
    /// Destroys the window and its timers.
    ~HiddenWindow();
    HiddenWindow(const HiddenWindow&) = delete;
    HiddenWindow& operator=(const HiddenWindow&) = delete;

    /// Whether the window exists.
    bool valid() const { return hwnd_ != nullptr; }
    /// The window's handle (nullptr if creation failed).
    HWND hwnd() const { return hwnd_; }
    /// Arms (or re-arms) timer `id` to fire once after `ms` (at least USER_TIMER_MINIMUM); `fire` runs on the GUI
    /// thread. One timer per id.
    void start_timer(UINT_PTR id, unsigned ms, std::function<void()> fire);
    /// Disarms timer `id` if armed.
    void stop_timer(UINT_PTR id);

private:
    static LRESULT CALLBACK window_proc(HWND hwnd, UINT message, WPARAM wparam, LPARAM lparam);

    Handler handler_;
    HWND hwnd_ = nullptr;
    std::function<void()> timers_[4];
};

} // namespace respite::windows
