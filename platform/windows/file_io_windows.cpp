// platform/file_io.h on Windows: capped reads that refuse pipes and devices, atomic replacement with
// FlushFileBuffers then ReplaceFileW (an existing file keeps its ACL and attributes) or MoveFileExW with
// MOVEFILE_WRITE_THROUGH (a new file). New files inherit the ACL of their folder: the profile folders
// (%APPDATA%, %LOCALAPPDATA%) are already private to the user, SYSTEM and the administrators.
#include "platform/file_io.h"

#include "platform/windows/text_windows.h"

#include <random>

namespace respite::platform {

namespace {

namespace fs = std::filesystem;
using windows::display;
using windows::error_text;
using windows::Handle;

std::string failure(const fs::path& file, const char* what, DWORD error) {
    return display(file) + ": cannot " + what + ": " + error_text(error);
}

FileRead refused(ReadStatus status, std::string detail) {
    FileRead out;
    out.status = status;
    out.detail = std::move(detail);
    return out;
}

FileRead from_error(DWORD error) {
    if (error == ERROR_FILE_NOT_FOUND || error == ERROR_PATH_NOT_FOUND || error == ERROR_INVALID_NAME)
        return {};
    return refused(ReadStatus::unreadable, error_text(error));
}

bool write_all(HANDLE file, std::string_view data) {
    while (!data.empty()) {
        const DWORD chunk = static_cast<DWORD>(std::min<std::size_t>(data.size(), 1u << 30));
        DWORD written = 0;
        if (!WriteFile(file, data.data(), chunk, &written, nullptr) || written == 0)
            return false;
        data.remove_prefix(written);
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

std::wstring temp_prefix(const fs::path& target) {
    return L"." + target.filename().native() + L".tmp-";
}

// Six characters, as mkostemp's on POSIX, so remove_orphaned_temp_files() knows its own.
std::wstring random_suffix() {
    static constexpr wchar_t alphabet[] = L"abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
    thread_local std::mt19937 rng{std::random_device{}()};
    std::uniform_int_distribution<int> pick(0, static_cast<int>(std::size(alphabet)) - 2);
    std::wstring out(6, L'x');
    for (auto& c : out)
        c = alphabet[pick(rng)];
    return out;
}

} // namespace

FileRead read_regular_file_capped(const fs::path& path, std::size_t max_bytes) {
    // Look before opening: a folder cannot be opened as a file anyway, and a device name could have effects.
    const DWORD attributes = GetFileAttributesW(path.c_str());
    if (attributes == INVALID_FILE_ATTRIBUTES) {
        const DWORD error = GetLastError();
        // Pipes and devices (\\.\pipe\x, NUL, COM1) have no attributes: open them never.
        if (error != ERROR_FILE_NOT_FOUND && error != ERROR_PATH_NOT_FOUND && path.native().rfind(L"\\\\.\\", 0) == 0)
            return refused(ReadStatus::not_regular, describe_file_type(fs::file_type::character));
        return from_error(error);
    }
    if (attributes & FILE_ATTRIBUTE_DIRECTORY)
        return refused(ReadStatus::not_regular, describe_file_type(fs::file_type::directory));
    const Handle file(CreateFileW(path.c_str(), GENERIC_READ, FILE_SHARE_READ | FILE_SHARE_WRITE | FILE_SHARE_DELETE,
                                  nullptr, OPEN_EXISTING, FILE_ATTRIBUTE_NORMAL, nullptr));
    if (!file.valid())
        return from_error(GetLastError());
    // The type of what was opened closes the race with a swap between the look and the open.
    switch (GetFileType(file.get())) {
    case FILE_TYPE_DISK:
        break;
    case FILE_TYPE_PIPE:
        return refused(ReadStatus::not_regular, describe_file_type(fs::file_type::fifo));
    case FILE_TYPE_CHAR:
        return refused(ReadStatus::not_regular, describe_file_type(fs::file_type::character));
    default:
        return refused(ReadStatus::not_regular, describe_file_type(fs::file_type::unknown));
    }
    LARGE_INTEGER size{};
    if (!GetFileSizeEx(file.get(), &size))
        return refused(ReadStatus::unreadable, error_text(GetLastError()));
    if (static_cast<unsigned long long>(size.QuadPart) > max_bytes)
        return refused(ReadStatus::too_large, {});
    // The size may grow while we read: never take more than the cap (+1 to notice).
    FileRead out;
    out.status = ReadStatus::ok;
    out.text.resize(max_bytes + 1);
    std::size_t got = 0;
    while (got < out.text.size()) {
        const DWORD want = static_cast<DWORD>(std::min<std::size_t>(out.text.size() - got, 1u << 30));
        DWORD n = 0;
        if (!ReadFile(file.get(), out.text.data() + got, want, &n, nullptr))
            return refused(ReadStatus::unreadable, error_text(GetLastError()));
        if (n == 0)
            break;
        got += n;
    }
    out.text.resize(got);
    if (got > max_bytes)
        return refused(ReadStatus::too_large, {});
    return out;
}

std::string write_file_atomic(const fs::path& file, std::string_view contents, FileAccess /*access*/, Flush flush) {
    const fs::path target = resolve_target(file);
    fs::path dir = target.parent_path();
    if (dir.empty())
        dir = ".";
    std::error_code ec;
    fs::create_directories(dir, ec);
    if (ec)
        return display(dir) + ": cannot create the folder: " + ec.message();

    fs::path temp;
    Handle out;
    for (int attempt = 0; attempt < 100 && !out.valid(); ++attempt) {
        temp = dir / (temp_prefix(target) + random_suffix());
        out = Handle(CreateFileW(temp.c_str(), GENERIC_WRITE, 0, nullptr, CREATE_NEW, FILE_ATTRIBUTE_NORMAL, nullptr));
        if (!out.valid() && GetLastError() != ERROR_FILE_EXISTS)
            break;
    }
    if (!out.valid())
        return failure(target, "create a temporary file next to it", GetLastError());
    DWORD error = 0;
    const char* step = nullptr;
    if (!write_all(out.get(), contents)) {
        error = GetLastError();
        step = "write";
    } else if (!FlushFileBuffers(out.get())) {
        error = GetLastError();
        step = "flush to disk";
    }
    out.reset();
    if (step == nullptr) {
        // ReplaceFileW keeps the existing file's ACL, attributes and identity; it needs the file to exist.
        const bool replaced =
            GetFileAttributesW(target.c_str()) != INVALID_FILE_ATTRIBUTES &&
            ReplaceFileW(target.c_str(), temp.c_str(), nullptr, REPLACEFILE_IGNORE_MERGE_ERRORS, nullptr, nullptr);
        // ReplaceFileW has no write-through; MoveFileExW waits for the new entry only when `flush` asks for it.
        const DWORD move_flags =
            MOVEFILE_REPLACE_EXISTING | (flush == Flush::contents_and_entry ? MOVEFILE_WRITE_THROUGH : 0);
        if (!replaced && !MoveFileExW(temp.c_str(), target.c_str(), move_flags)) {
            error = GetLastError();
            step = "replace";
        }
    }
    if (step != nullptr) {
        DeleteFileW(temp.c_str());
        return failure(target, step, error);
    }
    return {};
}

int remove_orphaned_temp_files(const fs::path& file) {
    const fs::path target = resolve_target(file);
    const std::wstring prefix = temp_prefix(target);
    std::error_code ec;
    int removed = 0;
    for (fs::directory_iterator it(target.parent_path().empty() ? fs::path(".") : target.parent_path(), ec), end;
         !ec && it != end; it.increment(ec)) {
        const std::wstring name = it->path().filename().native();
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
    if (!MoveFileExW(path.c_str(), to.c_str(), MOVEFILE_REPLACE_EXISTING | MOVEFILE_WRITE_THROUGH))
        return failure(path, "move it aside", GetLastError());
    return {};
}

} // namespace respite::platform
