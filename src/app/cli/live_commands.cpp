// The live subcommands: CLI11 reads the arguments, one request goes over the control socket, the reply is printed.
#include "app/cli/commands.h"
#include "app/cli/ipc_client.h"
#include "app/cli/reply_text.h"
#include "app/cli/status_text.h"
#include "core/breathing_patterns.h"
#include "core/config/duration.h"

#include <CLI/CLI.hpp>

#include <memory>
#include <ostream>
#include <string>
#include <vector>

namespace respite::cli {

using nlohmann::json;

namespace {

// A pause longer than this is refused (the app refuses it too): "until the next workday" is --tomorrow.
constexpr std::chrono::hours max_pause{24};

struct Io {
    std::ostream& out;
    std::ostream& err;
};

int usage(const Io& io, const std::string& cmd, const std::string& message) {
    io.err << "respite " << cmd << ": " << message << " (see `respite " << cmd << " --help`)\n";
    return exit_usage;
}

// Sends the request and prints the reply: the status, or what happened, or why not.
int send(const Io& io, const std::string& cmd, const json& request, bool as_json = false) {
    CallError error = CallError::none;
    std::string why;
    const auto reply = call_app(control_socket_path(), request, error, why);
    if (!reply) {
        if (error == CallError::not_running)
            io.err << "respite: the app is not running (start it with `respite`)\n";
        else
            io.err << "respite " << cmd << ": " << why << "\n";
        return exit_refused;
    }
    if (!reply->value("ok", false)) {
        const auto& e = (*reply)["error"];
        io.err << "respite " << cmd << ": " << (e.is_string() ? e.get<std::string>() : std::string("failed")) << "\n";
        return exit_refused;
    }
    if (cmd == "status") {
        const json& status = (*reply)["status"];
        io.out << (as_json ? status.dump(2) + "\n" : status_text(status));
    } else if (cmd == "reading status") {
        const json& status = (*reply)["status"];
        io.out << (as_json ? status["reading"].dump(2) + "\n" : reading_status_text(status));
    } else {
        io.out << reply_text(cmd, *reply);
    }
    return exit_ok;
}

// A subcommand whose request needs no arguments.
void add_plain(CLI::App& app, Action& action, const Io& io, const std::string& name, const std::string& what) {
    auto* sub = app.add_subcommand(name, what);
    sub->callback([&action, io, name] { action = [io, name] { return send(io, name, json{{"cmd", name}}); }; });
}

void add_status(CLI::App& app, Action& action, const Io& io) {
    auto* sub = app.add_subcommand("status", "what Respite knows now: next breaks, pause, focus, workday");
    auto as_json = std::make_shared<bool>(false);
    sub->add_flag("--json", *as_json, "the status as JSON (the fields of the control socket's reply)");
    sub->callback([&action, io, as_json] {
        action = [io, as_json] { return send(io, "status", json{{"cmd", "status"}}, *as_json); };
    });
}

void add_pause(CLI::App& app, Action& action, const Io& io) {
    auto* sub = app.add_subcommand("pause", "pause prompts and counting");
    sub->footer("A pause lasts at most 24h: a longer DURATION is refused (use --tomorrow to pause until the next "
                "workday starts). `respite resume` ends a pause early.");
    struct Args {
        std::string duration, until;
        bool tomorrow = false;
    };
    auto a = std::make_shared<Args>();
    auto* d = sub->add_option("DURATION", a->duration, "how long, e.g. 30m, 1h30m (at most 24h)");
    auto* u =
        sub->add_option("--until", a->until, "until a time today (or tomorrow, if it has passed)")->type_name("HH:MM");
    auto* t = sub->add_flag("--tomorrow", a->tomorrow, "until the next workday starts");
    d->excludes(u)->excludes(t);
    u->excludes(t);
    sub->callback([&action, io, a] {
        action = [io, a] {
            json req{{"cmd", "pause"}};
            if (a->tomorrow) {
                req["tomorrow"] = true;
            } else if (!a->until.empty()) {
                if (!parse_time_of_day(a->until))
                    return usage(io, "pause", "--until needs a time like 14:30, not '" + a->until + "'");
                req["until"] = a->until;
            } else if (!a->duration.empty()) {
                // parse_duration bounds its digits, so the value is far from overflowing before this check.
                const auto length = parse_duration(a->duration);
                if (!length || *length < std::chrono::seconds(1))
                    return usage(io, "pause", "'" + a->duration + "' is not a duration like 30m or 1h30m");
                if (*length > max_pause)
                    return usage(io, "pause",
                                 a->duration + " is longer than a day; pause at most 24h, or use --tomorrow to "
                                               "pause until the next workday starts");
                req["seconds"] = std::chrono::duration_cast<std::chrono::seconds>(*length).count();
            } else {
                return usage(io, "pause", "pause needs a duration (30m, 1h30m), --until HH:MM or --tomorrow");
            }
            return send(io, "pause", req);
        };
    });
}

void add_break(CLI::App& app, Action& action, const Io& io) {
    auto* sub = app.add_subcommand("break", "take a break now");
    auto kind = std::make_shared<std::string>("micro");
    sub->add_option("KIND", *kind, "micro (the default) or rest")->check(CLI::IsMember({"micro", "rest"}));
    sub->callback([&action, io, kind] {
        action = [io, kind] { return send(io, "break", json{{"cmd", "break"}, {"kind", *kind}}); };
    });
}

void add_breathe(CLI::App& app, Action& action, const Io& io) {
    auto* sub = app.add_subcommand("breathe", "open guided breathing");
    struct Args {
        int minutes = 0;
        std::string pattern;
        bool stop = false;
    };
    auto a = std::make_shared<Args>();
    sub->add_option("--minutes", a->minutes, "how long, 1 to 60 (default: breathing.default_minutes)")
        ->check(CLI::Range(1, 60));
    std::vector<std::string> words(breathing_pattern_words.begin(), breathing_pattern_words.end());
    sub->add_option("--pattern", a->pattern,
                    breathing_pattern_choices_text() + " (default: breathing.pattern; follow: your own pace)")
        ->check(CLI::IsMember(words));
    sub->add_flag("--stop", a->stop, "end the running breathing session")->excludes("--minutes", "--pattern");
    sub->callback([&action, io, a] {
        action = [io, a] {
            if (a->stop)
                return send(io, "breathe", json{{"cmd", "breathe"}, {"stop", true}});
            json req{{"cmd", "breathe"}};
            if (a->minutes > 0)
                req["minutes"] = a->minutes;
            if (!a->pattern.empty())
                req["pattern"] = a->pattern;
            return send(io, "breathe", req);
        };
    });
}

void add_focus(CLI::App& app, Action& action, const Io& io) {
    auto* sub = app.add_subcommand("focus", "start or stop a focus session (focus.work, then a focus break)");
    auto what = std::make_shared<std::string>();
    sub->add_option("ACTION", *what, "start or stop")->required()->check(CLI::IsMember({"start", "stop"}));
    sub->callback([&action, io, what] {
        action = [io, what] { return send(io, "focus", json{{"cmd", "focus"}, {"action", *what}}); };
    });
}

void add_reading(CLI::App& app, Action& action, const Io& io) {
    auto* sub = app.add_subcommand("reading", "reading or watching: idle time at the screen counts as screen time");
    sub->footer("While reading mode is on, idle time advances the break counters and never counts as a natural "
                "break; time away (lock, sleep) still does. It ends by itself after activity.reading_max (default "
                "2h) or at the end of your workday, and survives a restart the same day. A video or presentation "
                "that keeps the screen awake counts the same way while it plays (activity.inhibitor_is_reading).");
    struct Args {
        std::string what;
        bool as_json = false;
    };
    auto a = std::make_shared<Args>();
    sub->add_option("ACTION", a->what, "on, off, or status (whether it is on, why and until when)")
        ->required()
        ->check(CLI::IsMember({"on", "off", "status"}));
    sub->add_flag("--json", a->as_json, "with status: the \"reading\" object of `respite status --json`");
    sub->callback([&action, io, a] {
        action = [io, a] {
            if (a->what == "status")
                return send(io, "reading status", json{{"cmd", "status"}}, a->as_json);
            if (a->as_json)
                return usage(io, "reading", "--json goes with status only");
            return send(io, "reading " + a->what, json{{"cmd", "reading"}, {"action", a->what}});
        };
    });
}

} // namespace

void add_live_commands(CLI::App& app, Action& action, std::ostream& out, std::ostream& err) {
    const Io io{out, err};
    add_status(app, action, io);
    add_pause(app, action, io);
    add_plain(app, action, io, "resume", "end a pause");
    add_break(app, action, io);
    add_breathe(app, action, io);
    add_focus(app, action, io);
    add_reading(app, action, io);
    add_plain(app, action, io, "reload", "re-read the configuration files");
    add_plain(app, action, io, "quit", "stop the running app");
}

bool show_running_app() {
    CallError error = CallError::none;
    std::string why;
    return call_app(control_socket_path(), json{{"cmd", "show"}}, error, why, std::chrono::seconds(5)).has_value();
}

} // namespace respite::cli
