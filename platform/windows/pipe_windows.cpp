#include "platform/windows/pipe_windows.h"

#include "platform/windows/user_sid_windows.h"

namespace respite::platform::windows {

Handle create_pipe_instance(const std::filesystem::path& name, bool first) {
    const auto descriptor = only_user_descriptor(current_user_sid());
    if (!descriptor) {
        SetLastError(ERROR_INVALID_SECURITY_DESCR);
        return Handle();
    }
    SECURITY_ATTRIBUTES attributes{sizeof attributes, descriptor.get(), FALSE};
    const DWORD open_mode = PIPE_ACCESS_DUPLEX | FILE_FLAG_OVERLAPPED | (first ? FILE_FLAG_FIRST_PIPE_INSTANCE : 0);
    const DWORD pipe_mode = PIPE_TYPE_BYTE | PIPE_READMODE_BYTE | PIPE_WAIT | PIPE_REJECT_REMOTE_CLIENTS;
    return Handle(CreateNamedPipeW(name.c_str(), open_mode, pipe_mode, PIPE_UNLIMITED_INSTANCES, pipe_buffer_bytes,
                                   pipe_buffer_bytes, 0, &attributes));
}

std::string foreign_peer(HANDLE pipe, const std::filesystem::path& name, bool server_side) {
    ULONG pid = 0;
    const BOOL got = server_side ? GetNamedPipeServerProcessId(pipe, &pid) : GetNamedPipeClientProcessId(pipe, &pid);
    const char* who = server_side ? "served" : "used";
    if (!got)
        return "cannot check who " + std::string(server_side ? "serves" : "uses") + " the control pipe " +
               display(name) + ": " + error_text(GetLastError());
    const std::string mine = current_user_sid();
    const auto theirs = process_user_sid(pid);
    if (!theirs)
        return "the control pipe " + display(name) + " is " + who + " by process " + std::to_string(pid) +
               " whose user cannot be read; refusing to talk to it";
    if (mine.empty() || *theirs != mine)
        return "the control pipe " + display(name) + " is " + who + " by another user (" + *theirs +
               "); refusing to talk to it";
    return {};
}

} // namespace respite::platform::windows
