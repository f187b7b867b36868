// The Windows idle monitor's arithmetic (platform/windows/idle_tracker.h), driven with GetLastInputInfo/GetTickCount
// values as the adapter reads them: which looks report idle or active, and when the next look is armed.
#include "platform/windows/idle_tracker.h"

#include <doctest/doctest.h>

#include <cstdint>

using namespace std::chrono_literals;
using respite::Duration;
using respite::windows_idle::IdleTracker;
using respite::windows_idle::kIdleRecheck;

namespace {

// A simulated user and the adapter's loop: each look happens exactly when the tracker asked for it.
struct Sim {
    IdleTracker tracker;
    std::uint32_t now = 1000;
    std::uint32_t last_input = 1000;
    int looks = 0;
    int actives = 0;
    std::vector<Duration> idles;
    Duration next{};

    void look() {
        ++looks;
        const auto r = tracker.look(last_input, now);
        actives += r.active ? 1 : 0;
        idles.insert(idles.end(), r.idle.begin(), r.idle.end());
        next = r.next_look;
    }
    // Runs the loop until `until` (ms on the tick counter), input at each of `inputs` (sorted ticks).
    void run_until(std::uint32_t until, std::vector<std::uint32_t> inputs = {}) {
        std::size_t i = 0;
        while (next != Duration::max() && now + static_cast<std::uint32_t>(next.count()) <= until) {
            now += static_cast<std::uint32_t>(next.count());
            while (i < inputs.size() && inputs[i] <= now)
                last_input = inputs[i++];
            look();
        }
        now = until;
    }
};

} // namespace

TEST_CASE("windows idle: the first look arms the timer for the instant the first threshold can be crossed") {
    IdleTracker t;
    t.set_thresholds({20s, 5s, 300s, 5s, -1s, 0s});
    CHECK(t.thresholds() == std::vector<Duration>{5s, 20s, 300s});
    const auto r = t.look(1000, 3000); // input 2 s ago
    CHECK_FALSE(r.active);
    CHECK(r.idle.empty());
    CHECK(r.next_look == 3s);
}

TEST_CASE("windows idle: thresholds crossed since the last look are reported in order, with the idle time") {
    IdleTracker t;
    t.set_thresholds({5s, 20s, 300s});
    t.look(1000, 1000);
    const auto r = t.look(1000, 1000 + 25000);
    CHECK(r.idle == std::vector<Duration>{25s, 25s});
    CHECK(t.idle());
    // Idle: the next threshold is 275 s away, but input can only be seen by looking: look again in 30 s.
    CHECK(r.next_look == kIdleRecheck);
}

TEST_CASE("windows idle: input after a reported stretch is active once, then the stretch starts afresh") {
    IdleTracker t;
    t.set_thresholds({5s, 20s});
    t.look(1000, 1000);
    CHECK(t.look(1000, 7000).idle.size() == 1);
    const auto back = t.look(9000, 9500);
    CHECK(back.active);
    CHECK(back.idle.empty());
    CHECK(back.next_look == 4500ms);
    CHECK_FALSE(t.look(9600, 9700).active); // input again, but no idle was reported in between
    CHECK(t.look(9600, 9600 + 5000).idle == std::vector<Duration>{5s});
}

TEST_CASE("windows idle: input without a reported threshold is not active, the timer follows the last input") {
    IdleTracker t;
    t.set_thresholds({5s});
    t.look(1000, 1000);
    const auto r = t.look(5500, 6000);
    CHECK_FALSE(r.active);
    CHECK(r.idle.empty());
    CHECK(r.next_look == 4500ms);
}

TEST_CASE("windows idle: the 32-bit tick counter wraps (49.7 days) without a false idle or active") {
    IdleTracker t;
    t.set_thresholds({5s});
    const std::uint32_t before_wrap = 0xFFFFF000u; // 4096 ms before the wrap
    t.look(before_wrap, before_wrap);
    const auto r = t.look(before_wrap, 2000); // 6096 ms later, after the wrap
    CHECK(r.idle == std::vector<Duration>{6096ms});
}

TEST_CASE("windows idle: new thresholds do not repeat those the current stretch already passed") {
    IdleTracker t;
    t.set_thresholds({5s, 20s});
    t.look(1000, 1000);
    CHECK(t.look(1000, 31000).idle.size() == 2);
    t.set_thresholds({10s, 20s, 60s});
    const auto r = t.look(1000, 32000);
    CHECK(r.idle.empty());
    CHECK(r.next_look == 29s); // the 60 s threshold comes before the 30 s recheck
    CHECK(t.look(1000, 62000).idle == std::vector<Duration>{61s});
}

TEST_CASE("windows idle: no thresholds, no timer") {
    IdleTracker t;
    CHECK(t.look(1000, 2000).next_look == Duration::max());
}

TEST_CASE("windows idle: budget: an idle user with no break near costs at most 2 wake-ups a minute") {
    Sim s;
    s.tracker.set_thresholds({5s, 20s, 300s}); // the app's: 5 s, micro-break and rest-break lengths
    s.look();
    s.run_until(1000 + 60000); // the first minute crosses 5 s and 20 s
    CHECK(s.idles.size() == 2);
    const int first_minute = s.looks;
    s.run_until(1000 + 4 * 60000); // three more idle minutes
    CHECK(s.looks - first_minute <= 3 * 2);
    CHECK(s.actives == 0);
    // The user comes back: noticed at the next look, at most 30 s late.
    s.run_until(1000 + 5 * 60000, {1000 + 4 * 60000 + 1000});
    CHECK(s.actives == 1);
}

TEST_CASE("windows idle: a typing user is looked at once per gap of the shortest threshold, never idle") {
    Sim s;
    s.tracker.set_thresholds({5s, 20s, 300s});
    s.look();
    std::vector<std::uint32_t> keys;
    for (std::uint32_t t = 1000; t < 1000 + 60000; t += 1000)
        keys.push_back(t);
    s.run_until(1000 + 60000, keys);
    CHECK(s.idles.empty());
    CHECK(s.looks <= 60 / 4 + 1); // each look re-arms for last input + 5 s
}
