// The effect router, one effect kind at a time, with platform/fake ports and a fake window presenter: what each
// effect shows (notification, popup, sound, window) and what it closes. No X server, no wxApp.
#include "app/effect_router.h"
#include "effect_router_rig.h"

#include "ui/messages.h"
#include "ui/refusal_text.h"

#include <doctest/doctest.h>

using namespace respite;
using namespace respite::test;
using K = EffectKind;
using namespace std::chrono_literals;

namespace {
// What a status with a prompt up looks like to the router.
Status prompted(BreakKind kind, Reason reason = Reason::none) {
    Status s;
    s.prompt = kind;
    s.prompt_reason = reason;
    s.break_length = 20s;
    s.break_left = 15s;
    s.break_running = true;
    s.micro.postpones_left = 2;
    s.rest.postpones_left = 1;
    s.skips_left = 3;
    s.can_postpone = reason != Reason::user;
    s.can_skip = reason != Reason::user;
    return s;
}

// The status a breathing_started comes with.
Status breathing(Duration left) {
    Status s;
    s.breathing = true;
    s.breathing_left = left;
    return s;
}

// An effect of `kind` shows nothing and closes nothing: the tray follows the status and that is all.
void check_silent(EffectKind kind) {
    RouterRig rig;
    rig.router.on_status(prompted(BreakKind::micro));
    rig.windows.log.clear();
    rig.router.on_effects({effect(kind, BreakKind::micro)}, prompted(BreakKind::micro));
    CHECK(rig.notifier.shown.empty());
    CHECK(rig.notifier.closed.empty());
    CHECK(rig.windows.popups.empty());
    CHECK(rig.sound.played.empty());
    CHECK(rig.windows.log == std::vector<std::string>{"show_break micro"}); // the prompt, still up, refreshed
    CHECK(rig.windows.statuses.size() == 2);
}
} // namespace

// Every kind has its case below: adding a kind to EffectKind fails to compile here (-Wswitch, -Werror) until it has.
TEST_CASE("every effect kind is covered by a test case of this file") {
    const auto covered = [](EffectKind k) {
        switch (k) {
        case K::heads_up:
        case K::break_prompt:
        case K::break_started:
        case K::break_finished:
        case K::natural_break:
        case K::break_deferred:
        case K::break_postponed:
        case K::break_skipped:
        case K::break_cancelled:
        case K::break_folded:
        case K::presenting_escape:
        case K::action_refused:
        case K::cutoff_heads_up:
        case K::cutoff:
        case K::overtime_reminder:
        case K::overtime_cap_reached:
        case K::daily_limit:
        case K::pause_started:
        case K::pause_ended:
        case K::focus_started:
        case K::focus_ended:
        case K::breathing_started:
        case K::breathing_finished:
        case K::new_day:
        case K::sleep_detected:
        case K::clock_changed:
        case K::checkin_prompt:
        case K::checkin_answered:
        case K::reading_started:
        case K::reading_ended:
            return true;
        }
        return false;
    };
    for (int k = 0; k <= static_cast<int>(K::reading_ended); ++k)
        CHECK_MESSAGE(covered(static_cast<EffectKind>(k)), "effect kind " << k);
}

TEST_CASE("heads_up: checks the camera and notifies with Start now and Postpone, which reach the engine") {
    RouterRig rig;
    rig.router.on_effects({effect(K::heads_up, BreakKind::rest, 10s)}, Status{});
    CHECK(rig.busy.camera_checks == 1);
    REQUIRE(rig.notifier.shown.size() == 1);
    const Notification& n = rig.notifier.shown[0];
    CHECK(n.tag == "heads-up");
    CHECK(n.title == ui::heads_up_message(BreakKind::rest, 10s).title);
    REQUIRE(n.actions.size() == 2);
    CHECK(n.actions[0].label == ui::action_label("Start now"));
    CHECK(n.actions[1].label == ui::action_label("Postpone"));
    REQUIRE(rig.notifier.click("heads-up", n.actions[0].key));
    REQUIRE(rig.posted.size() == 1);
    CHECK(std::get<ev::StartBreak>(rig.posted[0]).kind == BreakKind::rest);

    rig.router.on_effects({effect(K::heads_up, BreakKind::micro, 10s)}, Status{});
    REQUIRE(rig.notifier.click("heads-up", rig.notifier.shown.back().actions[1].key));
    REQUIRE(rig.posted.size() == 2);
    CHECK(std::get<ev::Postpone>(rig.posted[1]).coming == BreakKind::micro);
    CHECK(rig.windows.popups.empty());
}

