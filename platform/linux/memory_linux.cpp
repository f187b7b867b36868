#include "platform/memory.h"

#include <cstdlib> // defines __GLIBC__ on glibc
#ifdef __GLIBC__
#include <malloc.h>
#endif

namespace respite {

void release_free_heap() {
#ifdef __GLIBC__
    // Unlike the automatic trim in free(), which only shortens the top of the heap, this also releases the free
    // pages inside it, in every arena.
    malloc_trim(0);
#endif
}

} // namespace respite
