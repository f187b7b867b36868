#pragma once
// Files Respite reads and replaces (config layers, state.json): an OS-neutral port (DESIGN.md §1, issue 8 §4).
// Implemented per OS (file_io_posix.cpp); GUI-free, so the command line links it too (respite_platform_files).
#include "core/file_read.h"

#include <cstddef>
#include <filesystem>
#include <string>
#include <string_view>

namespace respite::platform {

/// Who may read a file Respite creates.
enum class FileAccess {
    owner_only,    ///< private to the user (state.json)
    world_readable ///< the user writes, others may read (config.toml)
};

/// How much of a replacement write_file_atomic() puts on disk before it returns. Either way a crash of the program
/// or of the machine leaves the old or the new file, whole (the contents are flushed before the rename).
enum class Flush {
    contents_and_entry, ///< the contents and the folder's new entry: after a power loss, the new file
    contents_only       ///< not the folder's entry: after a power loss the rename may be undone (the old file, whole);
                        ///< one sleep less, for a checkpoint rewritten every minute that the next one supersedes
};

/// Reads `path` if it is a regular file of at most `max_bytes`. Never blocks on a FIFO or device (opened
/// non-blocking, type checked on the open file), never reads more than `max_bytes` + 1 bytes.
FileRead read_regular_file_capped(const std::filesystem::path& path, std::size_t max_bytes);

/// Replaces `path` with `contents` so that readers and a crash see the old or the new file, never a mix: a temp
/// file beside it, flushed, renamed over it, the folder flushed (unless `flush` says not). Creates missing folders;
/// follows a symlink and replaces its target; an existing file keeps its permissions, a new one gets `access`.
/// Error line or "".
std::string write_file_atomic(const std::filesystem::path& path, std::string_view contents,
                              FileAccess access = FileAccess::owner_only, Flush flush = Flush::contents_and_entry);

/// Removes temp files write_file_atomic() left beside `path` when the process died mid-write. Returns how many.
int remove_orphaned_temp_files(const std::filesystem::path& path);

/// Moves `path` aside to `to` (same folder); error line or "".
std::string move_file(const std::filesystem::path& path, const std::filesystem::path& to);

} // namespace respite::platform
