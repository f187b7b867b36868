#include "app/cli/atomic_write.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <system_error>

namespace respite {
namespace {

namespace fs = std::filesystem;

std::string failure(const fs::path& file, const char* what, int error) {
    return file.string() + ": cannot " + what + ": " + std::generic_category().message(error);
}

bool write_all(int fd, std::string_view data) {
    while (!data.empty()) {
        const auto n = ::write(fd, data.data(), data.size());
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return false;
        data.remove_prefix(static_cast<std::size_t>(n));
    }
    return true;
}

// Dotfile managers keep config files as symlinks; replace what the link points at, not the link.
fs::path resolve_target(const fs::path& file) {
    std::error_code ec;
    if (!fs::is_symlink(fs::symlink_status(file, ec)))
        return file;
    const auto target = fs::weakly_canonical(file, ec);
    return ec ? file : target;
}

} // namespace

std::string atomic_write_file(const fs::path& file, std::string_view contents, unsigned mode) {
    const fs::path target = resolve_target(file);
    fs::path dir = target.parent_path();
    if (dir.empty())
        dir = ".";
    std::error_code ec;
    fs::create_directories(dir, ec);
    if (ec)
        return dir.string() + ": cannot create the folder: " + ec.message();

    std::string temp = (dir / ("." + target.filename().string() + ".tmp-XXXXXX")).string();
    const int fd = ::mkostemp(temp.data(), O_CLOEXEC);
    if (fd < 0)
        return failure(target, "create a temporary file next to it", errno);
    struct stat existing {};
    const auto permissions = ::stat(target.c_str(), &existing) == 0 ? existing.st_mode & 07777 : mode;
    int error = 0;
    const char* step = nullptr;
    if (::fchmod(fd, static_cast<mode_t>(permissions)) != 0) {
        error = errno;
        step = "set permissions";
    } else if (!write_all(fd, contents)) {
        error = errno;
        step = "write";
    } else if (::fsync(fd) != 0) {
        error = errno;
        step = "flush to disk";
    }
    if (::close(fd) != 0 && step == nullptr) {
        error = errno;
        step = "write";
    }
    if (step == nullptr && ::rename(temp.c_str(), target.c_str()) != 0) {
        error = errno;
        step = "replace";
    }
    if (step != nullptr) {
        ::unlink(temp.c_str());
        return failure(target, step, error);
    }
    // The rename is durable only once the folder's entry is on disk.
    const int dir_fd = ::open(dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (dir_fd >= 0) {
        ::fsync(dir_fd);
        ::close(dir_fd);
    }
    return {};
}

} // namespace respite