TEST_CASE("heads_up without a notification server: the popup shows it, with both buttons") {
    RouterRig rig;
    rig.notifier.server = false;
    rig.router.on_effects({effect(K::heads_up, BreakKind::micro, 10s)}, Status{});
    REQUIRE(rig.windows.popups.size() == 1);
    const ui::PopupMessage& p = rig.windows.popups[0];
    CHECK(p.title == ui::heads_up_message(BreakKind::micro, 10s).title);
    CHECK(p.body == ui::heads_up_message(BreakKind::micro, 10s).body);
    REQUIRE(p.actions.size() == 2);
    p.actions[1].run();
    REQUIRE(rig.posted.size() == 1);
    CHECK(std::holds_alternative<ev::Postpone>(rig.posted[0]));
}

TEST_CASE("heads_up on a server without buttons: the notification has none, and no popup doubles it") {
    RouterRig rig;
    rig.notifier.actions = false;
    rig.router.on_effects({effect(K::heads_up, BreakKind::micro, 10s)}, Status{});
    REQUIRE(rig.notifier.shown.size() == 1);
    CHECK(rig.notifier.shown[0].actions.empty());
    CHECK(rig.windows.popups.empty());
}

TEST_CASE("break_prompt: the heads-up goes, the window shows what the status offers") {
    RouterRig rig;
    rig.router.on_effects({effect(K::heads_up, BreakKind::micro, 10s)}, Status{});
    rig.router.on_effects({effect(K::break_prompt, BreakKind::micro)}, prompted(BreakKind::micro));
    CHECK(rig.notifier.closed == std::vector<std::string>{"heads-up"});
    CHECK(rig.notifier.visible.empty());
    REQUIRE(rig.windows.brk);
    const ui::BreakView& v = *rig.windows.brk;
    CHECK(v.kind == BreakKind::micro);
    CHECK(v.length == 20s);
    CHECK(v.done == 5s);
    CHECK(v.running);
    CHECK(v.postpones_left == 2);
    CHECK(v.skips_left == 3);
    CHECK(v.can_postpone);
    CHECK(v.can_skip);
    CHECK_FALSE(v.can_end);
    CHECK_FALSE(v.can_present);
}

TEST_CASE("break_started: the heads-up goes and the open window follows the status (running again)") {
    RouterRig rig;
    Status typing = prompted(BreakKind::rest);
    typing.break_running = false;
    rig.router.on_effects({effect(K::break_prompt, BreakKind::rest)}, typing);
    CHECK_FALSE(rig.windows.brk->running);
    CHECK(rig.windows.brk->postpones_left == 1); // the rest break's own counter
    rig.router.on_effects({effect(K::break_started, BreakKind::rest)}, prompted(BreakKind::rest));
    CHECK(rig.notifier.closed == std::vector<std::string>{"heads-up", "heads-up"});
    REQUIRE(rig.windows.brk);
    CHECK(rig.windows.brk->running);
}

TEST_CASE("break_finished: the window closes and the end-of-break sound plays, unless sounds are off") {
    RouterRig rig;
    rig.router.on_status(prompted(BreakKind::micro));
    rig.router.on_effects({effect(K::break_finished, BreakKind::micro)}, Status{});
    CHECK_FALSE(rig.windows.brk);
    CHECK(rig.sound.played == std::vector<SoundId>{SoundId::break_over});
    rig.settings.notifications.sound = false;
    rig.router.on_status(prompted(BreakKind::micro));
    rig.router.on_effects({effect(K::break_finished, BreakKind::micro)}, Status{});
    CHECK_FALSE(rig.windows.brk);
    CHECK(rig.sound.played.size() == 1);
}

