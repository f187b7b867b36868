// The live subcommands: parse arguments, send one request over the control socket, print the reply.
#include "app/cli/commands.h"
#include "app/cli/ipc_client.h"
#include "app/cli/status_text.h"
#include "core/config/duration.h"

#include <algorithm>
#include <charconv>
#include <ostream>
#include <string>

namespace respite::cli {

using nlohmann::json;

namespace {
constexpr int exit_ok = 0;
constexpr int exit_refused = 1;
constexpr int exit_usage = 2;

struct Usage {
    std::string message;
};

std::optional<int> to_int(std::string_view text) {
    int value = 0;
    const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (ec != std::errc() || end != text.data() + text.size())
        return std::nullopt;
    return value;
}

// `--name VALUE` or `--name=VALUE`; advances `i` past what it consumed.
std::optional<std::string_view> option_value(Args args, std::size_t& i, std::string_view name) {
    const std::string_view arg = args[i];
    if (arg == name) {
        if (i + 1 >= args.size())
            throw Usage{std::string(name) + " needs a value"};
        return args[++i];
    }
    if (arg.size() > name.size() && arg.substr(0, name.size()) == name && arg[name.size()] == '=')
        return arg.substr(name.size() + 1);
    return std::nullopt;
}

json build_request(std::string_view cmd, Args args, bool& as_json) {
    json req{{"cmd", std::string(cmd)}};
    auto no_more = [&](std::size_t from) {
        if (args.size() > from)
            throw Usage{"unexpected argument '" + std::string(args[from]) + "'"};
    };
    if (cmd == "status") {
        for (const auto a : args) {
            if (a != "--json")
                throw Usage{"unexpected argument '" + std::string(a) + "'"};
            as_json = true;
        }
    } else if (cmd == "pause") {
        if (args.empty())
            throw Usage{"pause needs a duration (30m, 1h30m), --until HH:MM or --tomorrow"};
        std::size_t i = 0;
        if (args[0] == "--tomorrow") {
            req["tomorrow"] = true;
        } else if (auto until = option_value(args, i, "--until")) {
            if (!parse_time_of_day(*until))
                throw Usage{"--until needs a time like 14:30, not '" + std::string(*until) + "'"};
            req["until"] = std::string(*until);
        } else {
            const auto d = parse_duration(args[0]);
            if (!d || *d < std::chrono::seconds(1))
                throw Usage{"'" + std::string(args[0]) + "' is not a duration like 30m or 1h30m"};
            req["seconds"] = std::chrono::duration_cast<std::chrono::seconds>(*d).count();
        }
        no_more(i + 1);
    } else if (cmd == "break") {
        if (!args.empty()) {
            if (args[0] != "micro" && args[0] != "rest")
                throw Usage{"break kind must be micro or rest"};
            req["kind"] = std::string(args[0]);
        }
        no_more(1);
    } else if (cmd == "breathe") {
        for (std::size_t i = 0; i < args.size(); ++i) {
            if (auto m = option_value(args, i, "--minutes")) {
                const auto n = to_int(*m);
                if (!n || *n < 1 || *n > 60)
                    throw Usage{"--minutes must be a whole number from 1 to 60"};
                req["minutes"] = *n;
            } else if (auto p = option_value(args, i, "--pattern")) {
                if (*p != "box" && *p != "4-7-8" && *p != "coherent")
                    throw Usage{"--pattern must be box, 4-7-8 or coherent"};
                req["pattern"] = std::string(*p);
            } else {
                throw Usage{"unexpected argument '" + std::string(args[i]) + "'"};
            }
        }
    } else if (cmd == "focus") {
        if (args.empty() || (args[0] != "start" && args[0] != "stop"))
            throw Usage{"focus needs start or stop"};
        req["action"] = std::string(args[0]);
        no_more(1);
    } else {
        no_more(0); // resume, reload, quit
    }
    return req;
}
} // namespace

std::optional<int> live(std::string_view cmd, Args args, std::ostream& out, std::ostream& err) {
    static constexpr std::string_view names[] = {"status",  "pause", "resume", "break",
                                                 "breathe", "focus", "reload", "quit"};
    if (std::find(std::begin(names), std::end(names), cmd) == std::end(names))
        return std::nullopt;
    bool as_json = false;
    json request;
    try {
        request = build_request(cmd, args, as_json);
    } catch (const Usage& u) {
        err << "respite " << cmd << ": " << u.message << " (see `respite --help`)\n";
        return exit_usage;
    }
    CallError error = CallError::none;
    std::string why;
    const auto reply = call_app(control_socket_path(), request, error, why);
    if (!reply) {
        if (error == CallError::not_running)
            err << "respite: the app is not running (start it with `respite`)\n";
        else
            err << "respite " << cmd << ": " << why << "\n";
        return exit_refused;
    }
    if (!reply->value("ok", false)) {
        err << "respite " << cmd << ": " << reply->value("error", std::string("failed")) << "\n";
        return exit_refused;
    }
    if (cmd == "status") {
        const json& status = (*reply)["status"];
        if (as_json)
            out << status.dump(2) << "\n";
        else
            out << status_text(status);
    }
    return exit_ok;
}

bool show_running_app() {
    CallError error = CallError::none;
    std::string why;
    return call_app(control_socket_path(), json{{"cmd", "show"}}, error, why, std::chrono::seconds(5)).has_value();
}

} // namespace respite::cli
