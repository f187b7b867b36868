// The effect router behind the real engine and driver (not started: the test is the engine thread, the GUI runs
// inline): one window at a time in the order the engine decides, what a break the user asked for offers, what a
// control client is answered instead of shown, and the status as the truth about the windows.
#include "app/driver.h"
#include "app/effect_router.h"
#include "effect_router_rig.h"

#include "ui/messages.h"
#include "ui/refusal_text.h"

#include <doctest/doctest.h>

#include <algorithm>
#include <memory>

using namespace respite;
using namespace respite::test;
using namespace std::chrono_literals;
using Sender = app::EngineDriver::Sender;

namespace {
// One break kind, no heads-ups, every day a workday ending at 23:00 (UTC).
Settings plain() {
    Settings s;
    s.micro_break = {true, 20min, 20s};
    s.rest_break.enabled = false;
    s.prompts.heads_up = {};
    s.workday.days = {true, true, true, true, true, true, true};
    s.workday.end = 23h;
    s.workday.cutoff_heads_up = {};
    s.workday.overtime_reminder_every = {};
    s.workday.weekly_overtime_cap = {};
    return s;
}

// The router fed by an EngineDriver on a virtual clock, as RespiteApp wires them (Monday 2026-11-23, UTC).
struct EngineRig : RouterRig {
    Now now;
    std::unique_ptr<app::EngineDriver> driver;

    explicit EngineRig(Settings s, Duration start = 9h + 41min) {
        settings = s;
        now.awake = now.since_boot = 1h;
        now.wall = WallTime{std::chrono::sys_days{std::chrono::year{2026} / 11 / 23}} + start;
        app::EngineDriver::Sinks sinks{
            [this](const std::vector<Effect>& effects, const Status& status) { router.on_effects(effects, status); },
            [this](const Status& status) { router.on_status(status); }};
        driver = std::make_unique<app::EngineDriver>(
            settings, make_tz_local_time("UTC"), [this] { return now; }, [](auto fn) { fn(); }, std::move(sinks));
    }
    // Steps the clock from deadline to deadline, as the driver's timer does.
    void advance(Duration d) {
        const WallTime target = now.wall + d;
        for (auto deadline = driver->engine().next_deadline(); deadline && *deadline <= target;
             deadline = driver->engine().next_deadline()) {
            step(std::max(Duration::zero(), *deadline - now.wall));
            driver->advance_now();
        }
        step(target - now.wall);
        driver->advance_now();
    }
    void advance_to(Duration time_of_day) {
        advance(WallTime{std::chrono::sys_days{std::chrono::year{2026} / 11 / 23}} + time_of_day - now.wall);
    }
    void handle(const Event& e, Sender sender = Sender::gui) { driver->handle_now(e, sender); }
    // What the router sent reaches the engine (the driver's queue, run after the GUI task that posted it).
    void deliver_posted() {
        auto events = std::exchange(posted, {});
        for (const auto& e : events)
            handle(e);
    }
    std::size_t count(const std::string& call) const {
        return std::count(windows.log.begin(), windows.log.end(), call);
    }

private:
    void step(Duration d) {
        now.awake += d;
        now.since_boot += d;
        now.wall += d;
    }
};
} // namespace

TEST_CASE("the cutoff dialog does not cover a running break: it comes once the break window closed") {
    Settings s = plain();
    s.workday.end = 10h;
    EngineRig rig(s);
    rig.advance_to(10h);
    REQUIRE(rig.windows.cutoff);
    rig.windows.cutoff.reset(); // Wrap up: the dialog closes itself and snoozes the cutoff
    rig.handle(ev::SnoozeCutoff{1min});
    rig.advance_to(10h + 1min);
    REQUIRE(rig.windows.brk); // the micro-break, prompted as the snooze ends
    rig.handle(ev::PresenceChanged{Presence::idle, {}});
    rig.advance(10s);
    CHECK(rig.windows.brk);
    CHECK_FALSE(rig.windows.cutoff); // held while the break window is up
    CHECK(rig.count("show_cutoff") == 1);
    rig.advance(15s);
    CHECK_FALSE(rig.windows.brk);
    REQUIRE(rig.windows.cutoff);
    const auto& log = rig.windows.log;
    const auto last_close = std::find(log.rbegin(), log.rend(), "close_break").base();
    const auto last_cutoff = std::find(log.rbegin(), log.rend(), "show_cutoff").base();
    CHECK(last_close < last_cutoff);
    CHECK(rig.sound.played == std::vector<SoundId>{SoundId::break_over});
}

TEST_CASE("a break the user asked for maps one window, once, offering End break, not Skip or Postpone") {
    for (const bool strict : {false, true}) {
        CAPTURE(strict);
        Settings s = plain();
        s.prompts.strict = strict;
        EngineRig rig(s);
        rig.advance(1min);
        const int skips = rig.router.status().skips_left;
        rig.handle(ev::StartBreak{BreakKind::rest});
        CHECK(rig.windows.log == std::vector<std::string>{"show_break rest"});
        REQUIRE(rig.windows.brk);
        CHECK(rig.windows.brk->can_end);
        CHECK_FALSE(rig.windows.brk->can_skip);
        CHECK_FALSE(rig.windows.brk->can_postpone);
        CHECK_FALSE(rig.windows.brk->can_present);
        rig.handle(ev::Skip{}); // End break (RespiteApp's BreakActions::end_break)
        CHECK_FALSE(rig.windows.brk);
        CHECK(rig.router.status().skips_left == skips);
        CHECK(rig.notifier.shown.empty());
    }
}

