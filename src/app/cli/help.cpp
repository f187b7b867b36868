#include "app/cli/commands.h"

#include <ostream>

namespace respite::cli {
void print_help(std::ostream& out) {
    out << "usage: respite [COMMAND]\n";
}
} // namespace respite::cli
