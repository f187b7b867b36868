// Entry point of `respite`, the command line (DESIGN.md §6). It links no GUI toolkit: the tray app is
// `respite-app`, which `respite` without a subcommand starts.
#include "app/cli/commands.h"
#include "platform/console.h"
#include "platform/time_zones.h"

#include <iostream>
#include <string>
#include <vector>

int main(int argc, char** argv) {
    respite::platform::use_bundled_time_zones(); // Windows: tzdata\ beside respite.exe
    respite::platform::use_utf8_console();       // Windows: "·" and non-ASCII paths show as such
    // Windows: argv in the ANSI code page loses non-ASCII names; the CLI takes UTF-8 everywhere.
    std::vector<std::string> args = respite::platform::utf8_arguments(argc, argv);
    std::vector<char*> utf8_argv;
    for (std::string& a : args)
        utf8_argv.push_back(a.data());
    utf8_argv.push_back(nullptr);
    return respite::cli::run(static_cast<int>(args.size()), utf8_argv.data(), std::cout, std::cerr);
}
