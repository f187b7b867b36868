#pragma once
// A WindowPresenter that keeps what it was asked to show, for the effect router's tests (no display, no wxApp).
#include "app/window_presenter.h"

#include <functional>
#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

namespace respite::test {

/// Remembers the open windows and logs every call ("show_break rest", "close_cutoff", ...) in order.
class FakeWindowPresenter : public app::WindowPresenter {
public:
    std::vector<std::string> log;            ///< every call but the status and the queries, in order
    std::optional<ui::BreakView> brk;        ///< the open break window's view
    std::optional<ui::BreathingPlan> breath; ///< the open breathing window's plan
    bool breath_running = false;             ///< the breathing window shows a running session
    bool breath_ran_length = true;           ///< end_breathing_session keeps the window (else closes it)
    std::optional<ui::CutoffView> cutoff;    ///< the open cutoff dialog
    bool checkin = false;                    ///< the check-in window is open
    std::vector<ui::PopupMessage> popups;    ///< every popup shown
    std::vector<ui::WelcomeFacts> welcomes;  ///< every welcome shown
    std::vector<Status> statuses;            ///< every show_status
    /// Like ui::BreathingPresenter's on_finished: called whenever the breathing window closes.
    std::function<void(bool completed)> breathing_closed;
    /// show_cutoff throws this when set (a window that fails to build).
    std::optional<std::string> cutoff_fails;

    void show_break(const ui::BreakView& view) override {
        log.push_back("show_break " + std::string(to_string(view.kind)));
        brk = view;
    }
    void close_break() override {
        log.emplace_back("close_break");
        brk.reset();
    }
    bool break_visible() const override { return brk.has_value(); }
    void show_breathing(const ui::BreathingPlan& plan) override {
        log.emplace_back("show_breathing");
        breath = plan;
        breath_running = true;
    }
    void end_breathing_session() override {
        log.emplace_back("end_breathing_session");
        if (!breath)
            return;
        breath_running = false;
        if (!breath_ran_length)
            close_window(false);
    }
    void close_breathing() override {
        log.emplace_back("close_breathing");
        if (breath)
            close_window(false);
    }
    bool breathing_visible() const override { return breath.has_value(); }
    bool breathing_in_session() const override { return breath && breath_running; }
    void show_cutoff(const ui::CutoffView& view) override {
        if (cutoff_fails)
            throw std::runtime_error(*cutoff_fails);
        log.emplace_back("show_cutoff");
        cutoff = view;
    }
    void close_cutoff() override {
        log.emplace_back("close_cutoff");
        cutoff.reset();
    }
    void show_checkin() override {
        log.emplace_back("show_checkin");
        checkin = true;
    }
    void close_checkin() override {
        log.emplace_back("close_checkin");
        checkin = false;
    }
    void show_welcome(const ui::WelcomeFacts& facts) override {
        log.emplace_back("show_welcome");
        welcomes.push_back(facts);
    }
    void show_popup(const ui::PopupMessage& message) override {
        log.push_back("show_popup " + message.title);
        popups.push_back(message);
    }
    void show_status(const Status& status, const Settings&) override { statuses.push_back(status); }

    /// The user closes the breathing window (completed: it ran its length).
    void user_closes_breathing(bool completed) { close_window(completed); }

private:
    void close_window(bool completed) {
        breath.reset();
        breath_running = false;
        if (breathing_closed)
            breathing_closed(completed);
    }
};

} // namespace respite::test
