#pragma once
// Port for wall-clock jumps and time-zone changes, so wall-clock rules (cutoff) are re-evaluated at once.
#include <functional>
#include <memory>
#include <string>

namespace respite {

/// Fires when the wall clock was set (a jump, not the normal tick) or the time zone changed. GUI thread.
class ClockMonitor {
public:
    /// The wall clock or the zone changed: re-read Now and re-evaluate (e.g. engine advance at once).
    /// `what` is "clock" or "timezone".
    std::function<void(const std::string& what)> on_clock_changed;

    /// Virtual destructor: owned through std::unique_ptr<ClockMonitor>.
    virtual ~ClockMonitor() = default;
    /// Begin watching (set the callback first).
    virtual void start() = 0;
    /// Which sources are active, e.g. "timerfd, timedate1".
    virtual std::string describe() const = 0;
};

/// The OS's clock monitor (Linux: timerfd TFD_TIMER_CANCEL_ON_SET + timedate1 Timezone changes).
std::unique_ptr<ClockMonitor> make_clock_monitor();

} // namespace respite
