// Entry point: dispatches subcommands; without one, starts the tray app.
#include "app/cli/commands.h"

#include <iostream>
#include <string_view>
#include <vector>

int main(int argc, char** argv) {
    std::vector<std::string_view> args(argv + 1, argv + argc);
    if (args.empty()) {
        std::cerr << "respite: the tray app is not built yet; see `respite --help`\n";
        return 1;
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
    std::cerr << "respite: unknown command '" << cmd << "' (see `respite --help`)\n";
    return 2;
}
