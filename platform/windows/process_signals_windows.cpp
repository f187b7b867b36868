// Quit requests on Windows: Ctrl+C, Ctrl+Break and SIGTERM through Asio's signal_set (the C runtime's signal()).
// Windows has no reload signal: `respite reload` asks over the control pipe instead.
#include "platform/process_signals.h"

#include <boost/asio/signal_set.hpp>

#include <csignal>

namespace respite {
namespace {

class WindowsSignals : public ProcessSignals {
public:
    explicit WindowsSignals(boost::asio::io_context& io) : signals_(io, SIGINT, SIGTERM, SIGBREAK) { wait(); }

    void stop() override {
        boost::system::error_code ignored;
        signals_.cancel(ignored);
    }

private:
    void wait() {
        signals_.async_wait([this](const boost::system::error_code& ec, int) {
            if (!ec && on_quit)
                on_quit();
        });
    }

    boost::asio::signal_set signals_;
};

} // namespace

std::unique_ptr<ProcessSignals> make_process_signals(boost::asio::io_context& io) {
    return std::make_unique<WindowsSignals>(io);
}

} // namespace respite