TEST_CASE("natural_break: shows nothing") {
    check_silent(K::natural_break);
}

TEST_CASE("break_deferred: shows nothing (the tray says it waits)") {
    check_silent(K::break_deferred);
}

TEST_CASE("break_postponed: the heads-up and the break window close, silently") {
    RouterRig rig;
    rig.router.on_status(prompted(BreakKind::micro));
    rig.router.on_effects({effect(K::break_postponed, BreakKind::micro)}, Status{});
    CHECK(rig.notifier.closed == std::vector<std::string>{"heads-up"});
    CHECK_FALSE(rig.windows.brk);
    CHECK(rig.sound.played.empty());
    CHECK(rig.notifier.shown.empty());
}

TEST_CASE("break_skipped: the window closes without a sound") {
    RouterRig rig;
    rig.router.on_status(prompted(BreakKind::rest));
    rig.router.on_effects({effect(K::break_skipped, BreakKind::rest)}, Status{});
    CHECK_FALSE(rig.windows.brk);
    CHECK(rig.sound.played.empty());
}

TEST_CASE("break_cancelled: the window closes") {
    RouterRig rig;
    rig.router.on_status(prompted(BreakKind::micro));
    rig.router.on_effects({effect(K::break_cancelled, BreakKind::micro)}, Status{});
    CHECK_FALSE(rig.windows.brk);
    CHECK(rig.windows.log.back() == "close_break");
}

TEST_CASE("break_folded: shows nothing") {
    check_silent(K::break_folded);
}

TEST_CASE("presenting_escape: the window closes") {
    RouterRig rig;
    rig.settings.prompts.strict = true;
    rig.router.on_status(prompted(BreakKind::rest));
    CHECK(rig.windows.brk->can_present);
    rig.router.on_effects({effect(K::presenting_escape, BreakKind::rest)}, Status{});
    CHECK_FALSE(rig.windows.brk);
}

TEST_CASE("action_refused: a notification names what was refused") {
    RouterRig rig;
    Effect refused = effect(K::action_refused, BreakKind::micro);
    refused.refusal = Refusal::no_skips_left;
    rig.router.on_effects({refused}, Status{});
    REQUIRE(rig.notifier.shown.size() == 1);
    CHECK(rig.notifier.shown[0].tag == "refused");
    CHECK(rig.notifier.shown[0].title == "Not allowed right now");
    CHECK(rig.notifier.shown[0].body == ui::refusal_text(Refusal::no_skips_left));
    rig.router.on_effects({effect(K::action_refused)}, Status{});
    CHECK(rig.notifier.shown.at(1).body == "This action is not allowed now.");
}

TEST_CASE("cutoff_heads_up: a notification tagged cutoff") {
    RouterRig rig;
    rig.router.on_effects({effect(K::cutoff_heads_up, std::nullopt, 10min)}, Status{});
    REQUIRE(rig.notifier.shown.size() == 1);
    CHECK(rig.notifier.shown[0].tag == "cutoff");
    CHECK(rig.notifier.shown[0].title == ui::cutoff_heads_up_message(10min).title);
    CHECK(rig.windows.log.empty());
}

TEST_CASE("cutoff: its heads-up goes and the dialog shows the workday's end, late when shown on return") {
    RouterRig rig;
    rig.settings.workday.end = 17h;
    rig.router.on_effects({effect(K::cutoff_heads_up, std::nullopt, 10min)}, Status{});
    rig.router.on_effects({effect(K::cutoff)}, Status{});
    CHECK(rig.notifier.closed == std::vector<std::string>{"cutoff"});
    REQUIRE(rig.windows.cutoff);
    CHECK(rig.windows.cutoff->end == 17h);
    CHECK_FALSE(rig.windows.cutoff->late);
    Effect late = effect(K::cutoff);
    late.reason = Reason::late;
    rig.router.on_effects({late}, Status{});
    CHECK(rig.windows.cutoff->late);
}

