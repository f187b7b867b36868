#pragma once
// Port: how many heap arenas the C library's allocator may create (DESIGN.md §1). glibc: mallopt(M_ARENA_MAX).

namespace respite {

/// Caps the allocator's arenas at `arenas` where the C library has per-thread arenas (each keeps its own touched
/// pages); elsewhere nothing. Call first thing in main, before other threads start.
void limit_malloc_arenas(int arenas);

} // namespace respite
