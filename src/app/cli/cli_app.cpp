// The command line as a whole: CLI11 parses it, every subcommand answers --help, a misspelt word gets a
// suggestion, and no subcommand starts (or shows) the tray app.
#include "app/cli/autostart_command.h"
#include "app/cli/commands.h"
#include "app/cli/launch_app.h"
#include "core/config/suggest.h"

#include <CLI/CLI.hpp>

#include <memory>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

namespace respite::cli {
namespace {

constexpr const char* description =
    "Respite reminds you to take breaks. Without a command it starts the tray app (a second start shows the "
    "running app's menu).";
constexpr const char* version_text = "respite " RESPITE_VERSION;
constexpr const char* footer = "Run `respite COMMAND --help` for the options of a command.\n"
                               "Exit codes: 0 ok, 1 app not running or operation refused, 2 usage or input error.";

// The innermost subcommand the command line chose, and its name as typed ("respite config set").
const CLI::App* chosen(const CLI::App& app, std::string& path) {
    const CLI::App* at = &app;
    path = "respite";
    for (;;) {
        const auto subs = at->get_subcommands();
        if (subs.empty())
            return at;
        at = subs.front();
        path += " " + at->get_name();
    }
}

// "did you mean 'status'?" for the first word CLI11 could not place, among the names that fit there.
std::string suggestion(const CLI::App& at, const std::vector<std::string>& extras) {
    if (extras.empty())
        return {};
    const std::string& word = extras.front();
    std::vector<std::string> names;
    for (const CLI::App* sub : at.get_subcommands([](const CLI::App*) { return true; }))
        names.push_back(sub->get_name());
    for (const CLI::Option* opt : at.get_options())
        for (const auto& name : opt->get_lnames())
            names.push_back("--" + name);
    const std::vector<std::string_view> candidates(names.begin(), names.end());
    const auto guess = nearest(word, candidates);
    return guess ? "; did you mean '" + *guess + "'?" : std::string();
}

int start_or_show_tray_app(std::ostream& err) {
    // Single instance: a running app answers on the control socket and pops up its menu.
    if (show_running_app())
        return exit_ok;
    const auto app = find_tray_app(RESPITE_LIBEXEC_DIR);
    if (!app) {
        err << "respite: the tray app (respite-app) is not installed beside respite or in " RESPITE_LIBEXEC_DIR "\n";
        return exit_refused;
    }
    if (const std::string error = start_detached(*app); !error.empty()) {
        err << "respite: cannot start the tray app: " << error << "\n";
        return exit_refused;
    }
    return exit_ok;
}

} // namespace

int run(int argc, const char* const* argv, std::ostream& out, std::ostream& err) {
    // The version alone needs none of the parser: building every subcommand and unwinding the exception CLI11
    // answers it with cost more than the rest of the start-up (issue 12: `respite --version` within 3 ms).
    const std::string_view only_word = argc == 2 ? argv[1] : "";
    if (only_word == "--version" || only_word == "-V") {
        out << version_text << "\n";
        return exit_ok;
    }
    CLI::App app(description, "respite");
    app.footer(footer);
    app.set_version_flag("-V,--version", version_text);
    auto formatter = std::make_shared<CLI::Formatter>();
    formatter->label("Usage", "usage");
    formatter->column_width(34);
    app.formatter(formatter);
    app.require_subcommand(0, 1);
    Action action;
    add_live_commands(app, action, out, err);
    add_plan_command(app, action, out, err);
    add_config_command(app, action, out, err);
    add_history_commands(app, action, out, err);
    add_autostart_command(app, action, out, err);
    // Also without the exception CLI11 signals --help with: the same text, as `respite help` prints it.
    if (only_word == "help" || only_word == "--help" || only_word == "-h") {
        out << app.help();
        return exit_ok;
    }
    try {
        app.parse(argc, argv);
    } catch (const CLI::CallForHelp&) {
        std::string path;
        const CLI::App* at = chosen(app, path);
        const auto parent = path.substr(0, path.rfind(' '));
        out << (at == &app ? app.help() : at->help(parent));
        return exit_ok;
    } catch (const CLI::CallForAllHelp&) {
        out << app.help("", CLI::AppFormatMode::All);
        return exit_ok;
    } catch (const CLI::CallForVersion& v) {
        out << v.what() << "\n";
        return exit_ok;
    } catch (const CLI::ParseError& e) {
        std::string path;
        const CLI::App* at = chosen(app, path);
        err << path << ": " << e.what() << suggestion(*at, at->remaining()) << "\n"
            << formatter->make_usage(at, path) << "Run `" << path << " --help` for more.\n";
        return exit_usage;
    }
    if (!action)
        return start_or_show_tray_app(err);
    return action();
}

} // namespace respite::cli
