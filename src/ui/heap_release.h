#pragma once
// A closed window's memory goes back to the OS: its widgets free their heap chunks when it is destroyed, and the
// allocator keeps those pages (counted as this process's private memory) until asked (platform/memory.h).
class wxWindow;

namespace respite::ui {

/// Once `window` (a top-level window) is destroyed, releases the free heap: in a GUI task after the destruction,
/// when everything the window held is free.
void release_heap_when_destroyed(wxWindow& window);

} // namespace respite::ui
