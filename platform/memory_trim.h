#pragma once
// Port for handing memory the idle app no longer uses back to the OS.
#include <cstddef>

namespace respite {

/// What one trim released.
struct TrimReport {
    std::size_t mappings = 0;     ///< read-only file mappings whose resident pages were released
    std::size_t file_bytes = 0;   ///< their resident bytes before the trim
    std::size_t minor_faults = 0; ///< the process's minor page faults so far (after the trim)
    bool heap_trimmed = false;    ///< malloc returned free heap pages
};

/// Releases the resident pages of read-only file mappings (library code and constants touched during start-up
/// or by a window since closed) and the free pages of the heap. Those pages stay in the page cache, so touching
/// them again is a minor fault without I/O. Writable mappings and pages that differ from their file (relocated
/// RELRO data) are never touched. Any thread; costs about a millisecond.
TrimReport trim_idle_memory();

/// The process's minor page faults so far: a rise since the last trim means pages came back.
std::size_t minor_page_faults();

} // namespace respite
