#include "app/ipc_server.h"

#include <boost/asio/read_until.hpp>
#include <boost/asio/steady_timer.hpp>
#include <boost/asio/streambuf.hpp>
#include <boost/asio/write.hpp>

#include <cerrno>
#include <cstring>
#include <map>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <unistd.h>

namespace respite::app {

namespace asio = boost::asio;
using stream = asio::local::stream_protocol;
using nlohmann::json;

namespace {
json error_body(const std::string& message) {
    return json{{"ok", false}, {"error", message}};
}

std::string encode(const json& body) {
    // Replace rather than throw on invalid UTF-8 a client sent us and we echo back.
    return body.dump(-1, ' ', false, json::error_handler_t::replace) + "\n";
}
} // namespace

struct IpcServer::Shared {
    Handler handler;
    Options options;
    std::map<Session*, std::weak_ptr<Session>> sessions;
};

class IpcServer::Session : public std::enable_shared_from_this<Session> {
public:
    Session(stream::socket socket, std::shared_ptr<Shared> shared)
        : socket_(std::move(socket)), buffer_(shared->options.max_message), timer_(socket_.get_executor()),
          shared_(std::move(shared)) {}
    ~Session() { shared_->sessions.erase(this); }

    void start() {
        shared_->sessions[this] = weak_from_this();
        if (shared_->sessions.size() > shared_->options.max_clients) {
            send({error_body("too many clients"), true});
            return;
        }
        ucred cred{};
        socklen_t len = sizeof cred;
        if (getsockopt(socket_.native_handle(), SOL_SOCKET, SO_PEERCRED, &cred, &len) != 0 ||
            cred.uid != shared_->options.allowed_uid) {
            send({error_body("permission denied: the control socket serves its owner only"), true});
            return;
        }
        read();
    }

    void close() {
        if (closed_)
            return;
        closed_ = true;
        boost::system::error_code ignored;
        timer_.cancel();
        socket_.shutdown(stream::socket::shutdown_both, ignored);
        socket_.close(ignored);
    }

private:
    void arm_timer() {
        timer_.expires_after(shared_->options.read_timeout);
        timer_.async_wait([self = shared_from_this()](const boost::system::error_code& ec) {
            if (!ec)
                self->on_timeout();
        });
    }

    void read() {
        arm_timer();
        asio::async_read_until(
            socket_, buffer_, '\n',
            [self = shared_from_this()](const boost::system::error_code& ec, std::size_t n) { self->on_read(ec, n); });
    }

    void on_read(const boost::system::error_code& ec, std::size_t n) {
        if (closed_)
            return;
        if (ec == asio::error::not_found) {
            send({error_body("message too long (limit " + std::to_string(shared_->options.max_message / 1024) +
                             " KiB per line)"),
                  true});
            return;
        }
        if (ec) {
            close();
            return;
        }
        const auto data = buffer_.data(); // basic_streambuf: one contiguous buffer
        std::string line(static_cast<const char*>(data.data()), n - 1);
        buffer_.consume(n);
        if (!line.empty() && line.back() == '\r')
            line.pop_back();
        const json request = json::parse(line, nullptr, false);
        if (request.is_discarded() || !request.is_object()) {
            send({error_body("malformed request: expected one JSON object per line"), true});
            return;
        }
        IpcReply reply;
        try {
            reply = shared_->handler(request);
        } catch (const std::exception& e) {
            reply = {error_body(std::string("internal error: ") + e.what()), true};
        }
        send(std::move(reply));
    }

    void send(IpcReply reply) {
        if (closed_)
            return;
        out_ = encode(reply.body);
        writing_ = true;
        arm_timer();
        asio::async_write(
            socket_, asio::buffer(out_),
            [self = shared_from_this(), close = reply.close](const boost::system::error_code& ec, std::size_t) {
                self->writing_ = false;
                if (ec || close) {
                    self->close();
                    return;
                }
                self->read();
            });
    }

    void on_timeout() {
        if (closed_)
            return;
        if (!writing_) {
            // Best effort: a silent client may still read; never block on it.
            const std::string msg = encode(error_body("timeout: no complete request line in time"));
            boost::system::error_code ec;
            socket_.non_blocking(true, ec);
            asio::write(socket_, asio::buffer(msg), ec);
        }
        close();
    }

