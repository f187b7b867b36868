// platform/console.h on POSIX systems: terminals take UTF-8 as it is.
#include "platform/console.h"

namespace respite::platform {

void use_utf8_console() {}

} // namespace respite::platform
