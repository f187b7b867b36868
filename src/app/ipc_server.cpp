#include "app/ipc_server.h"

#include <boost/asio/steady_timer.hpp>

#include <array>
#include <map>

namespace respite::app {

namespace asio = boost::asio;
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
    Session(asio::io_context& io, std::unique_ptr<platform::ControlConnection> connection,
            std::shared_ptr<Shared> shared)
        : connection_(std::move(connection)), timer_(io), shared_(std::move(shared)) {}
    ~Session() { shared_->sessions.erase(this); }

    void start() {
        shared_->sessions[this] = weak_from_this();
        if (shared_->sessions.size() > shared_->options.max_clients) {
            send({error_body("too many clients: the app already serves " +
                             std::to_string(shared_->options.max_clients) + " connections; try again shortly"),
                  true});
            return;
        }
        if (!connection_->peer_is_owner()) {
            send({error_body("permission denied: the control socket serves its owner only"), true});
            return;
        }
        next();
    }

    void close() {
        if (closed_)
            return;
        closed_ = true;
        timer_.cancel();
        connection_->close();
    }

private:
    void arm_timer() {
        timer_.expires_after(shared_->options.read_timeout);
        timer_.async_wait([self = shared_from_this()](const boost::system::error_code& ec) {
            if (!ec)
                self->on_timeout();
        });
    }

    // Answers the next complete line already received, else reads more.
    void next() {
        const auto newline = pending_.find('\n');
        if (newline != std::string::npos && newline + 1 <= shared_->options.max_message) {
            std::string line = pending_.substr(0, newline);
            pending_.erase(0, newline + 1);
            answer(std::move(line));
            return;
        }
        if (newline != std::string::npos || pending_.size() >= shared_->options.max_message) {
            send({error_body("message too long (limit " + std::to_string(shared_->options.max_message / 1024) +
                             " KiB per line)"),
                  true});
            return;
        }
        arm_timer();
        connection_->async_read_some(
            asio::buffer(chunk_),
            [self = shared_from_this()](const boost::system::error_code& ec, std::size_t n) { self->on_read(ec, n); });
    }

    void on_read(const boost::system::error_code& ec, std::size_t n) {
        if (closed_)
            return;
        if (ec) {
            close();
            return;
        }
        pending_.append(chunk_.data(), n);
        next();
    }

    void answer(std::string line) {
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
        connection_->async_write(asio::buffer(out_), [self = shared_from_this(), close = reply.close](
                                                         const boost::system::error_code& ec, std::size_t) {
            self->writing_ = false;
            if (ec || close) {
                self->close();
                return;
            }
            self->next();
        });
    }

    void on_timeout() {
        if (closed_)
            return;
        if (!writing_) // best effort: a silent client may still read; never block on it
            connection_->try_write(encode(error_body("timeout: no complete request line in time")));
        close();
    }

    std::unique_ptr<platform::ControlConnection> connection_;
    std::array<char, 4096> chunk_{};
    std::string pending_;
    asio::steady_timer timer_;
    std::shared_ptr<Shared> shared_;
    std::string out_;
    bool writing_ = false;
    bool closed_ = false;
};

IpcServer::IpcServer(asio::io_context& io, std::filesystem::path socket_path, Handler handler, Options options)
    : io_(io), path_(std::move(socket_path)), shared_(std::make_shared<Shared>()) {
    shared_->handler = std::move(handler);
    shared_->options = options;
}

IpcServer::~IpcServer() {
    close();
}

IpcServer::BindResult IpcServer::bind() {
    auto claim = platform::claim_control_channel(io_, path_);
    error_ = claim.error;
    listener_ = std::move(claim.listener); // a blocked path still holds the claim
    switch (claim.status) {
    case platform::ClaimStatus::ok:
        accepting_ = true;
        accept();
        return BindResult::ok;
    case platform::ClaimStatus::in_use:
        return BindResult::in_use;
    case platform::ClaimStatus::blocked:
    case platform::ClaimStatus::unsafe:
    case platform::ClaimStatus::failed:
        break;
    }
    return BindResult::failed;
}

void IpcServer::accept() {
    listener_->async_accept([this, shared = shared_](const boost::system::error_code& ec,
                                                     std::unique_ptr<platform::ControlConnection> connection) {
        if (ec == asio::error::operation_aborted || !accepting_)
            return;
        if (!ec)
            std::make_shared<Session>(io_, std::move(connection), shared)->start();
        accept();
    });
}

void IpcServer::close() {
    accepting_ = false;
    if (listener_)
        listener_->close();
    auto sessions = shared_->sessions;
    for (auto& [raw, weak] : sessions)
        if (auto session = weak.lock())
            session->close();
    listener_.reset(); // removes the socket, then releases the claim
}

std::size_t IpcServer::clients() const {
    return shared_->sessions.size();
}

bool socket_answers(const std::filesystem::path& path) {
    return platform::control_channel_answers(path);
}

} // namespace respite::app
