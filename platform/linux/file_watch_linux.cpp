// Watches a file through its folder with inotify on the io_context (no polling): editors replace files by
// rename, so the folder, not the file, is what stays watchable; a missing folder is awaited in its parent.
#include "platform/file_watch.h"

#include <boost/asio/posix/stream_descriptor.hpp>

#include <sys/inotify.h>

#include <array>
#include <cstring>
#include <string>

namespace respite {
namespace {

constexpr uint32_t folder_mask = IN_CLOSE_WRITE | IN_MOVED_TO | IN_MOVED_FROM | IN_CREATE | IN_DELETE | IN_DELETE_SELF;
constexpr uint32_t parent_mask = IN_CREATE | IN_MOVED_TO;

class InotifyWatch : public FileWatch {
public:
    InotifyWatch(boost::asio::io_context& io, int fd, std::filesystem::path file, std::function<void()> changed)
        : file_(std::move(file)), changed_(std::move(changed)), stream_(io, fd) {
        add_watches();
        read();
    }

    void stop() override {
        boost::system::error_code ignored;
        if (stream_.is_open())
            stream_.close(ignored);
    }

private:
    void add_watches() {
        const int fd = stream_.native_handle();
        const auto folder = file_.parent_path();
        folder_watch_ = inotify_add_watch(fd, folder.c_str(), folder_mask | IN_ONLYDIR);
        // The folder may not exist yet: watch its parent for it to appear.
        if (folder_watch_ < 0 && parent_watch_ < 0)
            parent_watch_ = inotify_add_watch(fd, folder.parent_path().c_str(), parent_mask | IN_ONLYDIR);
    }

    void read() {
        stream_.async_read_some(boost::asio::buffer(buffer_),
                                [this](const boost::system::error_code& ec, std::size_t n) {
                                    if (ec)
                                        return;
                                    if (on_events(n) && changed_)
                                        changed_();
                                    read();
                                });
    }

    // Whether the events in the buffer concern the file (or its folder appearing or going away).
    bool on_events(std::size_t bytes) {
        bool relevant = false;
        const std::string file_name = file_.filename().string();
        const std::string folder_name = file_.parent_path().filename().string();
        for (std::size_t offset = 0; offset + sizeof(inotify_event) <= bytes;) {
            inotify_event event{};
            std::memcpy(&event, buffer_.data() + offset, sizeof event);
            const std::string name = event.len ? std::string(buffer_.data() + offset + sizeof event) : std::string();
            offset += sizeof event + event.len;
            if (event.wd == parent_watch_ && name == folder_name) {
                add_watches();
                relevant = true;
            } else if (event.wd == folder_watch_ &&
                       (name == file_name || (event.mask & (IN_DELETE_SELF | IN_IGNORED)))) {
                relevant = true;
                if (event.mask & (IN_DELETE_SELF | IN_IGNORED)) {
                    folder_watch_ = -1;
                    add_watches();
                }
            }
        }
        return relevant;
    }

    std::filesystem::path file_;
    std::function<void()> changed_;
    boost::asio::posix::stream_descriptor stream_;
    std::array<char, 8192> buffer_{};
    int folder_watch_ = -1;
    int parent_watch_ = -1;
};

} // namespace

std::unique_ptr<FileWatch> watch_file(boost::asio::io_context& io, const std::filesystem::path& file,
                                      std::function<void()> changed) {
    const int fd = inotify_init1(IN_NONBLOCK | IN_CLOEXEC);
    if (fd < 0)
        return nullptr;
    return std::make_unique<InotifyWatch>(io, fd, file, std::move(changed));
}

} // namespace respite
