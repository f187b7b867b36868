#pragma once
// Hands the pages that start-up and closed windows paged in back to the OS once the app goes quiet, so the idle
// tray app holds only what its idle work touches (issue 3's memory budget).
#include "ui/callback_timer.h"

#include <chrono>
#include <cstddef>
#include <functional>

namespace respite::app {

/// A one-shot quiet timer around platform trim_idle_memory(). GUI thread.
class IdleTrim {
public:
    /// `quiet`: how long nothing must have happened before trimming. While `window_open()` is true there is
    /// nothing to trim (the window would page its code straight back in); its closing effect pokes again.
    IdleTrim(std::chrono::milliseconds quiet, std::function<bool()> window_open);
    /// Start-up finished, an effect arrived or a window closed: trim `quiet` after the last such poke.
    void poke();

private:
    void fire();

    ui::CallbackTimer timer_;
    std::chrono::milliseconds quiet_;
    std::function<bool()> window_open_;
    std::size_t faults_after_trim_ = 0;
    bool trimmed_ = false;
};

} // namespace respite::app
