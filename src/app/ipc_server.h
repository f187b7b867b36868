#pragma once
// The control socket (DESIGN.md §5-6): a Unix stream socket on the engine's io_context speaking line-delimited
// JSON. Each line is one request object, each reply one line. Malformed, oversized or slow clients get an error
// reply (when possible) and are dropped; other clients and the app are unaffected.
#include <boost/asio/io_context.hpp>
#include <boost/asio/local/stream_protocol.hpp>

#include <nlohmann/json.hpp>

#include <chrono>
#include <cstddef>
#include <filesystem>
#include <functional>
#include <memory>
#include <string>
#include <sys/types.h>

namespace respite::app {

/// A reply to one request; `close` drops the client after sending it.
struct IpcReply {
    nlohmann::json body;
    bool close = false;
};

/// Accepts clients on a Unix socket and answers their requests on the io_context's thread.
class IpcServer {
public:
    /// Answers one parsed request (runs on the io_context's thread).
    using Handler = std::function<IpcReply(const nlohmann::json& request)>;
    /// Limits and checks.
    struct Options {
        std::size_t max_message = 64 * 1024;          ///< longest request line, newline included
        std::chrono::milliseconds read_timeout{5000}; ///< a request must arrive (and its reply leave) in time
        std::size_t max_clients = 64;                 ///< clients beyond this are refused at once
        uid_t allowed_uid = static_cast<uid_t>(-1);   ///< peer uid accepted (-1: our effective uid)
    };
    /// Outcome of bind().
    enum class BindResult { ok, in_use, failed };

    /// A server for `socket_path` (not bound yet).
    IpcServer(boost::asio::io_context& io, std::filesystem::path socket_path, Handler handler, Options options);
    /// Closes the socket and removes its file.
    ~IpcServer();
    IpcServer(const IpcServer&) = delete;
    IpcServer& operator=(const IpcServer&) = delete;

    /// Creates the folder (0700), removes a stale socket nobody answers on, binds (0600) and starts accepting.
    /// `in_use`: another process answers on the socket. On `failed`, `error()` says why.
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
    std::unique_ptr<boost::asio::local::stream_protocol::acceptor> acceptor_;
    std::string error_;
    bool bound_ = false;
};

/// True when something accepts connections on the Unix socket at `path`.
bool socket_answers(const std::filesystem::path& path);

} // namespace respite::app
