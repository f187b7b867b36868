#pragma once
// The folder that holds the control socket (rules 3 and 4 of platform/control_channel.h), checked the same way by
// the server that creates it and the client that trusts it.
#include <filesystem>
#include <string>

namespace respite::platform::posix {

enum class FolderCheck {
    ok,
    missing, ///< the socket's folder does not exist (client: nothing runs)
    unsafe,  ///< not private to this user: `why` names the path and the reason
    failed   ///< could not be created or inspected
};

/// Server: creates the socket's folder with an exclusive mkdir (0700) and checks owner and mode; a folder of the
/// user's that others can only read is tightened, one others can write or that belongs to someone else is refused.
FolderCheck prepare_socket_folder(const std::filesystem::path& folder, std::string& why);
/// Client: the folder must exist, be a real folder of this user with mode 0700, inside a runtime folder others
/// cannot write.
FolderCheck check_socket_folder(const std::filesystem::path& folder, std::string& why);

/// What is at `path` when it is not a socket ("a directory", "a regular file"...); empty for a socket or nothing.
std::string non_socket_at(const std::filesystem::path& path);

} // namespace respite::platform::posix
