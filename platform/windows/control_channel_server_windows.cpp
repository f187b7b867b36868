// platform/control_channel.h, server side, on a named pipe with Asio's overlapped I/O (rules 1, 3, 5 of the
// header). One pipe instance always waits for the next client: it holds the name, so while this server lives no
// other process (of this user or a squatter) can create the first instance. Rule 4 has no Windows case: the pipe
// namespace holds nothing but pipes.
#include "platform/control_channel.h"

#include "platform/windows/pipe_windows.h"
#include "platform/windows/user_sid_windows.h"

#include <boost/asio/post.hpp>
#include <boost/asio/windows/overlapped_ptr.hpp>
#include <boost/asio/windows/stream_handle.hpp>
#include <boost/asio/write.hpp>

namespace respite::platform {
namespace {

namespace asio = boost::asio;
namespace fs = std::filesystem;
using windows::Handle;

boost::system::error_code win32_error(DWORD error) {
    return {static_cast<int>(error), boost::system::system_category()};
}

class PipeConnection final : public ControlConnection {
public:
    PipeConnection(asio::windows::stream_handle pipe, fs::path name) : pipe_(std::move(pipe)), name_(std::move(name)) {}

    bool peer_is_owner() const override {
        auto& pipe = const_cast<asio::windows::stream_handle&>(pipe_);
        return windows::foreign_peer(pipe.native_handle(), name_, false).empty();
    }
    void async_read_some(asio::mutable_buffer buffer, IoHandler handler) override {
        pipe_.async_read_some(buffer, std::move(handler));
    }
    void async_write(asio::const_buffer buffer, IoHandler handler) override {
        asio::async_write(pipe_, buffer, std::move(handler));
    }
    void try_write(std::string_view bytes) override {
        if (!pipe_.is_open())
            return;
        // A write outside Asio: the low bit of hEvent keeps its completion off the io_context's port. Whatever the
        // pipe buffer does not take at once is cancelled, never waited for.
        OVERLAPPED overlapped{};
        const Handle event(CreateEventW(nullptr, TRUE, FALSE, nullptr));
        if (!event.valid())
            return;
        overlapped.hEvent = reinterpret_cast<HANDLE>(reinterpret_cast<ULONG_PTR>(event.get()) | 1);
        const HANDLE h = pipe_.native_handle();
        DWORD written = 0;
        if (!WriteFile(h, bytes.data(), static_cast<DWORD>(bytes.size()), &written, &overlapped) &&
            GetLastError() == ERROR_IO_PENDING) {
            CancelIoEx(h, &overlapped);
            GetOverlappedResult(h, &overlapped, &written, TRUE);
        }
    }
    void close() override {
        // CloseHandle, not DisconnectNamedPipe: what was written stays readable for the client.
        boost::system::error_code ignored;
        pipe_.close(ignored);
    }

private:
    asio::windows::stream_handle pipe_;
    fs::path name_;
};

// What the listener and its pending operations share, so a completion after the listener's end finds it alive.
struct ListenerState {
    asio::io_context& io;
    fs::path name;
    std::unique_ptr<asio::windows::stream_handle> waiting; ///< the instance the next client connects to
    bool closed = false;

    // A further instance of our pipe (the first one already holds the name).
    boost::system::error_code add_instance() {
        Handle h = windows::create_pipe_instance(name, false);
        if (!h.valid())
            return win32_error(GetLastError());
        waiting = std::make_unique<asio::windows::stream_handle>(io, h.release());
        return {};
    }
};

class PipeListener final : public ControlListener {
public:
    PipeListener(asio::io_context& io, fs::path name, Handle first)
        : state_(std::make_shared<ListenerState>(ListenerState{io, std::move(name), nullptr})) {
        state_->waiting = std::make_unique<asio::windows::stream_handle>(io, first.release());
    }
    ~PipeListener() override {
        close();
        if (state_->waiting) {
            boost::system::error_code ignored;
            state_->waiting->close(ignored); // the name goes with the last instance
        }
    }

