#pragma once
// The control channel's server (DESIGN.md §5-6) on the engine's io_context, speaking line-delimited JSON over the
// OS's endpoint (platform/control_channel.h: a Unix socket on Linux). Each line is one request object, each reply
// one line. Malformed, oversized or slow clients get an error reply (when possible) and are dropped; other
// clients and the app are unaffected. Clients of another user are refused by the platform's peer check.
#include "platform/control_channel.h"

#include <boost/asio/io_context.hpp>

#include <nlohmann/json.hpp>

#include <chrono>
#include <cstddef>
#include <filesystem>
#include <functional>
#include <memory>
#include <string>

namespace respite::app {

/// A reply to one request; `close` drops the client after sending it.
struct IpcReply {
    nlohmann::json body;
    bool close = false;
};

/// Accepts clients on the control endpoint and answers their requests on the io_context's thread.
class IpcServer {
public:
    /// Answers one parsed request (runs on the io_context's thread).
    using Handler = std::function<IpcReply(const nlohmann::json& request)>;
    /// Limits.
    struct Options {
        std::size_t max_message = 64 * 1024;          ///< longest request line, newline included
        std::chrono::milliseconds read_timeout{5000}; ///< a request must arrive (and its reply leave) in time
        std::size_t max_clients = 64;                 ///< clients beyond this are told so and dropped at once
    };
    /// Outcome of bind().
    enum class BindResult {
        ok,
        in_use, ///< another instance holds the endpoint
        failed  ///< error() says why: blocked by a non-socket, a folder not private to the user, any other error
    };

    /// A server for `socket_path` (not bound yet).
    IpcServer(boost::asio::io_context& io, std::filesystem::path socket_path, Handler handler, Options options);
    /// Closes the endpoint and removes its file.
    ~IpcServer();
    IpcServer(const IpcServer&) = delete;
    IpcServer& operator=(const IpcServer&) = delete;

    /// Claims the endpoint (folder 0700 checked, one instance only, a stale socket replaced, socket 0600) and starts
    /// accepting. `in_use`: another instance holds it. On `failed`, `error()` says why; a blocked path keeps the
    /// claim, so a second instance still sees `in_use`.
    BindResult bind();
    /// Stops accepting and closes every client (call on the io_context's thread, or after it stopped).
    void close();
    /// Why bind() failed.
    const std::string& error() const { return error_; }
    /// The socket's path.
    const std::filesystem::path& path() const { return path_; }
    /// Clients connected now.
    std::size_t clients() const;

private:
    class Session;
    struct Shared;
    void accept();

    boost::asio::io_context& io_;
    std::filesystem::path path_;
    std::shared_ptr<Shared> shared_;
    std::unique_ptr<platform::ControlListener> listener_;
    std::string error_;
    bool accepting_ = false;
};

/// True when something accepts connections at the control endpoint `path`.
bool socket_answers(const std::filesystem::path& path);

} // namespace respite::app
