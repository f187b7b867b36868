#include "app/respite_app.h"
#include "app/effect_router.h"
#include "app/history_views.h"
#include "app/trace.h"
#include "app/wx_window_presenter.h"

#include "app/autostart.h"
#include "app/cli/commands.h"
#include "app/cli/ipc_client.h"
#include "app/cli/user_config_file.h"
#include "core/utf8_path.h"
#include "platform/busy_monitor.h"
#include "platform/clock.h"
#include "platform/clock_monitor.h"
#include "platform/file_io.h"
#include "platform/idle_monitor.h"
#include "platform/malloc_arenas.h"
#include "platform/notifier.h"
#include "platform/session_monitor.h"
#include "platform/sound.h"
#include "ui/about_dialog.h"
#include "ui/asset_paths.h"
#include "ui/i18n.h"
#include "ui/messages.h"
#include "ui/post_to_gui.h"
#include "ui/settings_dialog.h"
#include "ui/tray_menu.h"

#include <wx/intl.h>

#include <chrono>
#include <cstdlib>
#include <iostream>

namespace respite::app {

namespace {
bool another_instance = false;

std::string utf8(const wxString& s) {
    return std::string(s.utf8_str());
}

// Idle thresholds: a short one so a break's countdown runs as soon as typing stops, and one per break length
// so a natural break is noticed when it is complete.
std::vector<Duration> idle_thresholds(const Settings& s) {
    return {std::chrono::seconds(5), s.micro_break.duration, s.rest_break.duration};
}

// The marker of a closed welcome window, beside the state file.
std::filesystem::path welcome_marker() {
    return default_state_path().parent_path() / "welcome-seen";
}

// bench/footprint.sh and a person profiling start-up: wall-clock instants of the start-up steps.
void trace_startup(const char* step) {
    if (tracing())
        trace(std::string("startup ") + step + " at_us=" +
              std::to_string(std::chrono::duration_cast<std::chrono::microseconds>(
                                 std::chrono::system_clock::now().time_since_epoch())
                                 .count()));
}

} // namespace

bool RespiteApp::OnInit() {
    trace_startup("init");
    SetAppName("respite");
    SetAppDisplayName("Respite");
    SetExitOnFrameDelete(false);
    // The tray item is what a person waits for (issue 3: registered within 60 ms of launch), so only what it needs
    // comes first: its menu's translations and the single-instance claim. The config, the tz database, the state,
    // the engine, notifications, windows and presence monitors follow once the item reached its host.
    ui::init_i18n();
    if (!claim_control_socket())
        return false;
    build_tray();
    trace_startup("tray");
    tray_->when_shown([this] { finish_startup(); }, std::chrono::milliseconds(200));
    return true;
}

void RespiteApp::finish_startup() {
    trace_startup("shown");
    StartupConfig config = load_startup_config();
    settings_ = config.settings;
    start_engine();
    build_windows();
    start_monitors();
    // From the engine's first advance on, its effects and status reach the user through the router.
    router_ = std::make_unique<EffectRouter>(
        EffectRouter::Ports{windows_.get(), notifier_.get(), sound_.get(), idle_.get(), busy_.get(),
                            [this](Event event) { driver_->post(std::move(event)); }},
        settings_);
    driver_->start();
    if (!config.error.empty())
        config_invalid(config.error);
    if (!config.policy_error.empty()) {
        std::cerr << "respite: " << config.policy_error << "\n";
        router_->notify("policy", {utf8(_("The administrator's policy could not be read")), config.policy_error});
    }
    if (!startup_problems_.empty())
        router_->notify("state", {utf8(_("Respite started afresh")), startup_problems_});
    show_welcome_once();
    trace_startup("ready");
}

// First start: a welcome window, once. Closing it leaves a marker beside the state file (build_windows).
void RespiteApp::show_welcome_once() {
    std::error_code ec;
    if (std::filesystem::exists(welcome_marker(), ec) || ec)
        return;
    router_->show_welcome({settings_, tray_ && tray_->has_tray_icon(), respite::utf8(user_config_path())});
}

// The driver exists before its engine so that the socket claims the single instance before the tray registers;
// nothing on its io_context runs until driver_->start().
bool RespiteApp::claim_control_socket() {
    state_store_ = std::make_unique<StateStore>(default_state_path());
    EngineDriver::Sinks sinks{[this](const std::vector<Effect>& effects, const Status& s) {
                                  if (router_)
                                      router_->on_effects(effects, s);
                                  if (history_views_)
                                      history_views_->on_effects(effects);
                              },
                              [this](const Status& status) {
                                  if (router_)
                                      router_->on_status(status);
                              }};
    auto save = [store = state_store_.get()](const EngineState& state, EngineDriver::SaveKind kind) {
        // A minute's checkpoint does not wait for the folder's entry: the next one supersedes it, and a power
        // loss leaves the previous state, whole (platform::Flush).
        const std::string error =
            store->save(state, kind == EngineDriver::SaveKind::checkpoint ? platform::Flush::contents_only
                                                                          : platform::Flush::contents_and_entry);
        if (!error.empty())
            std::cerr << "respite: cannot save state: " << error << "\n";
    };
    driver_ = std::make_unique<EngineDriver>(read_now, ui::post_to_gui, std::move(sinks), save);

    ipc_ = std::make_unique<IpcServer>(
        driver_->io(), cli::control_socket_path(), [this](const nlohmann::json& r) { return control_->handle(r); },
        IpcServer::Options{});
    switch (ipc_->bind()) {
    case IpcServer::BindResult::ok:
        break;
    case IpcServer::BindResult::in_use:
        // Lost a start-up race with another instance: let that one show itself.
        cli::show_running_app();
        another_instance = true;
        return false;
    case IpcServer::BindResult::failed:
        std::cerr << "respite: control socket unavailable (" << ipc_->error() << "); the CLI cannot reach this app\n";
        break;
    }

    // On the engine thread: a reload request re-reads the configuration, as daemons do; a quit request quits cleanly.
    signals_ = make_process_signals(driver_->io());
    signals_->on_quit = [this] { ui::post_to_gui([this] { request_exit(); }); };
    signals_->on_reload = [this] { control_->reload(); };
    return true;
}

void RespiteApp::start_engine() {
    LoadedState loaded = state_store_->load();
    if (!loaded.problem.empty()) {
        std::cerr << "respite: state file unreadable: " << loaded.problem << "\n";
        startup_problems_ =
            utf8(_("The saved state could not be read; today's counters start from zero.")) + "\n" + loaded.problem;
    }
    const std::string zone = settings_.workday.timezone;
    // Asked on the engine thread on every computation: the zone follows reloads (DESIGN.md §3).
    auto local = make_tz_local_time([this, zone] {
        return driver_ && driver_->initialized() ? driver_->engine().settings().workday.timezone : zone;
    });
    driver_->init(settings_, std::move(local), std::move(loaded.state));
    // The history store is written on the engine thread with each batch; its problems are told once each.
    driver_->set_history(make_history_sink(driver_->local_time(), [this](const std::string& problem) {
        std::cerr << "respite: " << problem << "\n";
        ui::post_to_gui([this, problem] {
            if (router_)
                router_->notify("history", {utf8(_("Respite's history could not be kept as usual")), problem});
        });
    }));

    Control::Hooks hooks;
    hooks.load_config = load_reload_config;
    hooks.config_invalid = [this](const std::string& e) { ui::post_to_gui([this, e] { config_invalid(e); }); };
    hooks.config_applied = [this](const Settings& s) { ui::post_to_gui([this, s] { settings_changed(s); }); };
    hooks.quit = [this] { ui::post_to_gui([this] { request_exit(); }); };
    hooks.show = [this] {
        ui::post_to_gui([this] {
            if (tray_)
                tray_->popup();
        });
    };
    hooks.breathing_pattern = [this](BreathingPattern p) {
        ui::post_to_gui([this, p] {
            if (router_)
                router_->use_pattern_once(p);
        });
    };
    control_ = std::make_unique<Control>(*driver_, std::move(hooks));

    watcher_ = std::make_unique<ConfigWatcher>(driver_->io(), user_config_path(), [this] { control_->reload(); });
    if (!watcher_->start())
        std::cerr << "respite: cannot watch the config file; use `respite reload` after editing it\n";
}

void RespiteApp::build_windows() {
    sound_ = make_sound(ui::sounds_dir());
    choose_sounds();
    notifier_ = make_notifier("Respite", "respite");
    WindowActions actions;
    actions.breaks = {[this] { driver_->post(ev::Postpone{}); }, [this] { driver_->post(ev::Skip{}); },
                      [this] { driver_->post(ev::Presenting{}); }, [this] { driver_->post(ev::Skip{}); }};
    actions.breathing_finished = [this](Duration, bool completed) {
        if (router_)
            router_->breathing_window_closed(completed);
    };
    actions.cutoff = {[this](Duration d) { driver_->post(ev::SnoozeCutoff{d}); },
                      [this] { driver_->post(ev::PauseUntilNextWorkday{}); }};
    actions.checkin.answer = [this](std::optional<respite::Feeling> f, const std::string& note) {
        driver_->post(ev::CheckinAnswered{f, note});
    };
    actions.welcome.open_settings = [this] {
        if (settings_dialog_)
            settings_dialog_->show();
    };
    actions.welcome.closed = [] {
        if (const auto error = platform::write_file_atomic(welcome_marker(), "closed\n"); !error.empty())
            std::cerr << "respite: " << error << "\n";
    };
    windows_ = std::make_unique<WxWindowPresenter>(std::move(actions), sound_.get(), tray_.get());
    settings_dialog_ = std::make_unique<ui::SettingsPresenter>(current_config_paths(), write_user_config, [this] {
        boost::asio::post(driver_->io(), [this] { control_->reload(); });
    });
    settings_dialog_->set_preview([this](const std::string& name, int volume) { sound_->preview(name, volume); });
    // The Startup page's switch does what `respite autostart on|off` does, policy lock included.
    settings_dialog_->set_autostart(
        {[] { return platform::read_autostart(current_autostart_places().dirs); },
         [](bool starts) {
             const auto change = change_autostart(current_autostart_places(), current_config_paths(), starts);
             return change.outcome == AutostartOutcome::done ? std::string() : change.message;
         }});
}

// Before the engine exists: events posted by the menu wait in the driver's queue until it starts.
void RespiteApp::start_monitors() {
    const char* preferred = std::getenv("RESPITE_IDLE_BACKEND");
    idle_ = make_idle_monitor(preferred ? preferred : "");
    // A locked session is away, whatever the idle watches report behind the lock screen.
    idle_->on_idle = [this](Duration idle_for) {
        if (session_ && session_->locked())
            return;
        // Windows announces no idle inhibitor (a video, a presentation): it is looked at as idle begins, so the
        // engine knows of it before the idle time counts (reading mode, issue 13).
        if (busy_)
            busy_->check_idle_inhibitor();
        driver_->post(ev::PresenceChanged{Presence::idle, idle_for});
    };
    idle_->on_active = [this] {
        if (!(session_ && session_->locked()))
            driver_->post(ev::PresenceChanged{Presence::active, {}});
    };
    idle_->set_thresholds(idle_thresholds(settings_));
    idle_->start();
    boost::asio::post(driver_->io(), [this, info = IdleBackendInfo{idle_->backend_name(), !idle_->always_present()}] {
        control_->set_idle_backend(info);
    });

    session_ = make_session_monitor();
    session_->on_lock = [this] { driver_->post(ev::PresenceChanged{Presence::away, {}}); };
    session_->on_unlock = [this] { driver_->post(ev::PresenceChanged{Presence::active, {}}); };
    session_->on_sleep = [this] {
        // Hold the sleep until the state is on disk (logind's delay inhibitor waits for sleep_ready()).
        auto saved = driver_->request([](EngineDriver& d) {
            d.handle_now(ev::PresenceChanged{Presence::away, {}});
            d.save_now();
            return 0;
        });
        saved.wait_for(std::chrono::seconds(2));
        session_->sleep_ready();
    };
    session_->on_resume = [this] {
        driver_->poke();
        if (!session_->locked())
            driver_->post(ev::PresenceChanged{Presence::active, {}});
    };
    session_->start();

    busy_ = make_busy_monitor();
    busy_->on_busy_changed = [this](bool busy, BusyReason reason) { driver_->post(ev::BusyChanged{busy, reason}); };
    busy_->on_idle_inhibitor_changed = [this](bool held) {
        if (held)
            driver_->post(ev::InhibitorStarted{});
        else
            driver_->post(ev::InhibitorEnded{});
    };
    busy_->start();

    clock_ = make_clock_monitor();
    clock_->on_clock_changed = [this](const std::string&) { driver_->poke(); };
    clock_->start();
}

void RespiteApp::config_invalid(const std::string& error) {
    if (router_)
        router_->notify("config", {utf8(_("Your settings file has an error")),
                                   error + "\n" + utf8(_("Respite keeps running with the previous settings."))});
}

// The bundled sounds and volume of the settings (sound.*).
void RespiteApp::choose_sounds() {
    if (!sound_)
        return;
    sound_->choose(SoundId::phase_change, settings_.sound.chime, settings_.sound.volume);
    sound_->choose(SoundId::break_over, settings_.sound.break_end, settings_.sound.volume);
}

void RespiteApp::settings_changed(const Settings& settings) {
    settings_ = settings;
    choose_sounds();
    if (idle_)
        idle_->set_thresholds(idle_thresholds(settings_));
    if (router_)
        router_->settings_changed();
}

void RespiteApp::request_exit() {
    ExitMainLoop();
}

int RespiteApp::OnExit() {
    if (driver_ && driver_->started()) {
        // The io objects are closed on their own thread, then the thread saves the state and stops.
        driver_
            ->request([this](EngineDriver&) {
                if (ipc_)
                    ipc_->close();
                if (watcher_)
                    watcher_->stop();
                if (signals_)
                    signals_->stop();
                return 0;
            })
            .wait();
        driver_->stop();
    }
    router_.reset();
    signals_.reset();
    watcher_.reset();
    ipc_.reset();
    control_.reset();
    clock_.reset();
    busy_.reset();
    session_.reset();
    idle_.reset();
    tray_.reset();
    settings_dialog_.reset();
    history_views_.reset(); // joins a read still running
    windows_.reset();
    notifier_.reset();
    sound_.reset();
    driver_.reset();
    return wxApp::OnExit();
}

} // namespace respite::app

wxIMPLEMENT_APP_NO_MAIN(respite::app::RespiteApp);

namespace respite::app {
int run_tray_app(int argc, char** argv) {
    // Five threads (GUI, engine, GLib's workers) need no arena each: every arena keeps its own touched pages.
    limit_malloc_arenas(2);
    const int rc = wxEntry(argc, argv);
    return another_instance ? 0 : rc;
}
} // namespace respite::app
