// Entry point of `respite`, the command line (DESIGN.md §6). It links no GUI toolkit: the tray app is
// `respite-app`, which `respite` without a subcommand starts.
#include "app/cli/commands.h"

#include <iostream>

int main(int argc, char** argv) {
    return respite::cli::run(argc, argv, std::cout, std::cerr);
}
