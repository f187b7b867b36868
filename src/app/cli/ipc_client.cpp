#include "app/cli/ipc_client.h"
#include "app/cli/xdg_paths.h"

#include <cerrno>
#include <cstring>
#include <poll.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

namespace respite::cli {

namespace {
// Closes the descriptor on every path out.
struct Fd {
    int fd = -1;
    ~Fd() {
        if (fd >= 0)
            ::close(fd);
    }
};

bool wait_for(int fd, short events, std::chrono::steady_clock::time_point deadline) {
    const auto left =
        std::chrono::duration_cast<std::chrono::milliseconds>(deadline - std::chrono::steady_clock::now());
    if (left.count() <= 0)
        return false;
    pollfd p{fd, events, 0};
    int rc = 0;
    do {
        rc = poll(&p, 1, static_cast<int>(left.count()));
    } while (rc < 0 && errno == EINTR);
    return rc > 0;
}
} // namespace

std::filesystem::path control_socket_path() {
    const auto runtime = xdg_runtime_dir();
    if (!runtime.empty())
        return runtime / "respite" / "control.sock";
    return std::filesystem::path("/tmp") / ("respite-" + std::to_string(getuid())) / "control.sock";
}

std::optional<nlohmann::json> call_app(const std::filesystem::path& socket_path, const nlohmann::json& request,
                                       CallError& error, std::string& why, std::chrono::milliseconds timeout) {
    error = CallError::not_running;
    sockaddr_un addr{};
    addr.sun_family = AF_UNIX;
    if (socket_path.native().size() >= sizeof addr.sun_path) {
        why = "socket path too long";
        return std::nullopt;
    }
    std::memcpy(addr.sun_path, socket_path.c_str(), socket_path.native().size() + 1);
    Fd sock{socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0)};
    if (sock.fd < 0 || connect(sock.fd, reinterpret_cast<const sockaddr*>(&addr), sizeof addr) != 0) {
        why = std::strerror(errno);
        return std::nullopt;
    }
    error = CallError::io;
    const auto deadline = std::chrono::steady_clock::now() + timeout;
    const std::string line = request.dump() + "\n";
    for (std::size_t sent = 0; sent < line.size();) {
        if (!wait_for(sock.fd, POLLOUT, deadline)) {
            why = "timed out sending the request";
            return std::nullopt;
        }
        const ssize_t n = send(sock.fd, line.data() + sent, line.size() - sent, MSG_NOSIGNAL);
        if (n < 0 && errno != EINTR) {
            why = std::strerror(errno);
            return std::nullopt;
        }
        sent += n > 0 ? static_cast<std::size_t>(n) : 0;
    }
    std::string reply;
    char chunk[4096];
    while (reply.find('\n') == std::string::npos) {
        if (!wait_for(sock.fd, POLLIN, deadline)) {
            why = "the app did not answer in time";
            return std::nullopt;
        }
        const ssize_t n = recv(sock.fd, chunk, sizeof chunk, 0);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0) {
            why = "the app closed the connection";
            return std::nullopt;
        }
        reply.append(chunk, static_cast<std::size_t>(n));
    }
    reply.resize(reply.find('\n'));
    auto json = nlohmann::json::parse(reply, nullptr, false);
    if (json.is_discarded() || !json.is_object()) {
        why = "malformed reply from the app";
        return std::nullopt;
    }
    error = CallError::none;
    return json;
}

} // namespace respite::cli
