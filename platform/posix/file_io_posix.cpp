#include "platform/file_io.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <system_error>

namespace respite::platform {

namespace {

namespace fs = std::filesystem;

std::string failure(const fs::path& file, const char* what, int error) {
    return file.string() + ": cannot " + what + ": " + std::generic_category().message(error);
}

fs::file_type type_of(mode_t mode) {
    if (S_ISDIR(mode))
        return fs::file_type::directory;
    if (S_ISFIFO(mode))
        return fs::file_type::fifo;
    if (S_ISCHR(mode))
        return fs::file_type::character;
    if (S_ISBLK(mode))
        return fs::file_type::block;
    if (S_ISSOCK(mode))
        return fs::file_type::socket;
    return fs::file_type::unknown;
}

FileRead refused(ReadStatus status, std::string detail) {
    FileRead out;
    out.status = status;
    out.detail = std::move(detail);
    return out;
}

FileRead from_errno(int error) {
    if (error == ENOENT || error == ENOTDIR)
        return {};
    return refused(ReadStatus::unreadable, std::generic_category().message(error));
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

std::string temp_prefix(const fs::path& target) {
    return "." + target.filename().string() + ".tmp-";
}

} // namespace

FileRead read_regular_file_capped(const fs::path& path, std::size_t max_bytes) {
    // Look before opening: opening a device or a FIFO can itself have effects; the fstat below closes the race.
    struct stat before {};
    if (::stat(path.c_str(), &before) != 0)
        return from_errno(errno);
    if (!S_ISREG(before.st_mode))
        return refused(ReadStatus::not_regular, describe_file_type(type_of(before.st_mode)));
    const int fd = ::open(path.c_str(), O_RDONLY | O_NONBLOCK | O_NOCTTY | O_CLOEXEC);
    if (fd < 0)
        return from_errno(errno);
    FileRead out;
    struct stat opened {};
    if (::fstat(fd, &opened) != 0) {
        out = refused(ReadStatus::unreadable, std::generic_category().message(errno));
    } else if (!S_ISREG(opened.st_mode)) {
        out = refused(ReadStatus::not_regular, describe_file_type(type_of(opened.st_mode)));
    } else if (static_cast<unsigned long long>(opened.st_size) > max_bytes) {
        out = refused(ReadStatus::too_large, {});
    } else {
        // The size may grow while we read: never take more than the cap (+1 to notice).
        out.status = ReadStatus::ok;
        out.text.resize(max_bytes + 1);
        std::size_t got = 0;
        while (got < out.text.size()) {
            const auto n = ::read(fd, out.text.data() + got, out.text.size() - got);
            if (n < 0 && errno == EINTR)
                continue;
            if (n < 0) {
                out = refused(ReadStatus::unreadable, std::generic_category().message(errno));
                break;
            }
            if (n == 0)
                break;
            got += static_cast<std::size_t>(n);
        }
        if (out.status == ReadStatus::ok) {
            out.text.resize(got);
            if (got > max_bytes)
                out = refused(ReadStatus::too_large, {});
        }
    }
    ::close(fd);
    return out;
}

std::string write_file_atomic(const fs::path& file, std::string_view contents, FileAccess access, Flush flush) {
    const fs::path target = resolve_target(file);
    fs::path dir = target.parent_path();
    if (dir.empty())
        dir = ".";
    std::error_code ec;
    fs::create_directories(dir, ec);
    if (ec)
        return dir.string() + ": cannot create the folder: " + ec.message();

    std::string temp = (dir / (temp_prefix(target) + "XXXXXX")).string();
    const int fd = ::mkostemp(temp.data(), O_CLOEXEC);
    if (fd < 0)
        return failure(target, "create a temporary file next to it", errno);
    const mode_t fresh = access == FileAccess::owner_only ? 0600 : 0644;
    struct stat existing {};
    const auto permissions = ::stat(target.c_str(), &existing) == 0 ? existing.st_mode & 07777 : fresh;
    int error = 0;
    const char* step = nullptr;
    if (::fchmod(fd, static_cast<mode_t>(permissions)) != 0) {
        error = errno;
        step = "set permissions";
    } else if (!write_all(fd, contents)) {
        error = errno;
        step = "write";
    } else if (::fdatasync(fd) != 0) { // the data and the size, before the rename can make them the file
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
    if (flush == Flush::contents_only)
        return {};
    const int dir_fd = ::open(dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (dir_fd >= 0) {
        ::fsync(dir_fd);
        ::close(dir_fd);
    }
    return {};
}

int remove_orphaned_temp_files(const fs::path& file) {
    const fs::path target = resolve_target(file);
    const std::string prefix = temp_prefix(target);
    std::error_code ec;
    int removed = 0;
    for (fs::directory_iterator it(target.parent_path().empty() ? fs::path(".") : target.parent_path(), ec), end;
         !ec && it != end; it.increment(ec)) {
        const std::string name = it->path().filename().string();
        // mkostemp's suffix is exactly six characters; anything else is not ours.
        if (name.size() != prefix.size() + 6 || name.rfind(prefix, 0) != 0)
            continue;
        std::error_code type_ec;
        if (!it->is_regular_file(type_ec) || type_ec)
            continue;
        std::error_code remove_ec;
        if (fs::remove(it->path(), remove_ec))
            ++removed;
    }
    return removed;
}

std::string move_file(const fs::path& path, const fs::path& to) {
    if (::rename(path.c_str(), to.c_str()) != 0)
        return failure(path, "move it aside", errno);
    return {};
}

} // namespace respite::platform
