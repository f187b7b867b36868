#pragma once
// A wxTimer that calls a std::function (so presenters need not be wxEvtHandlers).
#include <wx/timer.h>

#include <functional>
#include <utility>

namespace respite::ui {

/// Calls `on_tick` on every expiry, on the GUI thread.
class CallbackTimer : public wxTimer {
public:
    /// Does not start the timer.
    explicit CallbackTimer(std::function<void()> on_tick) : on_tick_(std::move(on_tick)) {}
    /// Forwards to on_tick.
    void Notify() override { on_tick_(); }

private:
    std::function<void()> on_tick_;
};

} // namespace respite::ui
