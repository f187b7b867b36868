#pragma once
// Timeline tests in the style of Workrave's: expect(at, effect), advance the virtual clock, verify.
// The clock is stepped the way the app's driver steps it: from deadline to deadline.
#include "core/engine.h"
#include "core/local_time.h"

#include <doctest/doctest.h>

#include <memory>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

namespace respite::test {

using namespace std::chrono_literals;

/// A local time "HH:MM[:SS]" on the timeline's first day, or "YYYY-MM-DD HH:MM[:SS]".
LocalInstant parse_local(std::string_view text, date::local_days first_day);
/// "2026-11-23 09:20:00 (+01:00)"-style text for messages.
std::string describe(const LocalTime& local, WallTime at);

/// One engine on a virtual clock.
class Timeline {
public:
    /// Starts at `start` local time ("YYYY-MM-DD HH:MM") in `zone`; 2026-11-23 is a Monday.
    explicit Timeline(Settings settings = {}, std::string zone = "Europe/Berlin",
                      std::string_view start = "2026-11-23 08:00");

    /// The wall instant of a local time (see parse_local).
    WallTime at(std::string_view local) const;
    /// Now on the virtual clock.
    WallTime wall() const { return now_.wall; }
    /// Advances the awake clock by `d`, stepping through the engine's deadlines.
    void advance(Duration d);
    /// Advances to a local time.
    void advance_to(std::string_view local);
    /// Sends an event now.
    void event(const Event& e);
    /// Presence changes now.
    void presence(Presence p, Duration began_ago = {});
    /// The machine sleeps for `d` (wall and since_boot move, awake does not), with no event.
    void sleep(Duration d);
    /// The wall clock jumps by `d` (a clock change, not time away).
    void jump_clock(Duration d);
    /// Replaces the engine by one restored from its snapshot (same instant).
    void restart();
    /// Restarts after the app was off for `off` (a new boot: since_boot restarts).
    void restart_after(Duration off);
    /// Restarts after `off` with other settings (the config file changed while the app was off).
    void restart_with(Settings settings, Duration off);
    /// The user's zone changes (travel); the engine sees it on its next computation.
    void set_zone(std::string zone) { zone_ = std::move(zone); }
    /// Expects an effect at a local time.
    void expect(std::string_view local, EffectKind kind, std::optional<BreakKind> brk = {});
    /// Does not report effects of this kind as unexpected.
    void ignore(EffectKind kind) { ignored_.insert(kind); }
    /// Checks expectations: every expected effect happened at its time; nothing else (not ignored) happened.
    void verify();
    /// Everything recorded so far.
    const std::vector<Effect>& effects() const { return effects_; }
    /// Recorded effects of one kind.
    std::vector<Effect> of(EffectKind kind) const;
    /// The engine.
    Engine& engine() { return *engine_; }
    /// The engine's status now.
    Status status() const { return engine_->status(); }
    /// The local time zone.
    const LocalTime& local() const { return *local_; }
    /// The virtual clocks now.
    Now now() const { return now_; }

private:
    void record(std::vector<Effect> fx);
    Settings settings_;
    std::string zone_;
    std::unique_ptr<LocalTime> local_;
    date::local_days first_day_{};
    Now now_{};
    std::unique_ptr<Engine> engine_;
    std::vector<Effect> effects_;
    struct Expected {
        WallTime at;
        EffectKind kind;
        std::optional<BreakKind> brk;
    };
    std::vector<Expected> expected_;
    std::set<EffectKind> ignored_{EffectKind::new_day};
};

} // namespace respite::test
