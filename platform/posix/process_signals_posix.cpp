// Quit and reload requests on POSIX: SIGINT/SIGTERM and SIGHUP through Asio's signal_set (no handler of our own).
#include "platform/process_signals.h"

#include <boost/asio/signal_set.hpp>

#include <csignal>

namespace respite {
namespace {

class PosixSignals : public ProcessSignals {
public:
    explicit PosixSignals(boost::asio::io_context& io) : signals_(io, SIGINT, SIGTERM, SIGHUP) { wait(); }

    void stop() override {
        boost::system::error_code ignored;
        signals_.cancel(ignored);
    }

private:
    void wait() {
        signals_.async_wait([this](const boost::system::error_code& ec, int signo) {
            if (ec)
                return;
            if (signo != SIGHUP) {
                if (on_quit)
                    on_quit();
                return;
            }
            if (on_reload)
                on_reload();
            wait();
        });
    }

    boost::asio::signal_set signals_;
};

} // namespace

std::unique_ptr<ProcessSignals> make_process_signals(boost::asio::io_context& io) {
    return std::make_unique<PosixSignals>(io);
}

} // namespace respite
