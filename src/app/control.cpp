#include "app/control.h"

#include "core/effect_json.h"

#include "app/status_json.h"

#include <date/date.h>

namespace respite::app {

using nlohmann::json;

namespace {
IpcReply ok(json body = json::object()) {
    body["ok"] = true;
    return {std::move(body), false};
}

// Usage errors keep the connection: the client is well-behaved, only its arguments are wrong.
IpcReply usage(const std::string& message) {
    return {json{{"ok", false}, {"error", message}}, false};
}

} // namespace

Control::Control(EngineDriver& driver, Hooks hooks) : driver_(driver), hooks_(std::move(hooks)) {}

IpcReply Control::handle(const json& request) {
    const auto decoded = decode_request(request);
    if (const auto* error = std::get_if<RequestError>(&decoded))
        return {json{{"ok", false}, {"error", error->message}}, error->close};
    const auto& req = std::get<ControlRequest>(decoded);
    switch (req.command) {
    case ControlCommand::status:
        return ok({{"status", status_to_json(driver_.status_now(), driver_.local_time(), idle_)}});
    case ControlCommand::pause:
        return pause(req);
    case ControlCommand::resume:
        return act(ev::Resume{});
    case ControlCommand::take_break:
        return act(ev::StartBreak{req.break_kind});
    case ControlCommand::breathe:
        return breathe(req);
    case ControlCommand::focus_start:
        return act(ev::FocusStart{});
    case ControlCommand::focus_stop:
        return act(ev::FocusStop{});
    case ControlCommand::reading_on:
        return reading(true);
    case ControlCommand::reading_off:
        return reading(false);
    case ControlCommand::reload: {
        const std::string error = reload();
        if (!error.empty())
            return usage("configuration not applied (running settings kept): " + error);
        return ok();
    }
    case ControlCommand::quit:
        if (hooks_.quit)
            hooks_.quit();
        return ok();
    case ControlCommand::show:
        if (hooks_.show)
            hooks_.show();
        return ok();
    }
    return usage("unknown command");
}

IpcReply Control::act(const Event& event) {
    const auto effects = driver_.handle_now(event, EngineDriver::Sender::control_client);
    json list = json::array();
    for (const auto& e : effects)
        list.push_back(respite::effect_to_json(e, driver_.local_time()));
    for (const auto& e : effects)
        if (e.kind == EffectKind::action_refused)
            return {json{{"ok", false},
                         {"refused", true},
                         {"error", "refused: " + std::string(reason_text(e))},
                         {"effects", list}},
                    false};
    return ok({{"effects", list}});
}

IpcReply Control::pause(const ControlRequest& request) {
    if (request.pause_for)
        return act(ev::PauseFor{*request.pause_for});
    if (request.pause_until) {
        // Today at HH:MM local, or tomorrow when that has passed.
        const Now now = driver_.now();
        const LocalTime& local = driver_.local_time();
        const auto today = date::floor<date::days>(local.to_local(now.wall));
        WallTime until = local.to_utc(today + *request.pause_until);
        if (until <= now.wall)
            until = local.to_utc(today + date::days(1) + *request.pause_until);
        return act(ev::PauseUntil{until});
    }
    return act(ev::PauseUntilNextWorkday{});
}

IpcReply Control::breathe(const ControlRequest& request) {
    if (request.breathe_stop) {
        if (!driver_.status_now().breathing)
            return {json{{"ok", false}, {"refused", true}, {"error", "refused: no breathing session is running"}},
                    false};
        return act(ev::StopBreathing{});
    }
    const int minutes = request.minutes.value_or(driver_.engine().settings().breathing.default_minutes);
    // Told to the GUI before the effect, through the same ordered queue.
    if (request.pattern && hooks_.breathing_pattern)
        hooks_.breathing_pattern(*request.pattern);
    return act(ev::StartBreathing{std::chrono::minutes(minutes)});
}

IpcReply Control::reading(bool on) {
    IpcReply reply = on ? act(ev::ReadingOn{ReadingSource::command_line}) : act(ev::ReadingOff{});
    // A second "on" (or an "off" when off) changes nothing and emits nothing: the state after it tells the client.
    if (reply.body.value("ok", false)) {
        const json status = status_to_json(driver_.status_now(), driver_.local_time(), idle_);
        reply.body["reading"] = status["reading"];
        reply.body["at_local"] = status["at_local"];
    }
    return reply;
}

std::string Control::reload() {
    if (!hooks_.load_config)
        return {};
    ReloadOutcome outcome = hooks_.load_config();
    if (!outcome.settings) {
        if (hooks_.config_invalid)
            hooks_.config_invalid(outcome.error);
        return outcome.error.empty() ? "invalid configuration" : outcome.error;
    }
    if (hooks_.config_applied)
        hooks_.config_applied(*outcome.settings);
    driver_.handle_now(ev::ConfigChanged{std::move(*outcome.settings)});
    return {};
}

} // namespace respite::app
