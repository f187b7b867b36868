#include "platform/malloc_arenas.h"

#include <cstdlib> // defines __GLIBC__ on glibc
#ifdef __GLIBC__
#include <malloc.h>
#endif

namespace respite {

void limit_malloc_arenas(int arenas) {
#ifdef __GLIBC__
    mallopt(M_ARENA_MAX, arenas);
#else
    (void)arenas; // musl has no per-thread arenas
#endif
}

} // namespace respite
