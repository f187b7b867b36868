// platform/control_channel.h, server side, on a Unix stream socket (rules 1, 3, 4, 5 of the header).
#include "platform/control_channel.h"
#include "platform/paths.h"
#include "platform/posix/control_folder_posix.h"

#include <boost/asio/local/stream_protocol.hpp>
#include <boost/asio/write.hpp>

#include <fcntl.h>
#include <sys/file.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

namespace respite::platform {
namespace {

namespace asio = boost::asio;
namespace fs = std::filesystem;
using stream = asio::local::stream_protocol;

class SocketConnection final : public ControlConnection {
public:
    explicit SocketConnection(stream::socket socket) : socket_(std::move(socket)) {}

    bool peer_is_owner() const override {
        ucred cred{};
        socklen_t len = sizeof cred;
        return getsockopt(const_cast<stream::socket&>(socket_).native_handle(), SOL_SOCKET, SO_PEERCRED, &cred, &len) ==
                   0 &&
               cred.uid == geteuid();
    }
    void async_read_some(asio::mutable_buffer buffer, IoHandler handler) override {
        socket_.async_read_some(buffer, std::move(handler));
    }
    void async_write(asio::const_buffer buffer, IoHandler handler) override {
        asio::async_write(socket_, buffer, std::move(handler));
    }
    void try_write(std::string_view bytes) override {
        boost::system::error_code ec;
        socket_.non_blocking(true, ec);
        socket_.write_some(asio::buffer(bytes.data(), bytes.size()), ec);
    }
    void close() override {
        boost::system::error_code ignored;
        socket_.shutdown(stream::socket::shutdown_both, ignored);
        socket_.close(ignored);
    }

private:
    stream::socket socket_;
};

class SocketListener final : public ControlListener {
public:
    SocketListener(asio::io_context& io, fs::path path, int lock_fd)
        : acceptor_(io), path_(std::move(path)), lock_fd_(lock_fd) {}
    ~SocketListener() override {
        close();
        if (bound_)
            ::unlink(path_.c_str()); // still holding the lock: the socket is ours
        ::close(lock_fd_);
    }

    boost::system::error_code bind_and_listen(const ClaimHook& hook) {
        boost::system::error_code ec;
        acceptor_.open(stream(), ec);
        if (!ec)
            acceptor_.bind(stream::endpoint(path_.string()), ec);
        if (ec)
            return ec;
        bound_ = true;
        if (chmod(path_.c_str(), 0600) != 0)
            return {errno, boost::system::system_category()};
        if (hook)
            hook();
        acceptor_.listen(asio::socket_base::max_listen_connections, ec);
        return ec;
    }

    void async_accept(AcceptHandler handler) override {
        acceptor_.async_accept(
            [handler = std::move(handler)](const boost::system::error_code& ec, stream::socket socket) {
                handler(ec, ec ? nullptr : std::make_unique<SocketConnection>(std::move(socket)));
            });
    }
    void close() override {
        boost::system::error_code ignored;
        acceptor_.close(ignored);
    }

private:
    stream::acceptor acceptor_;
    fs::path path_;
    int lock_fd_;
    bool bound_ = false;
};

ControlClaim refuse(ClaimStatus status, std::string why) {
    return ControlClaim{status, std::move(why), nullptr};
}

} // namespace

fs::path control_channel_address() {
    const fs::path runtime = user_dirs().runtime_dir;
    if (!runtime.empty())
        return runtime / "respite" / "control.sock";
    return fs::path("/tmp") / ("respite-" + std::to_string(geteuid())) / "control.sock";
}

ControlClaim claim_control_channel(asio::io_context& io, const fs::path& address, const ClaimHook& hook) {
    if (address.native().size() >= sizeof(sockaddr_un::sun_path))
        return refuse(ClaimStatus::failed, "socket path too long: " + address.string());
    std::string why;
    switch (posix::prepare_socket_folder(address.parent_path(), why)) {
    case posix::FolderCheck::ok:
        break;
    case posix::FolderCheck::unsafe:
        return refuse(ClaimStatus::unsafe, why);
    case posix::FolderCheck::missing:
    case posix::FolderCheck::failed:
        return refuse(ClaimStatus::failed, why);
    }
    // Rule 5: whoever holds the lock owns the socket path; the lock dies with its holder, never stale.
    const fs::path lock_path = address.parent_path() / "control.lock";
    const int lock_fd = ::open(lock_path.c_str(), O_RDWR | O_CREAT | O_CLOEXEC | O_NOFOLLOW, 0600);
    if (lock_fd < 0)
        return refuse(ClaimStatus::failed, "cannot open " + lock_path.string() + ": " + std::strerror(errno));
    if (flock(lock_fd, LOCK_EX | LOCK_NB) != 0) {
        const int err = errno;
        ::close(lock_fd);
        if (err == EWOULDBLOCK)
            return refuse(ClaimStatus::in_use, "another Respite holds " + lock_path.string());
        return refuse(ClaimStatus::failed, "cannot lock " + lock_path.string() + ": " + std::strerror(err));
    }
    auto listener = std::make_unique<SocketListener>(io, address, lock_fd);
    if (const std::string what = posix::non_socket_at(address); !what.empty())
        return ControlClaim{ClaimStatus::blocked,
                            "the control socket path " + address.string() + " is blocked: " + what +
                                " is in the way (remove it, then start Respite again)",
                            std::move(listener)};
    struct stat st {};
    if (lstat(address.c_str(), &st) == 0) {
        // A socket while we hold the lock: left by a crash (or served by a Respite too old to lock).
        if (control_channel_answers(address))
            return refuse(ClaimStatus::in_use, "another Respite answers on " + address.string());
        if (::unlink(address.c_str()) != 0)
            return refuse(ClaimStatus::failed,
                          "cannot remove the stale socket " + address.string() + ": " + std::strerror(errno));
    }
    if (const auto ec = listener->bind_and_listen(hook))
        return refuse(ClaimStatus::failed, "cannot listen on " + address.string() + ": " + ec.message());
    return ControlClaim{ClaimStatus::ok, {}, std::move(listener)};
}

bool control_channel_answers(const fs::path& address) {
    sockaddr_un addr{};
    addr.sun_family = AF_UNIX;
    if (address.native().size() >= sizeof addr.sun_path)
        return false;
    std::memcpy(addr.sun_path, address.c_str(), address.native().size() + 1);
    const int fd = socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC | SOCK_NONBLOCK, 0);
    if (fd < 0)
        return false;
    const int rc = connect(fd, reinterpret_cast<const sockaddr*>(&addr), sizeof addr);
    // EAGAIN: the listener's backlog is full, so it exists and is alive.
    const bool answers = rc == 0 || errno == EAGAIN || errno == EINPROGRESS;
    ::close(fd);
    return answers;
}

} // namespace respite::platform
