#pragma once
// What the effect router shows, as a port: the break, breathing, cutoff and welcome windows, the popup that stands
// in for a notification server, and the tray's status line and icon. WxWindowPresenter (wx_window_presenter.h) is
// the wx one; tests/app/effect_router_test.cpp drives the router with a fake. GUI thread only.
#include "core/settings.h"
#include "core/status.h"
#include "ui/break_window.h"
#include "ui/breathing_dialog.h"
#include "ui/checkin_window.h"
#include "ui/cutoff_dialog.h"
#include "ui/notification_popup.h"
#include "ui/welcome_dialog.h"

namespace respite::app {

/// The windows the user sees, each safe to call at any time (after the user closed it, repeatedly).
class WindowPresenter {
public:
    /// Virtual destructor: owned through std::unique_ptr<WindowPresenter>; closes what it shows.
    virtual ~WindowPresenter() = default;

    /// Opens the break window(s) for `view`, or updates the open ones.
    virtual void show_break(const ui::BreakView& view) = 0;
    /// Closes every break window.
    virtual void close_break() = 0;
    /// True while a break window is on screen.
    virtual bool break_visible() const = 0;

    /// Opens the breathing window with `plan`, or restarts the open one with it.
    virtual void show_breathing(const ui::BreathingPlan& plan) = 0;
    /// The engine ended the session: one that ran its length keeps its window with a kind word, else it closes.
    virtual void end_breathing_session() = 0;
    /// Closes the breathing window.
    virtual void close_breathing() = 0;
    /// True while the breathing window is open.
    virtual bool breathing_visible() const = 0;
    /// True while it shows a session still running.
    virtual bool breathing_in_session() const = 0;

    /// Opens (or updates and raises) the end-of-workday dialog.
    virtual void show_cutoff(const ui::CutoffView& view) = 0;
    /// Closes the end-of-workday dialog.
    virtual void close_cutoff() = 0;

    /// Opens (or raises) the stress check-in window ("How did today feel?").
    virtual void show_checkin() = 0;
    /// Closes the check-in window.
    virtual void close_checkin() = 0;

    /// Shows the first-start welcome window.
    virtual void show_welcome(const ui::WelcomeFacts& facts) = 0;

    /// Shows Respite's own popup (no notification server took the message).
    virtual void show_popup(const ui::PopupMessage& message) = 0;

    /// The tray's status line, icon and menu items for this status and these settings.
    virtual void show_status(const Status& status, const Settings& settings) = 0;
};

} // namespace respite::app
