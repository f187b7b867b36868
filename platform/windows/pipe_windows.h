#pragma once
// The control channel's named pipe (platform/control_channel.h on Windows), shared by its server and client:
// the name, and how one pipe instance is created with the DACL that admits only this user.
#include "platform/windows/text_windows.h"

#include <cstddef>
#include <filesystem>
#include <string>

namespace respite::platform::windows {

/// Bytes the pipe buffers each way: a whole request line (64 KiB) fits.
inline constexpr DWORD pipe_buffer_bytes = 64 * 1024;

/// Creates one instance of the pipe `name`, overlapped, byte mode, local clients only, its DACL granting only the
/// current user. `first`: FILE_FLAG_FIRST_PIPE_INSTANCE, so creation fails (ERROR_ACCESS_DENIED) when any pipe of
/// that name exists already, ours or a squatter's (rules 3 and 5). Returns an invalid handle with GetLastError().
Handle create_pipe_instance(const std::filesystem::path& name, bool first);

/// Why the pipe `name` cannot be trusted, by the user SID of the process at its other end (`server_side`: the
/// handle is a client's, ask for the server's process). Empty when it is this user's.
std::string foreign_peer(HANDLE pipe, const std::filesystem::path& name, bool server_side);

} // namespace respite::platform::windows
