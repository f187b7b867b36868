// find_tray_app / start_detached on Linux: /proc/self/exe, posix_spawn into a session of its own.
#include "app/cli/launch_app.h"

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <spawn.h>
#include <unistd.h>

extern char** environ;

namespace respite::cli {

namespace fs = std::filesystem;

std::optional<fs::path> find_tray_app(const fs::path& libexec_dir) {
    std::error_code ec;
    const fs::path self = fs::read_symlink("/proc/self/exe", ec);
    if (!ec) {
        const fs::path beside = self.parent_path() / "respite-app";
        if (access(beside.c_str(), X_OK) == 0)
            return beside;
    }
    const fs::path installed = libexec_dir / "respite-app";
    if (access(installed.c_str(), X_OK) == 0)
        return installed;
    return std::nullopt;
}

std::string start_detached(const fs::path& app) {
    posix_spawn_file_actions_t files;
    posix_spawnattr_t attr;
    posix_spawn_file_actions_init(&files);
    posix_spawnattr_init(&attr);
    // A session of its own: the terminal's hang-up or Ctrl-C does not reach the tray app. Its output goes nowhere,
    // so a script reading this command's output is not held open by the app (run respite-app to see its log).
    posix_spawnattr_setflags(&attr, POSIX_SPAWN_SETSID);
    for (const int fd : {0, 1, 2})
        posix_spawn_file_actions_addopen(&files, fd, "/dev/null", fd == 0 ? O_RDONLY : O_WRONLY, 0);
    std::string arg0 = app.string();
    char* argv[] = {arg0.data(), nullptr};
    pid_t pid = 0;
    const int rc = posix_spawn(&pid, arg0.c_str(), &files, &attr, argv, environ);
    posix_spawnattr_destroy(&attr);
    posix_spawn_file_actions_destroy(&files);
    if (rc != 0)
        return app.string() + ": " + std::strerror(rc);
    return {};
}

} // namespace respite::cli
