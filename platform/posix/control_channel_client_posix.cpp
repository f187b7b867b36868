// platform/control_channel.h, client side, on Boost.Asio's Unix stream socket (rules 2, 3, 4, 6 of the header).
#include "platform/control_channel.h"
#include "platform/posix/control_folder_posix.h"

#include <boost/asio/connect.hpp>
#include <boost/asio/local/stream_protocol.hpp>
#include <boost/asio/read_until.hpp>
#include <boost/asio/steady_timer.hpp>
#include <boost/asio/streambuf.hpp>
#include <boost/asio/write.hpp>

#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <unistd.h>

namespace respite::platform {
namespace {

namespace asio = boost::asio;
namespace fs = std::filesystem;
using stream = asio::local::stream_protocol;

CallResult fail(CallStatus status, std::string why) {
    return CallResult{status, {}, std::move(why)};
}

// Rule 2: the socket file is the user's and the process listening on it runs as the user.
std::string check_server(const fs::path& address, stream::socket& socket) {
    struct stat st {};
    if (lstat(address.c_str(), &st) == 0 && st.st_uid != geteuid())
        return "the control socket " + address.string() + " belongs to another user (uid " + std::to_string(st.st_uid) +
               "); refusing to talk to it";
    ucred cred{};
    socklen_t len = sizeof cred;
    if (getsockopt(socket.native_handle(), SOL_SOCKET, SO_PEERCRED, &cred, &len) != 0)
        return "cannot check who serves the control socket " + address.string();
    if (cred.uid != geteuid())
        return "the control socket " + address.string() + " is served by another user (uid " +
               std::to_string(cred.uid) + "); refusing to talk to it";
    return {};
}

} // namespace

CallResult control_call(const fs::path& address, std::string_view request_line, std::chrono::milliseconds timeout) {
    if (address.native().size() >= sizeof(sockaddr_un::sun_path))
        return fail(CallStatus::not_running, "socket path too long: " + address.string());
    std::string why;
    switch (posix::check_socket_folder(address.parent_path(), why)) {
    case posix::FolderCheck::ok:
        break;
    case posix::FolderCheck::missing:
        return fail(CallStatus::not_running, why);
    case posix::FolderCheck::unsafe:
        return fail(CallStatus::unsafe, why);
    case posix::FolderCheck::failed:
        return fail(CallStatus::io, why);
    }
    if (const std::string what = posix::non_socket_at(address); !what.empty())
        return fail(CallStatus::blocked, "the control socket path " + address.string() + " is blocked: " + what +
                                             " is in the way, not the app's socket");

    asio::io_context io;
    stream::socket socket(io);
    asio::steady_timer timer(io);
    boost::system::error_code connect_ec = asio::error::timed_out;
    boost::system::error_code write_ec = asio::error::timed_out;
    boost::system::error_code read_ec = asio::error::timed_out;
    bool timed_out = false;
    const std::string out = std::string(request_line) + "\n";
    asio::streambuf in(64 * 1024 * 1024);

    timer.expires_after(timeout);
    timer.async_wait([&](const boost::system::error_code& ec) {
        if (ec)
            return;
        timed_out = true;
        boost::system::error_code ignored;
        socket.close(ignored);
    });
    const auto read_reply = [&] {
        asio::async_read_until(socket, in, '\n', [&](const boost::system::error_code& ec, std::size_t) {
            read_ec = ec;
            timer.cancel();
        });
    };
    socket.async_connect(stream::endpoint(address.string()), [&](const boost::system::error_code& ec) {
        connect_ec = ec;
        if (ec) {
            timer.cancel();
            return;
        }
        if (why = check_server(address, socket); !why.empty()) {
            timer.cancel();
            return;
        }
        asio::async_write(socket, asio::buffer(out), [&](const boost::system::error_code& wec, std::size_t) {
            // Rule 6: a server that refused us (all slots taken) may have closed before our request arrived; its
            // answer is still there to read.
            write_ec = wec;
            read_reply();
        });
    });
    io.run();

    if (connect_ec)
        return fail(timed_out ? CallStatus::io : CallStatus::not_running,
                    timed_out ? "timed out connecting to the app" : connect_ec.message());
    if (!why.empty())
        return fail(CallStatus::unsafe, why);
    if (read_ec && in.size() == 0) {
        if (timed_out)
            return fail(CallStatus::io, "the app did not answer in time");
        if (write_ec)
            return fail(CallStatus::io, "cannot send the request: " + write_ec.message());
        return fail(CallStatus::io, "the app closed the connection without answering");
    }
    std::string reply(asio::buffers_begin(in.data()), asio::buffers_end(in.data()));
    const auto newline = reply.find('\n');
    if (newline == std::string::npos)
        return fail(CallStatus::io, "the app closed the connection mid-reply");
    reply.resize(newline);
    return CallResult{CallStatus::ok, std::move(reply), {}};
}

} // namespace respite::platform
