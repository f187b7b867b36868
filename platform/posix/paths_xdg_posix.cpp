// platform/paths.h on POSIX systems: the XDG Base Directory specification, read from the environment.
#include "platform/paths.h"

#include <pwd.h>
#include <unistd.h>

#include <cstdlib>
#include <optional>
#include <string>

namespace respite::platform {
namespace {

namespace fs = std::filesystem;

// The spec: a relative path in one of these variables is invalid and must be ignored.
std::optional<fs::path> absolute_env(const char* name) {
    const char* value = std::getenv(name);
    if (value == nullptr || *value == '\0' || !fs::path(value).is_absolute())
        return std::nullopt;
    return fs::path(value);
}

fs::path home_from_passwd() {
    // $HOME unset (services, some test harnesses): ask the user database.
    std::string buffer(16384, '\0');
    passwd pw{};
    passwd* found = nullptr;
    if (getpwuid_r(getuid(), &pw, buffer.data(), buffer.size(), &found) == 0 && found != nullptr &&
        found->pw_dir != nullptr)
        return found->pw_dir;
    return "/";
}

} // namespace

UserDirs user_dirs() {
    UserDirs out;
    const fs::path home = absolute_env("HOME").value_or(home_from_passwd());
    out.config_home = absolute_env("XDG_CONFIG_HOME").value_or(home / ".config");
    out.state_home = absolute_env("XDG_STATE_HOME").value_or(home / ".local" / "state");
    out.data_home = absolute_env("XDG_DATA_HOME").value_or(home / ".local" / "share");
    out.runtime_dir = absolute_env("XDG_RUNTIME_DIR").value_or(fs::path());
    if (const char* dirs = std::getenv("XDG_CONFIG_DIRS")) {
        const std::string list(dirs);
        std::size_t start = 0;
        while (start <= list.size()) {
            const auto colon = std::min(list.find(':', start), list.size());
            const fs::path dir(list.substr(start, colon - start));
            if (dir.is_absolute())
                out.config_dirs.push_back(dir);
            start = colon + 1;
        }
    }
    if (out.config_dirs.empty())
        out.config_dirs.push_back("/etc/xdg");
    return out;
}

} // namespace respite::platform
