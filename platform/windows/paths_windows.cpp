// platform/paths.h on Windows: the Known Folders (DESIGN.md §5). The user's settings live in the roaming
// application data (%APPDATA%), the state in the local one (%LOCALAPPDATA%), admin files in %ProgramData%. The
// environment variables of the same names win when set to an absolute path, as the XDG ones do on Linux, so tests
// run in a temporary home; Windows sets them to the Known Folders at logon. No runtime folder: the control channel
// is a named pipe.
#include "platform/paths.h"

#include "platform/windows/text_windows.h"

#include <knownfolders.h>
#include <shlobj.h>

#include <optional>
#include <string>

namespace respite::platform {
namespace {

namespace fs = std::filesystem;

std::optional<fs::path> absolute_env(const wchar_t* name) {
    const DWORD size = GetEnvironmentVariableW(name, nullptr, 0);
    if (size == 0)
        return std::nullopt;
    std::wstring value(size, L'\0');
    value.resize(GetEnvironmentVariableW(name, value.data(), size));
    if (value.empty() || !fs::path(value).is_absolute())
        return std::nullopt;
    return fs::path(value);
}

fs::path known_folder(REFKNOWNFOLDERID id) {
    wchar_t* path = nullptr;
    fs::path out;
    // KF_FLAG_DONT_VERIFY: the path even when the folder does not exist yet (a fresh profile).
    if (SUCCEEDED(SHGetKnownFolderPath(id, KF_FLAG_DONT_VERIFY, nullptr, &path)) && path != nullptr)
        out = fs::path(path);
    CoTaskMemFree(path);
    return out;
}

fs::path folder(const wchar_t* variable, REFKNOWNFOLDERID id) {
    if (auto from_env = absolute_env(variable))
        return *from_env;
    return known_folder(id);
}

} // namespace

UserDirs user_dirs() {
    UserDirs out;
    out.config_home = folder(L"APPDATA", FOLDERID_RoamingAppData);
    out.state_home = folder(L"LOCALAPPDATA", FOLDERID_LocalAppData);
    // The history is a database with a write-ahead log: local, never in the roaming profile.
    out.data_home = out.state_home;
    const fs::path machine = folder(L"ProgramData", FOLDERID_ProgramData);
    if (!machine.empty())
        out.config_dirs.push_back(machine);
    return out;
}

} // namespace respite::platform
