#include "app/effect_router.h"
#include "app/trace.h"

#include "platform/busy_monitor.h"
#include "platform/idle_monitor.h"
#include "platform/notifier.h"
#include "platform/sound.h"
#include "ui/messages.h"
#include "ui/refusal_text.h"

#include <wx/intl.h>

#include <algorithm>
#include <chrono>
#include <iostream>
#include <stdexcept>

namespace respite::app {

namespace {
std::string utf8(const wxString& s) {
    return std::string(s.utf8_str());
}
} // namespace

EffectRouter::EffectRouter(Ports ports, const Settings& settings) : ports_(std::move(ports)), settings_(settings) {
    if (!ports_.windows || !ports_.post)
        throw std::invalid_argument("EffectRouter: a window presenter and a way to the engine are required");
}

void EffectRouter::on_effects(const std::vector<Effect>& effects, const Status& status) {
    // The status these effects produced comes with them: every window below is built from it, never from a stale one.
    status_ = status;
    for (const auto& effect : effects) {
        try {
            on_effect(effect);
        } catch (const std::exception& e) {
            std::cerr << "respite: while showing " << to_string(effect.kind) << ": " << e.what() << "\n";
        }
    }
    on_status(status);
}

void EffectRouter::on_effect(const Effect& e) {
    const BreakKind brk = e.brk.value_or(BreakKind::micro);
    // bench/footprint.sh measures from the engine's prompt instant to the window's map.
    if (tracing() && e.kind == EffectKind::break_prompt)
        trace("break_prompt at_ms=" +
              std::to_string(std::chrono::duration_cast<std::chrono::milliseconds>(e.at.time_since_epoch()).count()));
    switch (e.kind) {
    case EffectKind::heads_up:
        // A video call defers the coming break: the camera scan runs now (off this thread), so the engine knows
        // the user is busy before the break falls due and defers it instead of prompting.
        if (ports_.busy)
            ports_.busy->check_camera();
        notify("heads-up", ui::heads_up_message(brk, e.duration),
               {{ui::action_label("Start now"), [this, brk] { ports_.post(ev::StartBreak{brk}); }},
                {ui::action_label("Postpone"), [this, brk] { ports_.post(ev::Postpone{brk}); }}});
        break;
    case EffectKind::break_prompt:
    case EffectKind::break_started:
        if (ports_.notifier)
            ports_.notifier->close("heads-up");
        break; // the window follows the status (sync_windows)
    case EffectKind::break_postponed:
        if (ports_.notifier)
            ports_.notifier->close("heads-up");
        [[fallthrough]];
    case EffectKind::break_finished:
    case EffectKind::break_skipped:
    case EffectKind::break_cancelled:
    case EffectKind::presenting_escape:
        ports_.windows->close_break();
        hold_idle_for_break(false);
        if (e.kind == EffectKind::break_finished && ports_.sound && settings_.notifications.sound)
            ports_.sound->play(SoundId::break_over);
        break;
    case EffectKind::action_refused:
        notify("refused", {utf8(_("Not allowed right now")),
                           e.refusal ? ui::refusal_text(*e.refusal) : utf8(_("This action is not allowed now."))});
        break;
    case EffectKind::breathing_started: {
        auto plan = ui::plan_from_settings(settings_.breathing, e.duration);
        if (auto pattern = next_pattern_ ? next_pattern_ : session_pattern_)
            plan = ui::with_pattern(plan, *pattern);
        next_pattern_.reset();
        plan.quick_meditation = std::exchange(next_quick_meditation_, false);
        breathing_stop_sent_ = false;
        ports_.windows->show_breathing(plan);
        break;
    }
    case EffectKind::breathing_finished:
        closing_breathing_ = true;
        ports_.windows->end_breathing_session(); // a completed session keeps its window, with a kind word
        closing_breathing_ = false;
        breathing_stop_sent_ = false;
        break;
    case EffectKind::cutoff_heads_up:
        notify("cutoff", ui::cutoff_heads_up_message(e.duration));
        break;
    case EffectKind::cutoff: {
        // The engine sends it only once no break window is up (one window at a time).
        if (ports_.notifier)
            ports_.notifier->close("cutoff");
        ui::CutoffView view;
        view.end = settings_.workday.end;
        view.late = e.reason == Reason::late;
        ports_.windows->show_cutoff(view);
        break;
    }
    case EffectKind::checkin_prompt:
        // The engine asks only with no break window, breathing, busy stretch or pause (one window at a time).
        ports_.windows->show_checkin();
        break;
    case EffectKind::checkin_answered:
        ports_.windows->close_checkin(); // answered elsewhere (another client): the window has nothing left to ask
        break;
    case EffectKind::overtime_reminder:
        notify("overtime", ui::overtime_message(e.duration, e.total, ++overtime_nth_));
        break;
    case EffectKind::overtime_cap_reached:
        notify("overtime", ui::overtime_cap_message(e.total));
        break;
    case EffectKind::daily_limit:
        notify("daily-limit", ui::daily_limit_message(e.duration));
        break;
    case EffectKind::new_day:
        overtime_nth_ = 0;
        break;
    case EffectKind::pause_started:
        ports_.windows->close_cutoff();
        break;
    case EffectKind::reading_ended:
        // Ended by itself: said calmly once, so idle time turning into rest again is no surprise.
        if (e.reason == Reason::limit || e.reason == Reason::cutoff || e.reason == Reason::new_day)
            notify("reading", ui::reading_ended_message(e.reason, settings_.activity_reading_max));
        break;
    case EffectKind::focus_started:
        // Feedback that the click took: the menu is closed by then and the icon does not change.
        notify("focus", {utf8(_("Focus session started")),
                         utf8(wxString::Format(_("%s of focus; micro-breaks wait until it ends."),
                                               wxString::FromUTF8(ui::format_duration(settings_.focus.work))))});
        break;
    // Shown through the status alone (tray line, windows) or not at all.
    case EffectKind::natural_break:
    case EffectKind::break_deferred:
    case EffectKind::break_folded:
    case EffectKind::pause_ended:
    case EffectKind::focus_ended:
    case EffectKind::sleep_detected:
    case EffectKind::clock_changed:
    // Reading mode: the tray's toggle follows the status; turned on, or off by the user or an inhibitor, says no more.
    case EffectKind::reading_started:
        break;
    }
}

void EffectRouter::on_status(const Status& status) {
    status_ = status;
    ports_.windows->show_status(status_, settings_);
    sync_windows();
}

void EffectRouter::settings_changed() {
    ports_.windows->show_status(status_, settings_);
}

// The status is the truth about the windows: a prompt or a breathing session never exists without its window
// (one restored after a restart is shown again), and no window outlives what it shows.
void EffectRouter::sync_windows() {
    WindowPresenter& w = *ports_.windows;
    if (status_.prompt) {
        show_break();
    } else {
        if (w.break_visible())
            w.close_break();
        hold_idle_for_break(false);
    }
    if (status_.breathing && !w.breathing_visible() && !breathing_stop_sent_ &&
        status_.breathing_left > Duration::zero()) {
        auto plan = ui::plan_from_settings(settings_.breathing, status_.breathing_left);
        if (session_pattern_)
            plan = ui::with_pattern(plan, *session_pattern_);
        w.show_breathing(plan);
    } else if (!status_.breathing && w.breathing_in_session()) {
        close_breathing();
    }
}

void EffectRouter::close_breathing() {
    closing_breathing_ = true;
    ports_.windows->close_breathing();
    closing_breathing_ = false;
}

// The always-present backend never reports idle, so a break's countdown (which runs while the user is idle)
// would never start: while a break window is open, the app stands in for the idle report.
void EffectRouter::hold_idle_for_break(bool window_open) {
    if (!ports_.idle || !ports_.idle->always_present() || window_open == idle_held_)
        return;
    idle_held_ = window_open;
    ports_.post(ev::PresenceChanged{window_open ? Presence::idle : Presence::active, {}});
}

// Everything the window shows and offers comes from the engine's status.
void EffectRouter::show_break() {
    ui::BreakView view;
    view.kind = status_.prompt.value_or(BreakKind::micro);
    view.length = status_.break_length;
    view.done = std::clamp(status_.break_length - status_.break_left, Duration::zero(), status_.break_length);
    view.running = status_.break_running;
    view.strict = settings_.prompts.strict;
    const BreakStatus& counter = view.kind == BreakKind::rest ? status_.rest : status_.micro;
    view.postpones_left = counter.postpones_left;
    view.skips_left = status_.skips_left;
    view.can_end = status_.prompt_reason == Reason::user;
    view.can_postpone = status_.can_postpone;
    view.can_skip = status_.can_skip;
    view.can_present = view.strict && !view.can_end;
    ports_.windows->show_break(view);
    hold_idle_for_break(true);
}

void EffectRouter::notify(const std::string& tag, const ui::MessageText& text, std::vector<Action> actions) {
    if (Notifier* notifier = ports_.notifier; notifier && notifier->available()) {
        Notification n;
        n.tag = tag;
        n.title = text.title;
        n.body = text.body;
        if (notifier->supports_actions())
            for (std::size_t i = 0; i < actions.size(); ++i)
                n.actions.push_back({"a" + std::to_string(i), actions[i].first});
        auto run = [actions](const std::string& key) {
            for (std::size_t i = 0; i < actions.size(); ++i)
                if (key == "a" + std::to_string(i) && actions[i].second)
                    actions[i].second();
        };
        if (notifier->show(n, run))
            return;
    }
    ui::PopupMessage message;
    message.title = text.title;
    message.body = text.body;
    for (auto& [label, run] : actions)
        message.actions.push_back({label, run});
    ports_.windows->show_popup(message);
}

void EffectRouter::show_welcome(const ui::WelcomeFacts& facts) {
    ports_.windows->show_welcome(facts);
}

void EffectRouter::breathing_window_closed(bool completed) {
    // A session exists only while its window does: closed early (or from outside), the session ends too.
    if (closing_breathing_)
        return;
    breathing_stop_sent_ = true; // until the engine's breathing_finished: never reopened meanwhile
    if (!completed)
        ports_.post(ev::StopBreathing{});
}

void EffectRouter::use_pattern_once(BreathingPattern pattern) {
    next_pattern_ = pattern;
}

void EffectRouter::use_pattern(BreathingPattern pattern) {
    session_pattern_ = pattern;
}

void EffectRouter::next_is_quick_meditation() {
    next_quick_meditation_ = true;
}

} // namespace respite::app
