// platform/control_channel.h, client side, on a named pipe with Asio's overlapped I/O (rules 2 and 6 of the
// header). The pipe is opened at identification level only, so a server can learn who we are but not act as us.
#include "platform/control_channel.h"

#include "platform/windows/pipe_windows.h"

#include <boost/asio/read_until.hpp>
#include <boost/asio/steady_timer.hpp>
#include <boost/asio/streambuf.hpp>
#include <boost/asio/windows/stream_handle.hpp>
#include <boost/asio/write.hpp>

namespace respite::platform {
namespace {

namespace asio = boost::asio;
namespace fs = std::filesystem;
using windows::Handle;

CallResult fail(CallStatus status, std::string why) {
    return CallResult{status, {}, std::move(why)};
}

// Opens the pipe, waiting for a free instance until `deadline`.
Handle open_pipe(const fs::path& address, std::chrono::steady_clock::time_point deadline, CallResult& failure) {
    const std::string name = windows::display(address);
    for (;;) {
        Handle pipe(CreateFileW(address.c_str(), GENERIC_READ | GENERIC_WRITE, 0, nullptr, OPEN_EXISTING,
                                FILE_FLAG_OVERLAPPED | SECURITY_SQOS_PRESENT | SECURITY_IDENTIFICATION, nullptr));
        if (pipe.valid())
            return pipe;
        const DWORD error = GetLastError();
        if (error == ERROR_FILE_NOT_FOUND || error == ERROR_PATH_NOT_FOUND) {
            failure = fail(CallStatus::not_running, "no control pipe " + name);
            return pipe;
        }
        if (error == ERROR_ACCESS_DENIED) {
            failure = fail(CallStatus::unsafe, "the control pipe " + name +
                                                   " does not admit this user (another user created it); "
                                                   "refusing to talk to it");
            return pipe;
        }
        if (error != ERROR_PIPE_BUSY) {
            failure = fail(CallStatus::io, "cannot open the control pipe " + name + ": " + windows::error_text(error));
            return pipe;
        }
        const auto left =
            std::chrono::duration_cast<std::chrono::milliseconds>(deadline - std::chrono::steady_clock::now());
        if (left.count() <= 0 || !WaitNamedPipeW(address.c_str(), static_cast<DWORD>(left.count()))) {
            if (GetLastError() == ERROR_FILE_NOT_FOUND)
                continue; // the server ended between the two calls: the next open says so
            failure = fail(CallStatus::io, "timed out connecting to the app");
            return pipe;
        }
    }
}

} // namespace

CallResult control_call(const fs::path& address, std::string_view request_line, std::chrono::milliseconds timeout) {
    CallResult failure;
    Handle pipe = open_pipe(address, std::chrono::steady_clock::now() + timeout, failure);
    if (!pipe.valid())
        return failure;
    // Rule 2: the process serving the pipe runs as this user; nothing is sent otherwise.
    if (auto why = windows::foreign_peer(pipe.get(), address, true); !why.empty())
        return fail(CallStatus::unsafe, why);

    asio::io_context io;
    asio::windows::stream_handle stream(io, pipe.release());
    asio::steady_timer timer(io);
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
        stream.close(ignored);
    });
    asio::async_write(stream, asio::buffer(out), [&](const boost::system::error_code& wec, std::size_t) {
        // Rule 6: a server that refused us (all slots taken) may have closed before our request arrived; its
        // answer is still there to read.
        write_ec = wec;
        asio::async_read_until(stream, in, '\n', [&](const boost::system::error_code& ec, std::size_t) {
            read_ec = ec;
            timer.cancel();
        });
    });
    io.run();

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
