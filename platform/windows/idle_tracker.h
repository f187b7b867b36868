#pragma once
// The decisions of the Windows idle monitor, free of Win32 so that a unit test on any OS drives them: what a look
// at GetLastInputInfo means (input returned, thresholds crossed) and when to look next. Windows has no event for
// "idle for N seconds", so the monitor looks only at the instant the user could first cross the next threshold
// (last input + threshold) and, while idle, every kIdleRecheck to notice the return: never a fixed-rate poll.
#include "core/time.h"

#include <algorithm>
#include <cstdint>
#include <vector>

namespace respite::windows_idle {

/// While idle, how often to look for returned input (an idle user costs at most 2 wake-ups a minute).
inline constexpr Duration kIdleRecheck{30000};
/// SetTimer's floor (USER_TIMER_MINIMUM is 10 ms).
inline constexpr Duration kMinimumWait{10};

/// Sorted, unique, positive thresholds.
inline std::vector<Duration> normalize(std::vector<Duration> t) {
    std::erase_if(t, [](Duration d) { return d <= Duration::zero(); });
    std::sort(t.begin(), t.end());
    t.erase(std::unique(t.begin(), t.end()), t.end());
    return t;
}

/// What one look found and when the next one is due.
struct IdleLookResult {
    bool active = false;                  ///< input returned after a reported idle stretch: fire on_active (first)
    std::vector<Duration> idle;           ///< then fire on_idle with each of these, in order
    Duration next_look = Duration::max(); ///< arm a one-shot timer this far ahead (max = no timer needed)
};

/// Feed it each look: the tick of the last input (LASTINPUTINFO::dwTime) and the tick now (GetTickCount), both in
/// milliseconds of the same 32-bit counter, which wraps after 49.7 days (differences are taken modulo 2^32).
class IdleTracker {
public:
    /// New thresholds (any order; duplicates and non-positive values dropped). Thresholds the current reported
    /// stretch already passed count as reported, so on_idle is not repeated for them.
    void set_thresholds(std::vector<Duration> thresholds) {
        thresholds_ = normalize(std::move(thresholds));
        reported_ = 0;
        while (idle_ && reported_ < thresholds_.size() && thresholds_[reported_] <= last_idle_)
            ++reported_;
    }

    /// One look at the last-input tick.
    IdleLookResult look(std::uint32_t last_input_tick, std::uint32_t now_tick) {
        IdleLookResult r;
        const Duration idle{static_cast<std::uint32_t>(now_tick - last_input_tick)};
        // Input since the last look moves the last-input tick: exact, no slack needed.
        if (looked_ && last_input_tick != last_input_) {
            if (idle_)
                r.active = true;
            idle_ = false;
            reported_ = 0;
        }
        looked_ = true;
        last_input_ = last_input_tick;
        last_idle_ = idle;
        while (reported_ < thresholds_.size() && idle >= thresholds_[reported_]) {
            ++reported_;
            idle_ = true;
            r.idle.push_back(idle);
        }
        if (thresholds_.empty())
            return r;
        Duration wait = reported_ < thresholds_.size() ? thresholds_[reported_] - idle : Duration::max();
        if (idle_)
            wait = std::min(wait, kIdleRecheck);
        r.next_look = wait == Duration::max() ? wait : std::max(wait, kMinimumWait);
        return r;
    }

    /// Whether at least one threshold was reported in the current stretch.
    bool idle() const { return idle_; }
    /// The thresholds in use (sorted).
    const std::vector<Duration>& thresholds() const { return thresholds_; }

private:
    std::vector<Duration> thresholds_;
    std::size_t reported_ = 0;
    bool idle_ = false;
    bool looked_ = false;
    std::uint32_t last_input_ = 0;
    Duration last_idle_{};
};

} // namespace respite::windows_idle
