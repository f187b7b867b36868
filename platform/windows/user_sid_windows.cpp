#include "platform/windows/user_sid_windows.h"

#include "platform/windows/text_windows.h"

#include <sddl.h>

#include <vector>

namespace respite::platform::windows {
namespace {

std::optional<std::string> token_user_sid(HANDLE process) {
    HANDLE raw = nullptr;
    if (!OpenProcessToken(process, TOKEN_QUERY, &raw))
        return std::nullopt;
    const Handle token(raw);
    DWORD size = 0;
    GetTokenInformation(token.get(), TokenUser, nullptr, 0, &size);
    if (size == 0)
        return std::nullopt;
    std::vector<unsigned char> buffer(size);
    if (!GetTokenInformation(token.get(), TokenUser, buffer.data(), size, &size))
        return std::nullopt;
    const auto* user = reinterpret_cast<const TOKEN_USER*>(buffer.data());
    wchar_t* text = nullptr;
    if (!ConvertSidToStringSidW(user->User.Sid, &text))
        return std::nullopt;
    std::string out = narrow(text);
    LocalFree(text);
    return out;
}

} // namespace

std::string current_user_sid() {
    return token_user_sid(GetCurrentProcess()).value_or(std::string());
}

std::optional<std::string> process_user_sid(DWORD pid) {
    if (pid == GetCurrentProcessId())
        return token_user_sid(GetCurrentProcess());
    const Handle process(OpenProcess(PROCESS_QUERY_LIMITED_INFORMATION, FALSE, pid));
    if (!process.valid())
        return std::nullopt;
    return token_user_sid(process.get());
}

SecurityDescriptor only_user_descriptor(const std::string& sid) {
    if (sid.empty())
        return nullptr;
    // D:P = a protected DACL (nothing inherited); one entry: GENERIC_ALL for the user.
    const std::wstring sddl = L"D:P(A;;GA;;;" + widen(sid) + L")";
    PSECURITY_DESCRIPTOR descriptor = nullptr;
    if (!ConvertStringSecurityDescriptorToSecurityDescriptorW(sddl.c_str(), SDDL_REVISION_1, &descriptor, nullptr))
        return nullptr;
    return SecurityDescriptor(descriptor);
}

} // namespace respite::platform::windows
