#pragma once
// Replacing a file so that readers (and a crash) see either the old or the new content, never a mix.
#include <filesystem>
#include <string>
#include <string_view>

namespace respite {

/// Replaces `file` with `contents`: a temp file in the same folder, fsync, rename, fsync of the folder. Creates
/// missing parent folders; follows a symlink and replaces its target; an existing file keeps its permissions, a
/// new one gets `mode`. Returns an error line naming the file, or an empty string on success.
std::string atomic_write_file(const std::filesystem::path& file, std::string_view contents, unsigned mode = 0600);

} // namespace respite
