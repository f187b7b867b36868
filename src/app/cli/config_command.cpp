// Placeholder until the configuration work lands.
#include "app/cli/commands.h"

#include <ostream>

namespace respite::cli {
int config(Args, std::ostream&, std::ostream& err) {
    err << "respite config: not implemented yet\n";
    return 2;
}
} // namespace respite::cli
