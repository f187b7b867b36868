#include "app/config_watcher.h"

namespace respite::app {

namespace {
constexpr auto debounce_delay = std::chrono::milliseconds(300);
} // namespace

ConfigWatcher::ConfigWatcher(boost::asio::io_context& io, std::filesystem::path file, std::function<void()> changed)
    : io_(io), file_(std::move(file)), changed_(std::move(changed)), debounce_(io) {}

ConfigWatcher::~ConfigWatcher() {
    stop();
}

bool ConfigWatcher::start() {
    watch_ = watch_file(io_, file_, [this] { on_change(); });
    return watch_ != nullptr;
}

void ConfigWatcher::stop() {
    debounce_.cancel();
    if (watch_)
        watch_->stop();
}

void ConfigWatcher::on_change() {
    debounce_.expires_after(debounce_delay);
    debounce_.async_wait([this](const boost::system::error_code& ec) {
        if (!ec && changed_)
            changed_();
    });
}

} // namespace respite::app
