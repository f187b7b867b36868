// platform/console.h on POSIX systems: terminals take UTF-8 as it is.
#include "platform/console.h"

namespace respite::platform {

void use_utf8_console() {}

std::vector<std::string> utf8_arguments(int argc, char** argv) {
    return {argv, argv + argc};
}

} // namespace respite::platform
