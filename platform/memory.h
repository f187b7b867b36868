#pragma once
// Port: hand the allocator's free heap pages back to the OS.

namespace respite {

/// Returns the heap's free pages to the OS. A closed window's widgets leave free chunks between live ones that
/// the allocator keeps mapped (and counted as this process's private memory) until asked. Costs about a
/// millisecond; any thread. A no-op where the allocator offers no such call.
void release_free_heap();

} // namespace respite
