#pragma once
// Reloads after the user's config file changed: the platform's file watch (platform/file_watch.h) on the engine's
// io_context, debounced so that one save (often several writes and a rename) is one reload. No polling.
#include "platform/file_watch.h"

#include <boost/asio/io_context.hpp>
#include <boost/asio/steady_timer.hpp>

#include <filesystem>
#include <functional>
#include <memory>

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

    /// Starts watching; false when the OS offers no file watch (reload still works by command).
    bool start();
    /// Stops watching (io_context's thread, or after it stopped).
    void stop();

private:
    void on_change();

    boost::asio::io_context& io_;
    std::filesystem::path file_;
    std::function<void()> changed_;
    std::unique_ptr<FileWatch> watch_;
    boost::asio::steady_timer debounce_;
};

} // namespace respite::app
