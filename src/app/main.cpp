// Entry point: dispatches subcommands; without one, starts the tray app (or shows the running one).
#include "app/cli/autostart_command.h"
#include "app/cli/commands.h"
#include "app/cli/xdg_paths.h"

#include <cstdlib>
#include <filesystem>
#include <iostream>
#include <string>
#include <string_view>
#include <vector>

#ifdef RESPITE_WITH_GUI
#include "app/respite_app.h"
#endif

int main(int argc, char** argv) {
    std::vector<std::string_view> args(argv + 1, argv + argc);
    if (args.empty()) {
        // Single instance: a running app answers on the control socket and pops up its menu.
        if (respite::cli::show_running_app())
            return 0;
#ifdef RESPITE_WITH_GUI
        // Respite draws only with cairo, but GTK 3 on X11 would load Mesa/LLVM for GL anyway: about 11 MiB USS,
        // 14 MiB PSS and 40 ms of start-up. Must be set before GTK starts; a user's own GDK_GL wins.
        setenv("GDK_GL", "disable", 0);
        return respite::app::run_tray_app(argc, argv);
#else
        std::cerr << "respite: built without the tray app (RESPITE_GUI=OFF); see `respite --help`\n";
        return 1;
#endif
    }
    const std::string_view cmd = args.front();
    const respite::cli::Args rest(args.data() + 1, args.size() - 1);
    if (cmd == "--version" || cmd == "-V") {
        std::cout << "respite " << RESPITE_VERSION << "\n";
        return 0;
    }
    if (cmd == "--help" || cmd == "-h" || cmd == "help") {
        respite::cli::print_help(std::cout);
        return 0;
    }
    if (cmd == "plan")
        return respite::cli::plan(rest, std::cout, std::cerr);
    if (cmd == "config")
        return respite::cli::config(rest, std::cout, std::cerr);
    if (cmd == "autostart") {
        // The tray app, for an entry written when no system-wide one is installed: this program without arguments.
        const std::string self = std::string_view(argv[0]).find('/') == std::string_view::npos
                                     ? std::string(argv[0])
                                     : std::filesystem::absolute(argv[0]).lexically_normal().string();
        const respite::XdgDirs dirs = respite::xdg_dirs();
        return respite::cli::autostart(rest, {dirs.config_dirs, dirs.config_home, self}, respite::xdg_config_paths(),
                                       std::cout, std::cerr);
    }
    if (auto rc = respite::cli::live(cmd, rest, std::cout, std::cerr))
        return *rc;
    std::cerr << "respite: unknown command '" << cmd << "' (see `respite --help`)\n";
    return 2;
}
