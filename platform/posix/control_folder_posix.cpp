#include "platform/posix/control_folder_posix.h"

#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>

namespace respite::platform::posix {
namespace {

namespace fs = std::filesystem;

std::string octal(mode_t mode) {
    char text[8];
    std::snprintf(text, sizeof text, "%04o", static_cast<unsigned>(mode & 07777));
    return text;
}

// The runtime folder the socket's folder lives in ($XDG_RUNTIME_DIR or /tmp): others may not write it unless it is
// sticky (/tmp), and it belongs to the user or to root.
FolderCheck check_parent(const fs::path& parent, std::string& why) {
    struct stat st {};
    if (stat(parent.c_str(), &st) != 0) {
        why = "cannot use the runtime folder " + parent.string() + ": " + std::strerror(errno);
        return errno == ENOENT ? FolderCheck::missing : FolderCheck::failed;
    }
    if (!S_ISDIR(st.st_mode)) {
        why = "the runtime folder " + parent.string() + " is not a folder";
        return FolderCheck::unsafe;
    }
    if (st.st_uid != geteuid() && st.st_uid != 0) {
        why = "the runtime folder " + parent.string() + " belongs to another user (uid " + std::to_string(st.st_uid) +
              "); refusing to use it for the control socket";
        return FolderCheck::unsafe;
    }
    if ((st.st_mode & (S_IWGRP | S_IWOTH)) != 0 && (st.st_mode & S_ISVTX) == 0) {
        why = "the runtime folder " + parent.string() + " can be written by other users (mode " + octal(st.st_mode) +
              "); refusing to use it for the control socket (make it private: chmod 700 " + parent.string() + ")";
        return FolderCheck::unsafe;
    }
    return FolderCheck::ok;
}

// The socket's folder itself, seen with lstat (a symlink is refused: it could point anywhere).
FolderCheck check_own(const fs::path& folder, const struct stat& st, std::string& why) {
    if (S_ISLNK(st.st_mode) || !S_ISDIR(st.st_mode)) {
        why = folder.string() + " is not a folder (" + (S_ISLNK(st.st_mode) ? "a symbolic link" : "something else") +
              "); refusing to use it for the control socket";
        return FolderCheck::unsafe;
    }
    if (st.st_uid != geteuid()) {
        why = folder.string() + " belongs to another user (uid " + std::to_string(st.st_uid) +
              "); refusing to use it for the control socket (someone else created it first)";
        return FolderCheck::unsafe;
    }
    return FolderCheck::ok;
}

} // namespace

FolderCheck prepare_socket_folder(const fs::path& folder, std::string& why) {
    if (const auto parent = check_parent(folder.parent_path(), why); parent != FolderCheck::ok)
        return parent == FolderCheck::missing ? FolderCheck::failed : parent;
    if (mkdir(folder.c_str(), 0700) != 0 && errno != EEXIST) {
        why = "cannot create " + folder.string() + ": " + std::strerror(errno);
        return FolderCheck::failed;
    }
    struct stat st {};
    if (lstat(folder.c_str(), &st) != 0) {
        why = "cannot inspect " + folder.string() + ": " + std::strerror(errno);
        return FolderCheck::failed;
    }
    if (const auto own = check_own(folder, st, why); own != FolderCheck::ok)
        return own;
    if ((st.st_mode & (S_IWGRP | S_IWOTH)) != 0) {
        why = folder.string() + " can be written by other users (mode " + octal(st.st_mode) +
              "); refusing to use it for the control socket (remove it, Respite recreates it)";
        return FolderCheck::unsafe;
    }
    if ((st.st_mode & 0777) != 0700 && chmod(folder.c_str(), 0700) != 0) {
        why = "cannot make " + folder.string() + " private: " + std::strerror(errno);
        return FolderCheck::failed;
    }
    return FolderCheck::ok;
}

FolderCheck check_socket_folder(const fs::path& folder, std::string& why) {
    if (const auto parent = check_parent(folder.parent_path(), why); parent != FolderCheck::ok)
        return parent;
    struct stat st {};
    if (lstat(folder.c_str(), &st) != 0) {
        why = std::strerror(errno);
        return errno == ENOENT ? FolderCheck::missing : FolderCheck::failed;
    }
    if (const auto own = check_own(folder, st, why); own != FolderCheck::ok)
        return own;
    if ((st.st_mode & 0777) != 0700) {
        why = folder.string() + " is not private (mode " + octal(st.st_mode) +
              ", expected 0700); refusing to use the control socket in it";
        return FolderCheck::unsafe;
    }
    return FolderCheck::ok;
}

std::string non_socket_at(const fs::path& path) {
    struct stat st {};
    if (lstat(path.c_str(), &st) != 0 || S_ISSOCK(st.st_mode))
        return {};
    if (S_ISDIR(st.st_mode))
        return "a directory";
    if (S_ISLNK(st.st_mode))
        return "a symbolic link";
    if (S_ISREG(st.st_mode))
        return "a regular file";
    if (S_ISFIFO(st.st_mode))
        return "a FIFO";
    return "a device or other file";
}

} // namespace respite::platform::posix