TEST_CASE("a due break offers Skip and Postpone, or in strict mode only I'm presenting") {
    for (const bool strict : {false, true}) {
        CAPTURE(strict);
        Settings s = plain();
        s.prompts.strict = strict;
        EngineRig rig(s);
        rig.advance(20min);
        REQUIRE(rig.windows.brk);
        CHECK_FALSE(rig.windows.brk->can_end);
        CHECK(rig.windows.brk->can_skip == !strict);
        CHECK(rig.windows.brk->can_postpone == !strict);
        CHECK(rig.windows.brk->can_present == strict);
    }
}

TEST_CASE("a refusal or focus start asked for from the CLI is answered there, not also notified") {
    EngineRig rig(plain());
    rig.handle(ev::Resume{}, Sender::control_client);
    rig.handle(ev::FocusStart{}, Sender::control_client);
    CHECK(rig.notifier.shown.empty());
    CHECK(rig.windows.popups.empty());
    rig.handle(ev::FocusStop{}, Sender::control_client);
    // The same from the tray is shown.
    rig.handle(ev::Resume{});
    REQUIRE(rig.notifier.shown.size() == 1);
    CHECK(rig.notifier.shown[0].tag == "refused");
    CHECK(rig.notifier.shown[0].body == ui::refusal_text(Refusal::not_paused));
    rig.handle(ev::FocusStart{});
    REQUIRE(rig.notifier.shown.size() == 2);
    CHECK(rig.notifier.shown[1].tag == "focus");
}

TEST_CASE("with a backend that sees no input, an open break window stands in for idle so its countdown runs") {
    EngineRig rig(plain());
    rig.idle.sees_no_input = true;
    rig.handle(ev::StartBreak{BreakKind::micro});
    REQUIRE(rig.posted.size() == 1);
    CHECK(std::get<ev::PresenceChanged>(rig.posted[0]).presence == Presence::idle);
    rig.deliver_posted();
    rig.advance(21s);
    CHECK_FALSE(rig.windows.brk);
    REQUIRE(rig.posted.size() == 1); // released once as the window closed
    CHECK(std::get<ev::PresenceChanged>(rig.posted[0]).presence == Presence::active);

    EngineRig seen(plain()); // a backend that reports idle itself: the app posts nothing
    seen.handle(ev::StartBreak{BreakKind::micro});
    seen.advance(21s);
    CHECK(seen.posted.empty());
    CHECK(seen.windows.brk); // the user is active: the countdown waits
}

TEST_CASE("the status is the truth about the windows: a restored prompt or session opens, a gone one closes") {
    RouterRig rig;
    Status s;
    s.prompt = BreakKind::rest;
    s.break_length = s.break_left = 5min;
    rig.router.on_status(s);
    REQUIRE(rig.windows.brk);
    CHECK(rig.windows.brk->kind == BreakKind::rest);
    rig.router.on_status(Status{});
    CHECK_FALSE(rig.windows.brk);

    Status breathing;
    breathing.breathing = true;
    breathing.breathing_left = 2min;
    rig.router.on_status(breathing);
    REQUIRE(rig.windows.breath);
    CHECK(rig.windows.breath->length == 2min);
    rig.router.on_status(Status{}); // ended elsewhere (the CLI): the window closes, asking the engine nothing
    CHECK_FALSE(rig.windows.breath);
    CHECK(rig.posted.empty());
}

TEST_CASE("a breathing window closed early ends the session once and is not reopened by a status in between") {
    RouterRig rig;
    rig.router.on_effects({effect(EffectKind::breathing_started, std::nullopt, 3min)}, Status{});
    rig.windows.user_closes_breathing(false);
    REQUIRE(rig.posted.size() == 1);
    CHECK(std::holds_alternative<ev::StopBreathing>(rig.posted[0]));
    Status still;
    still.breathing = true;
    still.breathing_left = 2min;
    rig.router.on_status(still); // the engine has not seen the stop yet
    CHECK_FALSE(rig.windows.breath);
    rig.router.on_effects({effect(EffectKind::breathing_finished, std::nullopt, 1min)}, Status{});
    rig.router.on_status(still); // a new session (from the CLI) reopens it
    CHECK(rig.windows.breath);
    CHECK(rig.posted.size() == 1);
}

TEST_CASE("a window that fails to open does not lose the rest of the batch or the status") {
    RouterRig rig;
    rig.windows.cutoff_fails = "no display";
    Effect overtime = effect(EffectKind::overtime_reminder, std::nullopt, 40min);
    Status after;
    after.after_hours = true;
    rig.router.on_effects({effect(EffectKind::cutoff), overtime}, after);
    CHECK(rig.notifier.shown.size() == 1);
    REQUIRE(rig.windows.statuses.size() == 1);
    CHECK(rig.windows.statuses[0].after_hours);
    CHECK(rig.router.status().after_hours);
}

TEST_CASE("settings changes, the welcome and app notices go through the same presenter and notifier") {
    RouterRig rig;
    Status s;
    s.focus_active = true;
    rig.router.on_status(s);
    rig.router.settings_changed();
    REQUIRE(rig.windows.statuses.size() == 2);
    CHECK(rig.windows.statuses[1].focus_active);
    rig.router.show_welcome({rig.settings, true, "/tmp/config.toml"});
    REQUIRE(rig.windows.welcomes.size() == 1);
    CHECK(rig.windows.welcomes[0].config_file == "/tmp/config.toml");
    rig.notifier.server = false;
    rig.router.notify("config", {"Your settings file has an error", "line 3"});
    REQUIRE(rig.windows.popups.size() == 1);
    CHECK(rig.windows.popups[0].body == "line 3");
    CHECK(rig.windows.popups[0].actions.empty());
}
