#pragma once
// The commands of the control socket (DESIGN.md §6), executed on the engine thread: JSON request in, reply out.
// Protocol: one JSON object per line, {"cmd": "<name>", ...args}; replies {"ok": true, ...} or
// {"ok": false, "error": "..."} (+ "refused": true when the engine's policy declined the action). A refusal is
// answered to the client only: the tray app does not also notify about it. `reading` replies carry the status's
// "reading" object after the change, so the client can say "already on until 16:40" when nothing changed.
#include "app/control_request.h"
#include "app/driver.h"
#include "app/ipc_server.h"
#include "app/status_json.h"

#include <functional>
#include <optional>
#include <string>

namespace respite::app {

/// Result of reading the configuration again.
struct ReloadOutcome {
    std::optional<Settings> settings; ///< the new settings, when every layer was valid
    std::string error;                ///< "file:line:column: message" otherwise
};

/// Dispatches control requests to the engine and to the GUI (through hooks).
class Control {
public:
    /// What the commands need besides the engine. Hooks run on the engine thread (forward to the GUI yourself).
    struct Hooks {
        std::function<ReloadOutcome()> load_config;                      ///< reads every config layer
        std::function<void(const std::string& error)> config_invalid;    ///< tell the user (notification)
        std::function<void(const Settings& settings)> config_applied;    ///< new settings are in force
        std::function<void()> quit;                                      ///< ask the GUI to exit
        std::function<void()> show;                                      ///< pop up the menu / status
        std::function<void(BreathingPattern pattern)> breathing_pattern; ///< next breathing uses this pattern
    };

    /// Commands for `driver`'s engine.
    Control(EngineDriver& driver, Hooks hooks);

    /// Answers one request (engine thread).
    IpcReply handle(const nlohmann::json& request);
    /// Reloads the configuration: applies it when valid, else keeps the running settings and tells the user.
    /// Returns the error ("" when applied). Engine thread.
    std::string reload();
    /// Names the idle backend in `status` replies. Engine thread (post it there from the GUI).
    void set_idle_backend(IdleBackendInfo info) { idle_ = std::move(info); }

private:
    IpcReply act(const Event& event);
    IpcReply pause(const ControlRequest& request);
    IpcReply breathe(const ControlRequest& request);
    IpcReply reading(bool on);

    EngineDriver& driver_;
    Hooks hooks_;
    IdleBackendInfo idle_;
};

} // namespace respite::app
