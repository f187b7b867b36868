// Placeholder until the plan simulator lands.
#include "app/cli/commands.h"

#include <ostream>

namespace respite::cli {
int plan(Args, std::ostream&, std::ostream& err) {
    err << "respite plan: not implemented yet\n";
    return 2;
}
} // namespace respite::cli