TEST_CASE("checkin_prompt: opens the check-in window, checkin_answered closes it") {
    RouterRig rig;
    rig.router.on_effects({effect(K::checkin_prompt)}, Status{});
    CHECK(rig.windows.checkin);
    CHECK(rig.windows.log == std::vector<std::string>{"show_checkin"});
    CHECK(rig.notifier.shown.empty());
    Effect answered = effect(K::checkin_answered);
    answered.feeling = Feeling::calm;
    rig.router.on_effects({answered}, Status{});
    CHECK_FALSE(rig.windows.checkin);
    CHECK(rig.posted.empty()); // the answer came from the engine: nothing goes back
}

TEST_CASE("overtime_reminder: escalates with each reminder of the day") {
    RouterRig rig;
    Effect e = effect(K::overtime_reminder, std::nullopt, 40min);
    e.total = 2h;
    rig.router.on_effects({e, e}, Status{});
    REQUIRE(rig.notifier.shown.size() == 2);
    CHECK(rig.notifier.shown[0].tag == "overtime");
    CHECK(rig.notifier.shown[0].body == ui::overtime_message(40min, 2h, 1).body);
    CHECK(rig.notifier.shown[1].body == ui::overtime_message(40min, 2h, 2).body);
    CHECK(rig.notifier.shown[0].title != rig.notifier.shown[1].title);
}

TEST_CASE("overtime_cap_reached: a notification naming the week's overtime") {
    RouterRig rig;
    Effect e = effect(K::overtime_cap_reached);
    e.total = 5h;
    rig.router.on_effects({e}, Status{});
    REQUIRE(rig.notifier.shown.size() == 1);
    CHECK(rig.notifier.shown[0].tag == "overtime");
    CHECK(rig.notifier.shown[0].body == ui::overtime_cap_message(5h).body);
}

TEST_CASE("daily_limit: a notification naming today's screen time") {
    RouterRig rig;
    rig.router.on_effects({effect(K::daily_limit, std::nullopt, 6h)}, Status{});
    REQUIRE(rig.notifier.shown.size() == 1);
    CHECK(rig.notifier.shown[0].tag == "daily-limit");
    CHECK(rig.notifier.shown[0].body == ui::daily_limit_message(6h).body);
}

TEST_CASE("pause_started: the cutoff dialog closes (Done for today)") {
    RouterRig rig;
    rig.router.on_effects({effect(K::cutoff)}, Status{});
    REQUIRE(rig.windows.cutoff);
    rig.router.on_effects({effect(K::pause_started)}, Status{});
    CHECK_FALSE(rig.windows.cutoff);
    CHECK(rig.notifier.shown.empty());
}

TEST_CASE("pause_ended: shows nothing") {
    check_silent(K::pause_ended);
}

TEST_CASE("focus_started: a notification says how long the focus lasts") {
    RouterRig rig;
    rig.settings.focus.work = 25min;
    rig.router.on_effects({effect(K::focus_started)}, Status{});
    REQUIRE(rig.notifier.shown.size() == 1);
    CHECK(rig.notifier.shown[0].tag == "focus");
    CHECK(rig.notifier.shown[0].title == "Focus session started");
    CHECK(rig.notifier.shown[0].body == ui::format_duration(25min) + " of focus; micro-breaks wait until it ends.");
}

TEST_CASE("focus_ended: shows nothing") {
    check_silent(K::focus_ended);
}

