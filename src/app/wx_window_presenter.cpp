#include "app/wx_window_presenter.h"

#include "ui/tray_menu.h"

#include <utility>

namespace respite::app {

namespace {
ui::CutoffActions with_closed(ui::CutoffActions actions, std::function<void()> closed) {
    actions.closed = std::move(closed);
    return actions;
}
} // namespace

WxWindowPresenter::WxWindowPresenter(WindowActions actions, Sound* chime, ui::TrayMenu* tray)
    : tray_(tray), welcome_actions_(std::move(actions.welcome)), popup_(std::make_unique<ui::NotificationPopup>()),
      breaks_(std::make_unique<ui::BreakPresenter>(std::move(actions.breaks))),
      breathing_(std::make_unique<ui::BreathingPresenter>(chime, std::move(actions.breathing_finished))),
      cutoff_(std::make_unique<ui::CutoffPresenter>(with_closed(std::move(actions.cutoff),
                                                                [this, alive = std::weak_ptr<bool>(alive_)] {
                                                                    if (alive.lock())
                                                                        cutoff_closed();
                                                                }))),
      checkin_(std::make_unique<ui::CheckinPresenter>(std::move(actions.checkin))) {}

WxWindowPresenter::~WxWindowPresenter() = default;

void WxWindowPresenter::show_break(const ui::BreakView& view) {
    breaks_->show(view);
}

void WxWindowPresenter::close_break() {
    breaks_->close();
}

bool WxWindowPresenter::break_visible() const {
    return breaks_->visible();
}

void WxWindowPresenter::show_breathing(const ui::BreathingPlan& plan) {
    breathing_->show(plan);
}

void WxWindowPresenter::end_breathing_session() {
    breathing_->session_ended();
}

void WxWindowPresenter::close_breathing() {
    breathing_->close();
}

bool WxWindowPresenter::breathing_visible() const {
    return breathing_->visible();
}

bool WxWindowPresenter::breathing_in_session() const {
    return breathing_->in_session();
}

void WxWindowPresenter::show_cutoff(const ui::CutoffView& view) {
    cutoff_->show(view);
}

void WxWindowPresenter::close_cutoff() {
    cutoff_->close();
}

void WxWindowPresenter::show_checkin() {
    // At the cutoff both come at once: the day's end first, then, once it is answered, how the day felt.
    if (cutoff_->visible()) {
        checkin_waits_ = true;
        return;
    }
    checkin_->show();
}

void WxWindowPresenter::close_checkin() {
    checkin_waits_ = false;
    checkin_->close();
}

void WxWindowPresenter::cutoff_closed() {
    if (std::exchange(checkin_waits_, false))
        checkin_->show();
}

void WxWindowPresenter::show_welcome(const ui::WelcomeFacts& facts) {
    if (!welcome_)
        welcome_ = std::make_unique<ui::WelcomePresenter>(welcome_actions_);
    welcome_->show(facts);
}

void WxWindowPresenter::show_popup(const ui::PopupMessage& message) {
    popup_->show(message);
}

void WxWindowPresenter::show_status(const Status& status, const Settings& settings) {
    if (tray_)
        tray_->update(status, settings);
}

} // namespace respite::app
