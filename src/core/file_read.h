#pragma once
// Reading a small file that may be hostile (a FIFO, a link to /dev/zero, 100 MB): the result of one capped read.
// The OS-safe reader is platform/file_io.h; read_file_std() is the std-only fallback the core uses without it.
#include <cstddef>
#include <filesystem>
#include <functional>
#include <string>

namespace respite {

/// How one capped read ended.
enum class ReadStatus {
    ok,          ///< `text` holds the whole file
    missing,     ///< no such file
    not_regular, ///< a directory, FIFO, device or socket: never opened for reading
    too_large,   ///< longer than the cap
    unreadable,  ///< exists but cannot be read (permissions, I/O error)
};

/// The outcome of reading one file.
struct FileRead {
    ReadStatus status = ReadStatus::missing;
    std::string text;   ///< the contents when ok
    std::string detail; ///< not_regular: what it is ("a directory"); unreadable: the system's reason
};

/// Reads a regular file of at most `max_bytes` bytes (the signature of platform::read_regular_file_capped).
using ReadFileFn = std::function<FileRead(const std::filesystem::path& path, std::size_t max_bytes)>;

/// A std-only reader: refuses anything but a regular file and caps the read. It checks the type before opening, so
/// a file swapped for a FIFO in between could still block; the app and the CLI pass the platform reader instead.
FileRead read_file_std(const std::filesystem::path& path, std::size_t max_bytes);

/// "a directory", "a named pipe (FIFO)", "a device", "a socket", "not a regular file".
std::string describe_file_type(std::filesystem::file_type type);

} // namespace respite
