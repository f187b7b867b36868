#pragma once
// Watches the user's config file through its folder (inotify on the engine's io_context, no polling): editors
// replace files by rename, so the folder, not the file, is what stays watchable.
#include <boost/asio/io_context.hpp>
#include <boost/asio/posix/stream_descriptor.hpp>
#include <boost/asio/steady_timer.hpp>

#include <array>
#include <filesystem>
#include <functional>

namespace respite::app {

/// Calls back (on the io_context's thread) shortly after the watched file was written, replaced or removed.
class ConfigWatcher {
public:
    /// A watcher for `file`; `changed` runs once per burst of changes (debounced).
    ConfigWatcher(boost::asio::io_context& io, std::filesystem::path file, std::function<void()> changed);
    /// Stops watching.
    ~ConfigWatcher();
    ConfigWatcher(const ConfigWatcher&) = delete;
    ConfigWatcher& operator=(const ConfigWatcher&) = delete;

    /// Starts watching; false when inotify is unavailable (reload still works by command).
    bool start();
    /// Stops watching (io_context's thread, or after it stopped).
    void stop();

private:
    void add_watches();
    void read();
    void on_events(std::size_t bytes);

    std::filesystem::path file_;
    std::function<void()> changed_;
    boost::asio::posix::stream_descriptor stream_;
    boost::asio::steady_timer debounce_;
    std::array<char, 8192> buffer_{};
    int folder_watch_ = -1;
    int parent_watch_ = -1;
};

} // namespace respite::app
