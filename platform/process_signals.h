#pragma once
// Port: the quit and reload requests the OS sends the process (DESIGN.md §1). POSIX: SIGINT/SIGTERM and SIGHUP
// (platform/posix/).
#include <boost/asio/io_context.hpp>

#include <functional>
#include <memory>

namespace respite {

/// What the OS asked of the process; the callbacks run on the io_context's thread.
class ProcessSignals {
public:
    std::function<void()> on_quit;   ///< stop cleanly (SIGINT, SIGTERM)
    std::function<void()> on_reload; ///< re-read the configuration, as daemons do (SIGHUP)

    /// Virtual destructor: owned through std::unique_ptr<ProcessSignals>.
    virtual ~ProcessSignals() = default;
    /// Stops listening (on the io_context's thread, or after it stopped); the callbacks are not called any more.
    virtual void stop() = 0;
};

/// Starts listening for the OS's quit and reload requests on `io`; set the callbacks before `io` runs.
std::unique_ptr<ProcessSignals> make_process_signals(boost::asio::io_context& io);

} // namespace respite