TEST_CASE("breathing_started: the window follows the settings, a one-shot pattern and Quick meditation") {
    RouterRig rig;
    rig.router.on_effects({effect(K::breathing_started, std::nullopt, 3min)}, breathing(3min));
    REQUIRE(rig.windows.breath);
    CHECK(rig.windows.breath->length == 3min);
    CHECK(rig.windows.breath->pattern == rig.settings.breathing.pattern);
    CHECK_FALSE(rig.windows.breath->quick_meditation);

    rig.router.use_pattern(BreathingPattern::coherent);
    rig.router.use_pattern_once(BreathingPattern::four_seven_eight);
    rig.router.next_is_quick_meditation();
    rig.router.on_effects({effect(K::breathing_started, std::nullopt, 1min)}, breathing(1min));
    CHECK(rig.windows.breath->pattern == BreathingPattern::four_seven_eight);
    CHECK(rig.windows.breath->quick_meditation);
    rig.router.on_effects({effect(K::breathing_started, std::nullopt, 1min)}, breathing(1min));
    CHECK(rig.windows.breath->pattern == BreathingPattern::coherent); // the one-shot pattern is spent
    CHECK_FALSE(rig.windows.breath->quick_meditation);
}

TEST_CASE("breathing_finished: the session ends in its window, which asks the engine for nothing") {
    RouterRig rig;
    rig.router.on_effects({effect(K::breathing_started, std::nullopt, 1min)}, breathing(1min));
    REQUIRE(rig.windows.breath);
    rig.windows.breath_ran_length = false; // the window closes as the session ends
    rig.router.on_effects({effect(K::breathing_finished, std::nullopt, 20s)}, Status{});
    CHECK(rig.windows.log.back() == "end_breathing_session");
    CHECK_FALSE(rig.windows.breath);
    CHECK(rig.posted.empty()); // no StopBreathing for a session the engine already ended
}

TEST_CASE("new_day: the overtime reminders start gentle again") {
    RouterRig rig;
    Effect e = effect(K::overtime_reminder, std::nullopt, 40min);
    e.total = 2h;
    rig.router.on_effects({e, e, effect(K::new_day), e}, Status{});
    REQUIRE(rig.notifier.shown.size() == 3);
    CHECK(rig.notifier.shown[2].body == ui::overtime_message(40min, 2h, 1).body);
    CHECK(rig.windows.log.empty());
}

TEST_CASE("sleep_detected: shows nothing") {
    check_silent(K::sleep_detected);
}

TEST_CASE("clock_changed: shows nothing") {
    check_silent(K::clock_changed);
}

TEST_CASE("reading_started, and reading_ended by the user or an inhibitor: show nothing (the status carries it)") {
    check_silent(K::reading_started);
    for (const Reason reason : {Reason::user, Reason::inhibitor, Reason::settings}) {
        RouterRig rig;
        Effect e = effect(K::reading_ended);
        e.reason = reason;
        rig.router.on_effects({e}, Status{});
        CHECK(rig.notifier.shown.empty());
        CHECK(rig.windows.popups.empty());
        CHECK(rig.windows.log.empty());
    }
}

TEST_CASE("reading_ended by itself (limit, cutoff, new day): a calm notification says why") {
    RouterRig rig;
    rig.settings.activity_reading_max = 2h;
    for (const Reason reason : {Reason::limit, Reason::cutoff, Reason::new_day}) {
        Effect e = effect(K::reading_ended);
        e.reason = reason;
        rig.router.on_effects({e}, Status{});
    }
    REQUIRE(rig.notifier.shown.size() == 3);
    for (const auto& n : rig.notifier.shown) {
        CHECK(n.tag == "reading");
        CHECK(n.title == "Reading mode ended");
        CHECK(n.actions.empty());
    }
    CHECK(rig.notifier.shown[0].body.find("after 2 h") != std::string::npos);
    CHECK(rig.notifier.shown[1].body.find("at the end of your workday") != std::string::npos);
    CHECK(rig.notifier.shown[2].body.find("new day") != std::string::npos);
    CHECK(rig.notifier.shown[0].body == ui::reading_ended_message(Reason::limit, 2h).body);
    CHECK(rig.windows.popups.empty());
}

TEST_CASE("reading_ended by itself without a notification server: the popup says it") {
    RouterRig rig;
    rig.notifier.server = false;
    Effect e = effect(K::reading_ended);
    e.reason = Reason::limit;
    rig.router.on_effects({e}, Status{});
    REQUIRE(rig.windows.popups.size() == 1);
    CHECK(rig.windows.popups[0].title == "Reading mode ended");
}
