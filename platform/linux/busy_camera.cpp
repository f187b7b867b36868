// Camera-in-use check: some other process holds /dev/video* open (a call). On demand only, never periodic.
#include "platform/linux/busy_sources.h"

#include <dirent.h>
#include <unistd.h>

#include <cstdlib>
#include <cstring>
#include <string>

namespace respite::linux_busy {

bool camera_in_use_scan() {
    DIR* proc = opendir("/proc");
    if (!proc)
        return false;
    const std::string self = std::to_string(getpid());
    bool found = false;
    while (!found) {
        dirent* e = readdir(proc);
        if (!e)
            break;
        if (e->d_name[0] < '0' || e->d_name[0] > '9' || self == e->d_name)
            continue;
        const std::string fd_dir = std::string("/proc/") + e->d_name + "/fd";
        DIR* fds = opendir(fd_dir.c_str());
        if (!fds)
            continue; // another user's process, or gone
        while (dirent* f = readdir(fds)) {
            if (f->d_name[0] == '.')
                continue;
            char target[64];
            const std::string link = fd_dir + "/" + f->d_name;
            const ssize_t n = readlink(link.c_str(), target, sizeof target - 1);
            if (n <= 0)
                continue;
            target[n] = '\0';
            if (std::strncmp(target, "/dev/video", 10) == 0) {
                found = true;
                break;
            }
        }
        closedir(fds);
    }
    closedir(proc);
    return found;
}

} // namespace respite::linux_busy
