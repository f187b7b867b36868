// `respite autostart on|off|status`: the words around change_autostart() (app/autostart.cpp).
#include "app/cli/autostart_command.h"

#include "app/cli/xdg_paths.h"

#include <CLI/CLI.hpp>

#include <optional>
#include <ostream>
#include <string_view>

namespace respite::cli {
namespace {

constexpr int ok = exit_ok;
constexpr int refused = exit_refused;
constexpr int usage_error = exit_usage;
constexpr std::string_view usage_text = "usage: respite autostart on|off|status\n"
                                        "  on      start the tray app when you log in\n"
                                        "  off     do not (writes a Hidden=true entry in $XDG_CONFIG_HOME/autostart)\n"
                                        "  status  say which, and why\n";

enum class Request { on, off, status };

void print_state(const platform::AutostartState& state, std::ostream& out) {
    out << (state.starts ? "on" : "off") << " (" << autostart_reason(state) << ")\n";
}

} // namespace

int autostart(std::string_view word, const AutostartPlaces& places, const ConfigPaths& config, std::ostream& out,
              std::ostream& err) {
    const std::optional<Request> request = word == "on"       ? std::optional(Request::on)
                                           : word == "off"    ? std::optional(Request::off)
                                           : word == "status" ? std::optional(Request::status)
                                                              : std::nullopt;
    if (!request) {
        err << "respite autostart: expected one of on, off, status\n" << usage_text;
        return usage_error;
    }
    if (*request == Request::status) {
        const auto reading = platform::read_autostart(places.dirs);
        if (!reading.error.empty()) {
            err << "respite autostart: " << reading.error << "\n";
            return refused;
        }
        const bool starts = reading.state.starts;
        print_state(reading.state, out);
        if (const auto lock = autostart_lock(config); lock && lock->unreadable.empty())
            out << "locked by policy (" << lock->file << "): app.autostart = " << (lock->value ? "true" : "false")
                << (lock->value == starts ? ""
                    : lock->value         ? "; run `respite autostart on`"
                                          : "; run `respite autostart off`")
                << "\n";
        else if (lock)
            out << "locked: " << autostart_refusal(lock, !starts) << "\n";
        return ok;
    }
    const auto change = change_autostart(places, config, *request == Request::on);
    switch (change.outcome) {
    case AutostartOutcome::refused:
        err << "respite autostart: refused: " << change.message << "\n";
        return refused;
    case AutostartOutcome::failed:
        err << "respite autostart: " << change.message << "\n";
        return refused;
    case AutostartOutcome::done:
        break;
    }
    print_state(change.state, out);
    return ok;
}

void add_autostart_command(CLI::App& app, Action& action, std::ostream& out, std::ostream& err) {
    auto* sub = app.add_subcommand("autostart", "whether Respite starts when you log in: autostart on|off|status");
    auto word = std::make_shared<std::string>();
    sub->add_option("ACTION", *word, "on, off or status")->required()->check(CLI::IsMember({"on", "off", "status"}));
    sub->callback([&action, &out, &err, word] {
        action = [&out, &err, word] {
            return autostart(*word, current_autostart_places(), xdg_config_paths(), out, err);
        };
    });
}

} // namespace respite::cli
