// Watches a file through its folder with ReadDirectoryChangesW on the io_context (overlapped, no polling): editors
// replace files by rename, so the folder, not the file, is what stays watchable; a missing folder is awaited in
// its parent, as on Linux (platform/linux/file_watch_linux.cpp).
#include "platform/file_watch.h"

#include "platform/windows/text_windows.h"

#include <boost/asio/windows/overlapped_ptr.hpp>
#include <boost/asio/windows/stream_handle.hpp>

#include <array>
#include <cwctype>
#include <string>

namespace respite {
namespace {

namespace asio = boost::asio;
namespace fs = std::filesystem;

constexpr DWORD folder_filter = FILE_NOTIFY_CHANGE_FILE_NAME | FILE_NOTIFY_CHANGE_DIR_NAME |
                                FILE_NOTIFY_CHANGE_LAST_WRITE | FILE_NOTIFY_CHANGE_SIZE | FILE_NOTIFY_CHANGE_CREATION;
constexpr DWORD parent_filter = FILE_NOTIFY_CHANGE_DIR_NAME;

// NTFS names compare without case.
bool same_name(std::wstring_view a, std::wstring_view b) {
    if (a.size() != b.size())
        return false;
    for (std::size_t i = 0; i < a.size(); ++i)
        if (std::towlower(a[i]) != std::towlower(b[i]))
            return false;
    return true;
}

struct WatchState : std::enable_shared_from_this<WatchState> {
    WatchState(asio::io_context& context, fs::path watched, std::function<void()> on_change)
        : io(context), file(std::move(watched)), changed(std::move(on_change)) {}

    asio::io_context& io;
    fs::path file;
    std::function<void()> changed;
    std::unique_ptr<asio::windows::stream_handle> dir;
    bool watching_parent = false;
    bool stopped = false;
    alignas(DWORD) std::array<unsigned char, 16384> buffer{};

    // Opens the file's folder, else its parent; false when neither can be watched.
    bool open() {
        dir.reset();
        for (const bool parent : {false, true}) {
            const fs::path folder = parent ? file.parent_path().parent_path() : file.parent_path();
            HANDLE h =
                CreateFileW(folder.c_str(), FILE_LIST_DIRECTORY, FILE_SHARE_READ | FILE_SHARE_WRITE | FILE_SHARE_DELETE,
                            nullptr, OPEN_EXISTING, FILE_FLAG_BACKUP_SEMANTICS | FILE_FLAG_OVERLAPPED, nullptr);
            if (h == INVALID_HANDLE_VALUE)
                continue;
            dir = std::make_unique<asio::windows::stream_handle>(io, h);
            watching_parent = parent;
            return true;
        }
        return false;
    }

    void read() {
        if (stopped || !dir)
            return;
        asio::windows::overlapped_ptr overlapped(
            io,
            [self = shared_from_this()](const boost::system::error_code& ec, std::size_t n) { self->on_read(ec, n); });
        const BOOL ok =
            ReadDirectoryChangesW(dir->native_handle(), buffer.data(), static_cast<DWORD>(buffer.size()), FALSE,
                                  watching_parent ? parent_filter : folder_filter, nullptr, overlapped.get(), nullptr);
        const DWORD error = GetLastError();
        if (!ok && error != ERROR_IO_PENDING)
            overlapped.complete({static_cast<int>(error), boost::system::system_category()}, 0);
        else
            overlapped.release();
    }

    void on_read(const boost::system::error_code& ec, std::size_t bytes) {
        if (stopped || ec == asio::error::operation_aborted)
            return;
        if (ec) {
            // The folder went away (or the watch broke): say so, then watch what is there now.
            if (changed)
                changed();
            if (open())
                read();
            return;
        }
        bool relevant = bytes == 0; // 0 bytes: the buffer overflowed, anything may have changed
        bool reopen = false;
        const std::wstring file_name = file.filename().native();
        const std::wstring folder_name = file.parent_path().filename().native();
        for (std::size_t offset = 0; offset < bytes;) {
            const auto* info = reinterpret_cast<const FILE_NOTIFY_INFORMATION*>(buffer.data() + offset);
            const std::wstring_view name(info->FileName, info->FileNameLength / sizeof(wchar_t));
            if (watching_parent && same_name(name, folder_name))
                relevant = reopen = true;
            else if (!watching_parent && same_name(name, file_name))
                relevant = true;
            if (info->NextEntryOffset == 0)
                break;
            offset += info->NextEntryOffset;
        }
        if (reopen && !open())
            return;
        if (relevant && changed)
            changed();
        read();
    }
};

class DirectoryWatch : public FileWatch {
public:
    explicit DirectoryWatch(std::shared_ptr<WatchState> state) : state_(std::move(state)) { state_->read(); }
    ~DirectoryWatch() override { stop(); }

    void stop() override {
        state_->stopped = true;
        if (state_->dir) {
            boost::system::error_code ignored;
            state_->dir->close(ignored);
        }
    }

private:
    std::shared_ptr<WatchState> state_;
};

} // namespace

std::unique_ptr<FileWatch> watch_file(boost::asio::io_context& io, const std::filesystem::path& file,
                                      std::function<void()> changed) {
    auto state = std::make_shared<WatchState>(io, file, std::move(changed));
    if (!state->open())
        return nullptr;
    return std::make_unique<DirectoryWatch>(std::move(state));
}

} // namespace respite
