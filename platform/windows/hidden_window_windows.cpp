#include "platform/windows/hidden_window.h"

#include <algorithm>
#include <cstdio>
#include <iterator>
#include <utility>

namespace respite::windows {
namespace {
constexpr wchar_t kClassName[] = L"RespiteHiddenWindow";

bool register_class(WNDPROC proc) {
    static const bool registered = [proc] {
        WNDCLASSEXW wc{};
        wc.cbSize = sizeof(wc);
        wc.lpfnWndProc = proc;
        wc.hInstance = GetModuleHandleW(nullptr);
        wc.lpszClassName = kClassName;
        return RegisterClassExW(&wc) != 0 || GetLastError() == ERROR_CLASS_ALREADY_EXISTS;
    }();
    return registered;
}
} // namespace

HiddenWindow::HiddenWindow(Handler handler) : handler_(std::move(handler)) {
    if (!register_class(&HiddenWindow::window_proc)) {
        std::fprintf(stderr, "respite: cannot register the hidden window class (error %lu)\n", GetLastError());
        return;
    }
    // A popup that is never shown: top-level (so broadcasts reach it), no taskbar button (tool window).
    hwnd_ = CreateWindowExW(WS_EX_TOOLWINDOW, kClassName, L"Respite", WS_POPUP, 0, 0, 0, 0, nullptr, nullptr,
                            GetModuleHandleW(nullptr), nullptr);
    if (!hwnd_) {
        std::fprintf(stderr, "respite: cannot create the hidden window (error %lu)\n", GetLastError());
        return;
    }
    SetWindowLongPtrW(hwnd_, GWLP_USERDATA, reinterpret_cast<LONG_PTR>(this));
}

HiddenWindow::~HiddenWindow() {
    if (!hwnd_)
        return;
    for (UINT_PTR id = 0; id < std::size(timers_); ++id)
        stop_timer(id);
    SetWindowLongPtrW(hwnd_, GWLP_USERDATA, 0);
    DestroyWindow(hwnd_);
}

void HiddenWindow::start_timer(UINT_PTR id, unsigned ms, std::function<void()> fire) {
    if (!hwnd_ || id >= std::size(timers_))
        return;
    timers_[id] = std::move(fire);
    // SetTimer with an existing id replaces that timer.
    SetTimer(hwnd_, id + 1, std::max<unsigned>(ms, USER_TIMER_MINIMUM), nullptr);
}

void HiddenWindow::stop_timer(UINT_PTR id) {
    if (!hwnd_ || id >= std::size(timers_) || !timers_[id])
        return;
    KillTimer(hwnd_, id + 1);
    timers_[id] = nullptr;
}

LRESULT CALLBACK HiddenWindow::window_proc(HWND hwnd, UINT message, WPARAM wparam, LPARAM lparam) {
    auto* self = reinterpret_cast<HiddenWindow*>(GetWindowLongPtrW(hwnd, GWLP_USERDATA));
    if (!self)
        return DefWindowProcW(hwnd, message, wparam, lparam);
    if (message == WM_TIMER && wparam >= 1 && wparam <= std::size(self->timers_)) {
        // One-shot: disarmed before it runs, so the callback may arm it again.
        const UINT_PTR id = wparam - 1;
        KillTimer(hwnd, wparam);
        auto fire = std::exchange(self->timers_[id], nullptr);
        if (fire)
            fire();
        return 0;
    }
    LRESULT result = 0;
    if (self->handler_ && self->handler_(message, wparam, lparam, &result))
        return result;
    return DefWindowProcW(hwnd, message, wparam, lparam);
}

} // namespace respite::windows
