#include "app/cli/xdg_paths.h"

#include "platform/file_io.h"

#include <pwd.h>
#include <unistd.h>

#include <cstdlib>

namespace respite {
namespace {

namespace fs = std::filesystem;

// The spec: a relative path in one of these variables is invalid and must be ignored.
std::optional<fs::path> absolute(const std::optional<std::string>& value) {
    if (!value || value->empty() || !fs::path(*value).is_absolute())
        return std::nullopt;
    return fs::path(*value);
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

std::optional<std::string> from_environment(const char* name) {
    const char* value = std::getenv(name);
    return value == nullptr ? std::nullopt : std::optional<std::string>(value);
}

} // namespace

XdgDirs resolve_xdg_dirs(const EnvLookup& env, const fs::path& home) {
    XdgDirs out;
    const fs::path user_home = absolute(env("HOME")).value_or(home);
    out.config_home = absolute(env("XDG_CONFIG_HOME")).value_or(user_home / ".config");
    out.state_home = absolute(env("XDG_STATE_HOME")).value_or(user_home / ".local" / "state");
    out.runtime_dir = absolute(env("XDG_RUNTIME_DIR")).value_or(fs::path());
    if (const auto dirs = env("XDG_CONFIG_DIRS")) {
        std::size_t start = 0;
        while (start <= dirs->size()) {
            const auto colon = std::min(dirs->find(':', start), dirs->size());
            if (auto dir = absolute(dirs->substr(start, colon - start)))
                out.config_dirs.push_back(*dir);
            start = colon + 1;
        }
    }
    if (out.config_dirs.empty())
        out.config_dirs.push_back("/etc/xdg");
    return out;
}

XdgDirs xdg_dirs() {
    const auto home = absolute(from_environment("HOME"));
    return resolve_xdg_dirs(from_environment, home ? *home : home_from_passwd());
}

std::vector<fs::path> xdg_config_dirs() {
    return xdg_dirs().config_dirs;
}

fs::path xdg_config_home() {
    return xdg_dirs().config_home;
}

fs::path xdg_state_home() {
    return xdg_dirs().state_home;
}

fs::path xdg_runtime_dir() {
    return xdg_dirs().runtime_dir;
}

ConfigPaths xdg_config_paths() {
    const auto dirs = xdg_dirs();
    auto paths = config_paths(dirs.config_dirs, dirs.config_home);
    paths.read = platform::read_regular_file_capped; // never blocks on a FIFO, never reads past the cap
    return paths;
}

} // namespace respite
