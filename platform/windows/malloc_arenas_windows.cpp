// The Windows heap has no per-thread arenas to cap.
#include "platform/malloc_arenas.h"

namespace respite {

void limit_malloc_arenas(int) {}

} // namespace respite
