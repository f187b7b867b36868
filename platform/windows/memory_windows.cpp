#include "platform/memory.h"

#include <malloc.h>

namespace respite {

void release_free_heap() {
    // The C runtime's heap gives its unused pages back to the process heap and the OS.
    _heapmin();
}

} // namespace respite
