// Entry point of `respite`, the command line (DESIGN.md §6). It links no GUI toolkit: the tray app is
// `respite-app`, which `respite` without a subcommand starts.
#include "app/cli/commands.h"
#include "platform/time_zones.h"

#include <iostream>

int main(int argc, char** argv) {
    respite::platform::use_bundled_time_zones(); // Windows: tzdata\ beside respite.exe
    return respite::cli::run(argc, argv, std::cout, std::cerr);
}
