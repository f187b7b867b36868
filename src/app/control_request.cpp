#include "app/control_request.h"

#include "core/config/duration.h"

#include <limits>

namespace respite::app {

using nlohmann::json;

namespace {

RequestError usage(std::string message) {
    return {std::move(message), false};
}

// The member `name` when present: a string, or an error naming the member and what it must be.
std::variant<std::optional<std::string>, RequestError> string_member(const json& request, const char* name,
                                                                     const char* what) {
    const auto it = request.find(name);
    if (it == request.end())
        return std::optional<std::string>{};
    if (!it->is_string())
        return usage(std::string(name) + " must be " + what);
    return std::optional<std::string>{it->get<std::string>()};
}

// The integer member `name` in [lo, hi] when present.
std::variant<std::optional<long long>, RequestError> int_member(const json& request, const char* name, long long lo,
                                                                long long hi, const std::string& what) {
    const auto it = request.find(name);
    if (it == request.end())
        return std::optional<long long>{};
    if (!it->is_number_integer())
        return usage(std::string(name) + " must be " + what);
    // Unsigned values beyond the signed range are out of range too, before any conversion can wrap.
    if (it->is_number_unsigned() && it->get<unsigned long long>() > static_cast<unsigned long long>(hi))
        return usage(std::string(name) + " must be " + what);
    const long long v = it->get<long long>();
    if (v < lo || v > hi)
        return usage(std::string(name) + " must be " + what);
    return std::optional<long long>{v};
}

std::variant<ControlRequest, RequestError> decode_pause(const json& request, ControlRequest req) {
    const auto seconds = int_member(request, "seconds", 1, std::numeric_limits<long long>::max(),
                                    "a whole number of seconds from 1 to 86400 (24 hours)");
    if (const auto* e = std::get_if<RequestError>(&seconds))
        return *e;
    if (const auto& s = std::get<std::optional<long long>>(seconds)) {
        if (*s > max_pause.count())
            return usage("a pause is at most 24 hours; to pause until the next workday, pause until tomorrow");
        req.pause_for = std::chrono::seconds(*s);
        return req;
    }
    const auto until = string_member(request, "until", "a time like \"14:30\"");
    if (const auto* e = std::get_if<RequestError>(&until))
        return *e;
    if (const auto& u = std::get<std::optional<std::string>>(until)) {
        req.pause_until = parse_time_of_day(*u);
        if (!req.pause_until)
            return usage("until must be a time like \"14:30\", not \"" + *u + "\"");
        return req;
    }
    if (const auto it = request.find("tomorrow"); it != request.end()) {
        if (!it->is_boolean())
            return usage("tomorrow must be true or false");
        if (it->get<bool>()) {
            req.pause_tomorrow = true;
            return req;
        }
    }
    return usage("pause needs seconds, until or tomorrow");
}

std::variant<ControlRequest, RequestError> decode_breathe(const json& request, ControlRequest req) {
    if (const auto it = request.find("stop"); it != request.end()) {
        if (!it->is_boolean())
            return usage("stop must be true or false");
        req.breathe_stop = it->get<bool>();
        if (req.breathe_stop && (request.contains("minutes") || request.contains("pattern")))
            return usage("stop takes no minutes or pattern");
        if (req.breathe_stop)
            return req;
    }
    const auto minutes = int_member(request, "minutes", 1, 60, "a whole number of minutes from 1 to 60");
    if (const auto* e = std::get_if<RequestError>(&minutes))
        return *e;
    if (const auto& m = std::get<std::optional<long long>>(minutes))
        req.minutes = static_cast<int>(*m);
    const std::string choices = breathing_pattern_choices_text();
    const auto pattern = string_member(request, "pattern", choices.c_str());
    if (const auto* e = std::get_if<RequestError>(&pattern))
        return *e;
    if (const auto& p = std::get<std::optional<std::string>>(pattern)) {
        req.pattern = parse_breathing_pattern(*p);
        if (!req.pattern)
            return usage("breathing pattern must be " + breathing_pattern_choices_text());
    }
    return req;
}

} // namespace

std::variant<ControlRequest, RequestError> decode_request(const json& request) {
    if (!request.is_object())
        return RequestError{"a request is a JSON object like {\"cmd\": \"status\"}", true};
    const auto cmd_it = request.find("cmd");
    if (cmd_it == request.end() || !cmd_it->is_string())
        return RequestError{"request lacks \"cmd\"", true};
    const std::string cmd = cmd_it->get<std::string>();
    ControlRequest req;
    if (cmd == "status")
        req.command = ControlCommand::status;
    else if (cmd == "resume")
        req.command = ControlCommand::resume;
    else if (cmd == "reload")
        req.command = ControlCommand::reload;
    else if (cmd == "quit")
        req.command = ControlCommand::quit;
    else if (cmd == "show")
        req.command = ControlCommand::show;
    else if (cmd == "pause") {
        req.command = ControlCommand::pause;
        return decode_pause(request, req);
    } else if (cmd == "breathe") {
        req.command = ControlCommand::breathe;
        return decode_breathe(request, req);
    } else if (cmd == "break") {
        req.command = ControlCommand::take_break;
        const auto kind = string_member(request, "kind", "micro or rest");
        if (const auto* e = std::get_if<RequestError>(&kind))
            return *e;
        if (const auto& k = std::get<std::optional<std::string>>(kind)) {
            const auto parsed = parse_break_kind(*k);
            if (!parsed || *parsed == BreakKind::focus)
                return usage("break kind must be micro or rest");
            req.break_kind = *parsed;
        }
    } else if (cmd == "focus") {
        const auto action = string_member(request, "action", "start or stop");
        if (const auto* e = std::get_if<RequestError>(&action))
            return *e;
        const auto& a = std::get<std::optional<std::string>>(action);
        if (a == "start")
            req.command = ControlCommand::focus_start;
        else if (a == "stop")
            req.command = ControlCommand::focus_stop;
        else
            return usage("focus action must be start or stop");
    } else if (cmd == "reading") {
        const auto action = string_member(request, "action", "on or off");
        if (const auto* e = std::get_if<RequestError>(&action))
            return *e;
        const auto& a = std::get<std::optional<std::string>>(action);
        if (a == "on")
            req.command = ControlCommand::reading_on;
        else if (a == "off")
            req.command = ControlCommand::reading_off;
        else
            return usage("reading action must be on or off");
    } else {
        return RequestError{"unknown command: " + cmd, true};
    }
    return req;
}

} // namespace respite::app