    stream::socket socket_;
    asio::streambuf buffer_;
    asio::steady_timer timer_;
    std::shared_ptr<Shared> shared_;
    std::string out_;
    bool writing_ = false;
    bool closed_ = false;
};

IpcServer::IpcServer(asio::io_context& io, std::filesystem::path socket_path, Handler handler, Options options)
    : io_(io), path_(std::move(socket_path)), shared_(std::make_shared<Shared>()) {
    if (options.allowed_uid == static_cast<uid_t>(-1))
        options.allowed_uid = geteuid();
    shared_->handler = std::move(handler);
    shared_->options = options;
}

IpcServer::~IpcServer() {
    close();
}

IpcServer::BindResult IpcServer::bind() {
    namespace fs = std::filesystem;
    const fs::path dir = path_.parent_path();
    std::error_code ec;
    fs::create_directories(dir, ec);
    struct stat st {};
    if (lstat(dir.c_str(), &st) != 0 || !S_ISDIR(st.st_mode)) {
        error_ = "cannot create " + dir.string() + ": " + (ec ? ec.message() : std::strerror(errno));
        return BindResult::failed;
    }
    if (st.st_uid != geteuid()) {
        error_ = dir.string() + " belongs to another user";
        return BindResult::failed;
    }
    if ((st.st_mode & 0777) != 0700 && chmod(dir.c_str(), 0700) != 0) {
        error_ = "cannot make " + dir.string() + " private: " + std::strerror(errno);
        return BindResult::failed;
    }
    if (fs::exists(fs::symlink_status(path_))) {
        if (socket_answers(path_))
            return BindResult::in_use;
        fs::remove(path_, ec); // stale: nothing answers on it
    }
    if (path_.native().size() >= sizeof(sockaddr_un::sun_path)) {
        error_ = "socket path too long: " + path_.string();
        return BindResult::failed;
    }
    auto acceptor = std::make_unique<stream::acceptor>(io_);
    boost::system::error_code bec;
    acceptor->open(stream(), bec);
    if (!bec)
        acceptor->bind(stream::endpoint(path_.string()), bec);
    if (bec == asio::error::address_in_use)
        return BindResult::in_use;
    if (!bec && chmod(path_.c_str(), 0600) != 0)
        bec = boost::system::error_code(errno, boost::system::system_category());
    if (!bec)
        acceptor->listen(asio::socket_base::max_listen_connections, bec);
    if (bec) {
        error_ = "cannot listen on " + path_.string() + ": " + bec.message();
        return BindResult::failed;
    }
    acceptor_ = std::move(acceptor);
    bound_ = true;
    accept();
    return BindResult::ok;
}

void IpcServer::accept() {
    acceptor_->async_accept([this, shared = shared_](const boost::system::error_code& ec, stream::socket socket) {
        if (ec == asio::error::operation_aborted || !acceptor_ || !acceptor_->is_open())
            return;
        if (!ec)
            std::make_shared<Session>(std::move(socket), shared)->start();
        accept();
    });
}

void IpcServer::close() {
    if (acceptor_) {
        boost::system::error_code ignored;
        acceptor_->close(ignored);
        acceptor_.reset();
    }
    auto sessions = shared_->sessions;
    for (auto& [raw, weak] : sessions)
        if (auto session = weak.lock())
            session->close();
    if (bound_) {
        std::error_code ec;
        std::filesystem::remove(path_, ec);
        bound_ = false;
    }
}

std::size_t IpcServer::clients() const {
    return shared_->sessions.size();
}

bool socket_answers(const std::filesystem::path& path) {
    sockaddr_un addr{};
    addr.sun_family = AF_UNIX;
    if (path.native().size() >= sizeof addr.sun_path)
        return false;
    std::memcpy(addr.sun_path, path.c_str(), path.native().size() + 1);
    const int fd = socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC | SOCK_NONBLOCK, 0);
    if (fd < 0)
        return false;
    const int rc = connect(fd, reinterpret_cast<const sockaddr*>(&addr), sizeof addr);
    // EAGAIN: the listener's backlog is full, so it exists and is alive.
    const bool answers = rc == 0 || errno == EAGAIN || errno == EINPROGRESS;
    ::close(fd);
    return answers;
}

} // namespace respite::app
