#pragma once
// Who a process runs as, for the control channel's checks (rules 1-3 of platform/control_channel.h): the user SID
// of a process token, and the security descriptor that admits only this user.
#include <windows.h>

#include <memory>
#include <optional>
#include <string>

namespace respite::platform::windows {

/// The user SID of this process's token as text ("S-1-5-21-..."); empty when it cannot be read.
std::string current_user_sid();
/// The user SID of process `pid` as text; nullopt when the process or its token cannot be opened.
std::optional<std::string> process_user_sid(DWORD pid);

/// A self-relative security descriptor (freed with LocalFree) whose DACL grants `sid` full access and nobody else
/// anything (protected: no inherited entries).
struct LocalFreeDeleter {
    void operator()(void* p) const { LocalFree(p); }
};
using SecurityDescriptor = std::unique_ptr<void, LocalFreeDeleter>;
/// nullptr when the SDDL could not be converted.
SecurityDescriptor only_user_descriptor(const std::string& sid);

} // namespace respite::platform::windows
