#pragma once
// The control channel (DESIGN.md §5-6): one local endpoint per user and session through which the command line
// talks to the running app. An OS-neutral port: a Unix stream socket today (posix/control_channel_posix.cpp), a
// named pipe `\\.\pipe\respite-<user SID>` on Windows later (platform/windows/, on
// boost::asio::windows::stream_handle). GUI-free: the command line links it (respite_platform_base).
//
// Rules every implementation keeps (issue 16 items 3, 8, 9), each pinned by a test:
//  1. Only the user who runs the app is served. The server checks each client's identity (Unix: SO_PEERCRED uid;
//     Windows: the client's token user SID) and refuses any other user with an error line.
//  2. The client trusts nobody else either: before sending a byte it checks that the endpoint is the user's own
//     (Unix: the socket's folder belongs to the user with mode 0700 and the server's SO_PEERCRED uid is the
//     user's; Windows: the pipe server's process token is the user's SID, GetNamedPipeServerProcessId) and
//     refuses otherwise with a message that names the path and the owner (CallStatus::unsafe).
//  3. The endpoint's container is private. Unix: a runtime folder (XDG_RUNTIME_DIR) that other users can write,
//     without the sticky bit, is refused with a clear message; the folder is created with an exclusive mkdir
//     0700 and its owner and mode are checked after, so a folder someone else created first (the /tmp fallback)
//     is refused, never adopted. Windows: the pipe's DACL grants only the user, created with
//     FILE_FLAG_FIRST_PIPE_INSTANCE so a squatter's pipe makes creation fail.
//  4. Something at the endpoint that is not one (a directory or file at the socket path) is "blocked"
//     (ClaimStatus::blocked, CallStatus::blocked): never taken for another running instance, never deleted.
//  5. Exactly one server per user: claiming is atomic. Unix: an exclusive flock on `control.lock` beside the
//     socket, held for the server's life; only its holder may remove a stale socket, so a second start never
//     deletes a socket that a slow first instance has bound but not yet listens on. Windows: the first pipe
//     instance plays the lock's part.
//  6. A server with all client slots taken answers "too many clients" and the client reports that answer, even
//     when its own write failed because the server closed first (never "Broken pipe").
#include <boost/asio/buffer.hpp>
#include <boost/asio/io_context.hpp>
#include <boost/system/error_code.hpp>

#include <chrono>
#include <cstddef>
#include <filesystem>
#include <functional>
#include <memory>
#include <string>
#include <string_view>

namespace respite::platform {

/// The endpoint of this user's session (Unix: `$XDG_RUNTIME_DIR/respite/control.sock`, else
/// `/tmp/respite-<uid>/control.sock`).
std::filesystem::path control_channel_address();

// ------------------------------------------------------------------------------------------------- server side

/// One accepted client: a byte stream served on the io_context's thread.
class ControlConnection {
public:
    using IoHandler = std::function<void(const boost::system::error_code&, std::size_t)>;
    virtual ~ControlConnection() = default;
    /// True when the client runs as the server's user (rule 1).
    virtual bool peer_is_owner() const = 0;
    /// Reads what is there (at least one byte) into `buffer`.
    virtual void async_read_some(boost::asio::mutable_buffer buffer, IoHandler handler) = 0;
    /// Writes all of `buffer`.
    virtual void async_write(boost::asio::const_buffer buffer, IoHandler handler) = 0;
    /// Writes what fits now, never blocking (a last word to a client being dropped).
    virtual void try_write(std::string_view bytes) = 0;
    /// Ends the connection; pending operations complete with operation_aborted.
    virtual void close() = 0;
};

/// A claimed endpoint accepting clients. Destroying it stops listening, removes the endpoint and releases the
/// claim.
class ControlListener {
public:
    using AcceptHandler = std::function<void(const boost::system::error_code&, std::unique_ptr<ControlConnection>)>;
    virtual ~ControlListener() = default;
    /// Accepts the next client.
    virtual void async_accept(AcceptHandler handler) = 0;
    /// Stops accepting (pending accepts complete with operation_aborted); the endpoint stays claimed.
    virtual void close() = 0;
};

/// Outcome of claim_control_channel().
enum class ClaimStatus {
    ok,      ///< claimed; the listener accepts
    in_use,  ///< another instance holds the endpoint (running, or still starting)
    blocked, ///< something that is not an endpoint is in the way (rule 4)
    unsafe,  ///< the endpoint's container is not private to the user (rule 3)
    failed   ///< any other error
};

struct ControlClaim {
    ClaimStatus status = ClaimStatus::failed;
    std::string error; ///< why, for every status but ok
    /// ok: accepting. blocked: holds the claim without accepting, so this instance stays the only one.
    std::unique_ptr<ControlListener> listener;
};

/// For tests: runs between the endpoint's creation and the moment it accepts (Unix: between bind and listen).
using ClaimHook = std::function<void()>;

/// Claims `address` for this process and starts listening on `io`.
ControlClaim claim_control_channel(boost::asio::io_context& io, const std::filesystem::path& address,
                                   const ClaimHook& between_bind_and_listen = {});

/// True when a server accepts connections at `address` (used only to describe what is there).
bool control_channel_answers(const std::filesystem::path& address);

// ------------------------------------------------------------------------------------------------- client side

/// Outcome of control_call().
enum class CallStatus {
    ok,          ///< `reply` holds the server's reply line
    not_running, ///< no server at the address
    blocked,     ///< something that is not an endpoint is at the address (rule 4)
    unsafe,      ///< the endpoint or its server is not the user's own: nothing was sent (rules 2, 3)
    io           ///< the exchange failed part way (timeout, closed without a reply)
};

struct CallResult {
    CallStatus status = CallStatus::io;
    std::string reply; ///< the reply line without its newline
    std::string why;   ///< for every status but ok
};

/// Sends one request line (without newline) and returns the reply line, all within `timeout`.
CallResult control_call(const std::filesystem::path& address, std::string_view request_line,
                        std::chrono::milliseconds timeout);

} // namespace respite::platform
