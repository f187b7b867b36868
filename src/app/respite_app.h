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
#include <string>

namespace respite {
class BusyMonitor;
class ClockMonitor;
class IdleMonitor;
class Notifier;
class SessionMonitor;
class Sound;
namespace ui {
class SettingsPresenter;
class TrayMenu;
} // namespace ui
} // namespace respite

namespace respite::app {
class EffectRouter;
class HistoryViews;
class WindowPresenter;

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
    void config_invalid(const std::string& error);
    void settings_changed(const Settings& settings);
    void request_exit();

    Settings settings_;
    std::string startup_problems_;
    int exit_code_ = 0;

    std::unique_ptr<StateStore> state_store_;
    std::unique_ptr<EngineDriver> driver_;
    std::unique_ptr<Control> control_;
    std::unique_ptr<IpcServer> ipc_;
    std::unique_ptr<ConfigWatcher> watcher_;
    std::unique_ptr<ProcessSignals> signals_;

    std::unique_ptr<Sound> sound_;
    std::unique_ptr<Notifier> notifier_;
    std::unique_ptr<WindowPresenter> windows_; ///< the break, breathing, cutoff and welcome windows, the popup
    std::unique_ptr<ui::SettingsPresenter> settings_dialog_;
    std::unique_ptr<HistoryViews> history_views_; ///< statistics window, weekly summary (none without history)
    std::unique_ptr<ui::TrayMenu> tray_;
    std::unique_ptr<EffectRouter> router_; ///< effects and status to notifications and windows
    std::unique_ptr<IdleMonitor> idle_;
    std::unique_ptr<SessionMonitor> session_;
    std::unique_ptr<BusyMonitor> busy_;
    std::unique_ptr<ClockMonitor> clock_;
};

} // namespace respite::app
