#pragma once
// The composition root of the tray app (DESIGN.md §2): config, i18n, the engine thread with its control socket
// and config watcher, the presence monitors, the tray menu, notifications and the windows that react to effects.
// Everything here runs on the GUI thread; the engine is reached only through the EngineDriver.
#include "app/config_loader.h"
#include "app/config_watcher.h"
#include "app/control.h"
#include "app/driver.h"
#include "app/ipc_server.h"
#include "app/state_store.h"
#include "platform/process_signals.h"

#include <wx/app.h>

#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace respite {
class BusyMonitor;
class ClockMonitor;
class IdleMonitor;
class Notifier;
class SessionMonitor;
class Sound;
struct NotificationAction;
namespace ui {
class BreakPresenter;
class BreathingPresenter;
class CutoffPresenter;
class NotificationPopup;
class SettingsPresenter;
class WelcomePresenter;
class TrayMenu;
struct MessageText;
} // namespace ui
} // namespace respite

namespace respite::app {

/// Starts the tray app (wxEntry over RespiteApp); returns the process exit code.
int run_tray_app(int argc, char** argv);

/// The wxApp: shows the tray in OnInit and builds the rest once it is shown; stops the engine thread in OnExit
/// before wx tears down.
class RespiteApp : public wxApp {
public:
    /// Claims the control socket and shows the tray; the rest starts once the tray is shown. False when another
    /// instance answered (it was asked to show itself).
    bool OnInit() override;
    /// Saves state, stops and joins the engine thread, closes windows.
    int OnExit() override;
    /// Exit code for run_tray_app.
    int exit_code() const { return exit_code_; }

private:
    bool claim_control_socket();
    void build_tray();
    void finish_startup();
    void show_welcome_once();
    void choose_sounds();
    void start_engine();
    void build_windows();
    void start_monitors();
    void on_effects(const std::vector<Effect>& effects, const Status& status);
    void on_effect(const Effect& effect);
    void on_status(const Status& status);
    void sync_windows();
    void show_break();
    void notify(const std::string& tag, const ui::MessageText& text,
                std::vector<std::pair<std::string, std::function<void()>>> actions = {});
    void config_invalid(const std::string& error);
    void settings_changed(const Settings& settings);
    void request_exit();
    void hold_idle_for_break(bool window_open);

    Settings settings_;
    Status status_;
    std::optional<BreathingPattern> next_pattern_;    ///< one-shot, from `respite breathe --pattern`
    std::optional<BreathingPattern> session_pattern_; ///< the tray's Breathing pattern ▸ choice
    std::string startup_problems_;
    bool closing_breathing_ = false;
    bool next_quick_meditation_ = false; ///< the next breathing window was asked for by Quick meditation
    bool breathing_stop_sent_ = false;   ///< the window closed early; the engine has not ended the session yet
    bool idle_held_ = false;             ///< posted idle for a break window because the idle backend sees no input
    int overtime_nth_ = 0;
    int exit_code_ = 0;

    std::unique_ptr<StateStore> state_store_;
    std::unique_ptr<EngineDriver> driver_;
    std::unique_ptr<Control> control_;
    std::unique_ptr<IpcServer> ipc_;
    std::unique_ptr<ConfigWatcher> watcher_;
    std::unique_ptr<ProcessSignals> signals_;

    std::unique_ptr<Sound> sound_;
    std::unique_ptr<Notifier> notifier_;
    std::unique_ptr<ui::NotificationPopup> popup_;
    std::unique_ptr<ui::BreakPresenter> breaks_;
    std::unique_ptr<ui::BreathingPresenter> breathing_;
    std::unique_ptr<ui::CutoffPresenter> cutoff_;
    std::unique_ptr<ui::SettingsPresenter> settings_dialog_;
    std::unique_ptr<ui::WelcomePresenter> welcome_; ///< the first-start welcome window
    std::unique_ptr<ui::TrayMenu> tray_;
    std::unique_ptr<IdleMonitor> idle_;
    std::unique_ptr<SessionMonitor> session_;
    std::unique_ptr<BusyMonitor> busy_;
    std::unique_ptr<ClockMonitor> clock_;
};

} // namespace respite::app
