#include "app/config_watcher.h"

#include <sys/inotify.h>
#include <unistd.h>

#include <cstring>

namespace respite::app {

namespace {
constexpr auto debounce_delay = std::chrono::milliseconds(300);
constexpr uint32_t folder_mask = IN_CLOSE_WRITE | IN_MOVED_TO | IN_MOVED_FROM | IN_CREATE | IN_DELETE | IN_DELETE_SELF;
constexpr uint32_t parent_mask = IN_CREATE | IN_MOVED_TO;
} // namespace

ConfigWatcher::ConfigWatcher(boost::asio::io_context& io, std::filesystem::path file, std::function<void()> changed)
    : file_(std::move(file)), changed_(std::move(changed)), stream_(io), debounce_(io) {}

ConfigWatcher::~ConfigWatcher() {
    stop();
}

bool ConfigWatcher::start() {
    const int fd = inotify_init1(IN_NONBLOCK | IN_CLOEXEC);
    if (fd < 0)
        return false;
    stream_.assign(fd);
    add_watches();
    read();
    return true;
}

void ConfigWatcher::stop() {
    boost::system::error_code ignored;
    debounce_.cancel();
    if (stream_.is_open())
        stream_.close(ignored);
}

void ConfigWatcher::add_watches() {
    const int fd = stream_.native_handle();
    const auto folder = file_.parent_path();
    folder_watch_ = inotify_add_watch(fd, folder.c_str(), folder_mask | IN_ONLYDIR);
    // The folder may not exist yet: watch its parent for it to appear.
    if (folder_watch_ < 0 && parent_watch_ < 0)
        parent_watch_ = inotify_add_watch(fd, folder.parent_path().c_str(), parent_mask | IN_ONLYDIR);
}

void ConfigWatcher::read() {
    stream_.async_read_some(boost::asio::buffer(buffer_), [this](const boost::system::error_code& ec, std::size_t n) {
        if (ec)
            return;
        on_events(n);
        read();
    });
}

void ConfigWatcher::on_events(std::size_t bytes) {
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
        } else if (event.wd == folder_watch_ && (name == file_name || (event.mask & (IN_DELETE_SELF | IN_IGNORED)))) {
            relevant = true;
            if (event.mask & (IN_DELETE_SELF | IN_IGNORED)) {
                folder_watch_ = -1;
                add_watches();
            }
        }
    }
    if (!relevant)
        return;
    debounce_.expires_after(debounce_delay);
    debounce_.async_wait([this](const boost::system::error_code& ec) {
        if (!ec && changed_)
            changed_();
    });
}

} // namespace respite::app
