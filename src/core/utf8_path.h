#pragma once
// Paths in Respite's text: every message, JSON field and command-line argument is UTF-8. On POSIX a path's bytes
// are that text already; on Windows a path is UTF-16, and path::string() would use the ANSI code page (lossy, or
// an exception for a name it cannot spell). C++20's char8_t overloads convert as UTF-8 on every OS.
#include <filesystem>
#include <string>
#include <string_view>

namespace respite {

/// `path` spelled in UTF-8, for messages and JSON.
inline std::string utf8(const std::filesystem::path& path) {
    const std::u8string text = path.u8string();
    return {text.begin(), text.end()};
}

/// The path a UTF-8 string names (a command-line argument, a config value).
inline std::filesystem::path path_from_utf8(std::string_view text) {
    return std::filesystem::path(std::u8string(text.begin(), text.end()));
}

} // namespace respite
