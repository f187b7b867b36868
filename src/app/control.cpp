#include "app/control.h"

#include "core/effect_json.h"

#include "app/status_json.h"
#include "core/config/duration.h"

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

std::optional<BreathingPattern> parse_breathing_pattern(std::string_view name) {
    if (name == "box")
        return BreathingPattern::box;
    if (name == "4-7-8")
        return BreathingPattern::four_seven_eight;
    if (name == "coherent")
        return BreathingPattern::coherent;
    if (name == "custom")
        return BreathingPattern::custom;
    return std::nullopt;
}

Control::Control(EngineDriver& driver, Hooks hooks) : driver_(driver), hooks_(std::move(hooks)) {}

IpcReply Control::handle(const json& request) {
    const auto cmd_it = request.find("cmd");
    if (cmd_it == request.end() || !cmd_it->is_string())
        return {json{{"ok", false}, {"error", "request lacks \"cmd\""}}, true};
    const std::string cmd = *cmd_it;
    if (cmd == "status")
        return ok({{"status", status_to_json(driver_.status_now(), driver_.local_time(), idle_)}});
    if (cmd == "pause")
        return pause(request);
    if (cmd == "resume")
        return act(ev::Resume{});
    if (cmd == "break") {
        const auto kind = parse_break_kind(request.value("kind", std::string("micro")));
        if (!kind || *kind == BreakKind::focus)
            return usage("break kind must be micro or rest");
        return act(ev::StartBreak{*kind});
    }
    if (cmd == "breathe")
        return breathe(request);
    if (cmd == "focus") {
        const std::string action = request.value("action", std::string());
        if (action == "start")
            return act(ev::FocusStart{});
        if (action == "stop")
            return act(ev::FocusStop{});
        return usage("focus action must be start or stop");
    }
    if (cmd == "reload") {
        const std::string error = reload();
        if (!error.empty())
            return usage("configuration not applied (running settings kept): " + error);
        return ok();
    }
    if (cmd == "quit") {
        if (hooks_.quit)
            hooks_.quit();
        return ok();
    }
    if (cmd == "show") {
        if (hooks_.show)
            hooks_.show();
        return ok();
    }
    return {json{{"ok", false}, {"error", "unknown command: " + cmd}}, true};
}

IpcReply Control::act(const Event& event) {
    const auto effects = driver_.handle_now(event);
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

IpcReply Control::pause(const json& request) {
    if (request.contains("seconds")) {
        if (!request["seconds"].is_number_integer() || request["seconds"].get<long long>() <= 0)
            return usage("pause seconds must be a positive integer");
        return act(ev::PauseFor{std::chrono::seconds(request["seconds"].get<long long>())});
    }
    if (request.contains("until")) {
        const auto tod =
            request["until"].is_string() ? parse_time_of_day(request["until"].get<std::string>()) : std::nullopt;
        if (!tod)
            return usage("pause until must be HH:MM");
        // Today at HH:MM local, or tomorrow when that has passed.
        const Now now = driver_.now();
        const LocalTime& local = driver_.local_time();
        const auto today = date::floor<date::days>(local.to_local(now.wall));
        WallTime until = local.to_utc(today + *tod);
        if (until <= now.wall)
            until = local.to_utc(today + date::days(1) + *tod);
        return act(ev::PauseUntil{until});
    }
    if (request.value("tomorrow", false))
        return act(ev::PauseUntilNextWorkday{});
    return usage("pause needs seconds, until or tomorrow");
}

IpcReply Control::breathe(const json& request) {
    const auto& settings = driver_.engine().settings().breathing;
    long long minutes = settings.default_minutes;
    if (request.contains("minutes")) {
        if (!request["minutes"].is_number_integer() || request["minutes"].get<long long>() < 1 ||
            request["minutes"].get<long long>() > 60)
            return usage("breathe minutes must be 1..60");
        minutes = request["minutes"].get<long long>();
    }
    if (request.contains("pattern")) {
        const auto pattern = request["pattern"].is_string()
                                 ? parse_breathing_pattern(request["pattern"].get<std::string>())
                                 : std::nullopt;
        if (!pattern)
            return usage("breathing pattern must be box, 4-7-8 or coherent");
        // Told to the GUI before the effect, through the same ordered queue.
        if (hooks_.breathing_pattern)
            hooks_.breathing_pattern(*pattern);
    }
    return act(ev::StartBreathing{std::chrono::minutes(minutes)});
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