    void async_accept(AcceptHandler handler) override {
        auto state = state_;
        if (state->closed) {
            asio::post(state->io, [handler = std::move(handler)] { handler(asio::error::operation_aborted, nullptr); });
            return;
        }
        if (!state->waiting) {
            if (const auto ec = state->add_instance()) {
                asio::post(state->io, [handler = std::move(handler), ec] { handler(ec, nullptr); });
                return;
            }
        }
        asio::windows::overlapped_ptr overlapped(
            state->io, [state, handler](const boost::system::error_code& ec, std::size_t) {
                if (state->closed || ec == asio::error::operation_aborted) {
                    handler(asio::error::operation_aborted, nullptr);
                    return;
                }
                if (ec) {
                    // This instance is broken (a client that came and went): drop it, the next accept makes another.
                    state->waiting.reset();
                    handler(ec, nullptr);
                    return;
                }
                auto connected = std::move(state->waiting);
                state->add_instance(); // on failure the next accept tries again
                handler({}, std::make_unique<PipeConnection>(std::move(*connected), state->name));
            });
        const BOOL ok = ConnectNamedPipe(state->waiting->native_handle(), overlapped.get());
        const DWORD error = GetLastError();
        if (!ok && error == ERROR_PIPE_CONNECTED) // a client came between CreateNamedPipe and now
            overlapped.complete({}, 0);
        else if (!ok && error != ERROR_IO_PENDING)
            overlapped.complete(win32_error(error), 0);
        else
            overlapped.release();
    }

    void close() override {
        state_->closed = true;
        if (state_->waiting) {
            boost::system::error_code ignored;
            state_->waiting->cancel(ignored); // the instance stays: the name stays claimed
        }
    }

private:
    std::shared_ptr<ListenerState> state_;
};

ControlClaim refuse(ClaimStatus status, std::string why) {
    return ControlClaim{status, std::move(why), nullptr};
}

// The first instance could not be created because a pipe of that name exists: whose is it?
ControlClaim taken(const fs::path& address) {
    const std::string name = windows::display(address);
    const Handle other(CreateFileW(address.c_str(), GENERIC_READ | GENERIC_WRITE, 0, nullptr, OPEN_EXISTING,
                                   SECURITY_SQOS_PRESENT | SECURITY_IDENTIFICATION, nullptr));
    if (!other.valid()) {
        const DWORD error = GetLastError();
        if (error == ERROR_PIPE_BUSY)
            return refuse(ClaimStatus::in_use, "another Respite holds the control pipe " + name + " (busy)");
        if (error == ERROR_ACCESS_DENIED)
            return refuse(ClaimStatus::unsafe, "the control pipe " + name +
                                                   " exists but does not admit this user (another user created it); "
                                                   "refusing to use it");
        if (error == ERROR_FILE_NOT_FOUND) // gone in between: the other instance just ended
            return refuse(ClaimStatus::in_use, "another Respite was ending on " + name + "; try again");
        return refuse(ClaimStatus::failed, "cannot check the control pipe " + name + ": " + windows::error_text(error));
    }
    if (auto why = windows::foreign_peer(other.get(), address, true); !why.empty())
        return refuse(ClaimStatus::unsafe, why);
    return refuse(ClaimStatus::in_use, "another Respite answers on " + name);
}

} // namespace

fs::path control_channel_address() {
    return fs::path(L"\\\\.\\pipe\\respite-" + windows::widen(windows::current_user_sid()));
}

ControlClaim claim_control_channel(asio::io_context& io, const fs::path& address, const ClaimHook& hook) {
    // Rules 3 and 5: the first instance, with our DACL, or nothing.
    Handle first = windows::create_pipe_instance(address, true);
    if (!first.valid()) {
        const DWORD error = GetLastError();
        if (error == ERROR_ACCESS_DENIED || error == ERROR_PIPE_BUSY)
            return taken(address);
        return refuse(ClaimStatus::failed, "cannot create the control pipe " + windows::display(address) + ": " +
                                               windows::error_text(error));
    }
    auto listener = std::make_unique<PipeListener>(io, address, std::move(first));
    if (hook)
        hook();
    return ControlClaim{ClaimStatus::ok, {}, std::move(listener)};
}

bool control_channel_answers(const fs::path& address) {
    const Handle pipe(CreateFileW(address.c_str(), GENERIC_READ | GENERIC_WRITE, 0, nullptr, OPEN_EXISTING,
                                  SECURITY_SQOS_PRESENT | SECURITY_IDENTIFICATION, nullptr));
    // Busy: every instance has a client, so a server is there.
    return pipe.valid() || GetLastError() == ERROR_PIPE_BUSY;
}

} // namespace respite::platform
