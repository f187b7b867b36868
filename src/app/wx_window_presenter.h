#pragma once
// The wx WindowPresenter: the break, breathing, cutoff and welcome windows of src/ui, the popup, and the tray menu's
// status. Built by the composition root (RespiteApp) with what each window's buttons do. GUI thread only.
#include "app/window_presenter.h"

#include <memory>

namespace respite {
class Sound;
namespace ui {
class TrayMenu;
}
} // namespace respite

namespace respite::app {

/// What the windows' buttons and closings do (each forwarded by the composition root).
struct WindowActions {
    ui::BreakActions breaks;
    ui::BreathingFinished breathing_finished; ///< the breathing window closed (EffectRouter::breathing_window_closed)
    ui::CutoffActions cutoff;
    ui::CheckinActions checkin; ///< the check-in's answer (ev::CheckinAnswered)
    ui::WelcomeActions welcome;
};

/// Shows the src/ui windows; the tray menu (`tray`, may be null) shows the status.
class WxWindowPresenter : public WindowPresenter {
public:
    /// `chime` (may be null) plays the breathing window's chime; it and `tray` must outlive the presenter.
    WxWindowPresenter(WindowActions actions, Sound* chime, ui::TrayMenu* tray);
    /// Closes every window still open.
    ~WxWindowPresenter() override;

    void show_break(const ui::BreakView& view) override;
    void close_break() override;
    bool break_visible() const override;
    void show_breathing(const ui::BreathingPlan& plan) override;
    void end_breathing_session() override;
    void close_breathing() override;
    bool breathing_visible() const override;
    bool breathing_in_session() const override;
    void show_cutoff(const ui::CutoffView& view) override;
    void close_cutoff() override;
    void show_checkin() override;
    void close_checkin() override;
    void show_welcome(const ui::WelcomeFacts& facts) override;
    void show_popup(const ui::PopupMessage& message) override;
    void show_status(const Status& status, const Settings& settings) override;

private:
    std::shared_ptr<bool> alive_ = std::make_shared<bool>(true); ///< first: the cutoff dialog's late `closed` asks it
    ui::TrayMenu* tray_;
    ui::WelcomeActions welcome_actions_;
    // Destroyed bottom-up: the welcome, check-in, cutoff, breathing and break windows, then the popup.
    std::unique_ptr<ui::NotificationPopup> popup_;
    std::unique_ptr<ui::BreakPresenter> breaks_;
    std::unique_ptr<ui::BreathingPresenter> breathing_;
    std::unique_ptr<ui::CutoffPresenter> cutoff_;
    std::unique_ptr<ui::CheckinPresenter> checkin_;
    std::unique_ptr<ui::WelcomePresenter> welcome_; ///< made at the first show_welcome (the first start only)
    /// A check-in asked for while the cutoff dialog was up: shown when that closes (one window at a time).
    bool checkin_waits_ = false;
    void cutoff_closed();
};

} // namespace respite::app
