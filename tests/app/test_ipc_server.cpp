// The control socket's framing, limits, malformed input, peer check and stale-socket handling.
#include "app/ipc_server.h"

#include <doctest/doctest.h>

#include <boost/asio/io_context.hpp>
#include <boost/asio/post.hpp>

#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <poll.h>
#include <string>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <sys/wait.h>
#include <thread>
#include <unistd.h>
#include <vector>

using namespace respite::app;
namespace fs = std::filesystem;
using nlohmann::json;

namespace {

fs::path temp_dir() {
    std::string tmpl = (fs::temp_directory_path() / "respite-ipc-XXXXXX").string();
    REQUIRE(mkdtemp(tmpl.data()) != nullptr);
    return tmpl;
}

// A server on its own io thread answering {"echo": request}; "cmd":"bad" closes.
struct Fixture {
    fs::path dir = temp_dir();
    fs::path sock = dir / "respite" / "control.sock";
    boost::asio::io_context io;
    std::unique_ptr<IpcServer> server;
    std::thread thread;

    explicit Fixture(IpcServer::Options options = {}) {
        server = std::make_unique<IpcServer>(
            io, sock,
            [](const json& req) {
                if (req.value("cmd", "") == "bad")
                    return IpcReply{json{{"ok", false}, {"error", "unknown command"}}, true};
                return IpcReply{json{{"ok", true}, {"echo", req}}, false};
            },
            options);
        REQUIRE(server->bind() == IpcServer::BindResult::ok);
        thread = std::thread([this] { io.run(); });
    }
    ~Fixture() {
        boost::asio::post(io, [this] { server->close(); });
        thread.join();
        server.reset();
        fs::remove_all(dir);
    }
};

int connect_to(const fs::path& path) {
    sockaddr_un addr{};
    addr.sun_family = AF_UNIX;
    std::strcpy(addr.sun_path, path.c_str());
    const int fd = socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0);
    REQUIRE(connect(fd, reinterpret_cast<sockaddr*>(&addr), sizeof addr) == 0);
    return fd;
}

void send_all(int fd, const std::string& data) {
    for (std::size_t sent = 0; sent < data.size();) {
        const ssize_t n = send(fd, data.data() + sent, data.size() - sent, MSG_NOSIGNAL);
        if (n <= 0)
            return; // the server may drop us mid-way (oversized)
        sent += static_cast<std::size_t>(n);
    }
}

// Reads until `lines` newlines or EOF or 3 s; returns the text.
std::string read_lines(int fd, int lines, bool* eof = nullptr) {
    std::string out;
    char buf[4096];
    while (std::count(out.begin(), out.end(), '\n') < lines) {
        pollfd p{fd, POLLIN, 0};
        if (poll(&p, 1, 3000) <= 0)
            break;
        const ssize_t n = recv(fd, buf, sizeof buf, 0);
        if (n <= 0) {
            if (eof)
                *eof = true;
            break;
        }
        out.append(buf, static_cast<std::size_t>(n));
    }
    return out;
}

bool closed_by_peer(int fd) {
    bool eof = false;
    const std::string rest = read_lines(fd, 1000, &eof);
    return eof;
}

std::vector<json> parse_lines(const std::string& text) {
    std::vector<json> out;
    std::size_t start = 0;
    for (std::size_t nl; (nl = text.find('\n', start)) != std::string::npos; start = nl + 1)
        out.push_back(json::parse(text.substr(start, nl - start)));
    return out;
}
} // namespace

TEST_CASE("folder is 0700 and socket 0600") {
    Fixture f;
    struct stat st {};
    REQUIRE(stat(f.sock.parent_path().c_str(), &st) == 0);
    CHECK((st.st_mode & 0777) == 0700);
    REQUIRE(stat(f.sock.c_str(), &st) == 0);
    CHECK(S_ISSOCK(st.st_mode));
    CHECK((st.st_mode & 0777) == 0600);
}

TEST_CASE("two requests in one write get two replies in order, a split request gets one") {
    Fixture f;
    const int fd = connect_to(f.sock);
    send_all(fd, "{\"cmd\":\"a\"}\n{\"cmd\":\"b\"}\n{\"cmd\":");
    std::this_thread::sleep_for(std::chrono::milliseconds(50));
    send_all(fd, "\"c\"}\r\n");
    const auto replies = parse_lines(read_lines(fd, 3));
    REQUIRE(replies.size() == 3);
    CHECK(replies[0]["echo"]["cmd"] == "a");
    CHECK(replies[1]["echo"]["cmd"] == "b");
    CHECK(replies[2]["echo"]["cmd"] == "c");
    close(fd);
}

TEST_CASE("malformed JSON gets an error and the client is dropped, others are unaffected") {
    Fixture f;
    const int good = connect_to(f.sock);
    const int bad = connect_to(f.sock);
    send_all(bad, "this is not json\n");
    const auto reply = parse_lines(read_lines(bad, 1));
    REQUIRE(reply.size() == 1);
    CHECK(reply[0]["ok"] == false);
    CHECK(reply[0]["error"].get<std::string>().find("malformed") != std::string::npos);
    CHECK(closed_by_peer(bad));
    send_all(good, "{\"cmd\":\"still\"}\n");
    CHECK(parse_lines(read_lines(good, 1)).at(0)["echo"]["cmd"] == "still");
    close(good);
    close(bad);
}

TEST_CASE("a JSON value that is not an object, or invalid UTF-8, is malformed but harmless") {
    Fixture f;
    const int fd = connect_to(f.sock);
    send_all(fd, "[1,2,3]\n");
    CHECK(parse_lines(read_lines(fd, 1)).at(0)["ok"] == false);
    close(fd);
    const int fd2 = connect_to(f.sock);
    send_all(fd2, "{\"cmd\":\"\xff\xfe\"}\n");
    CHECK(parse_lines(read_lines(fd2, 1)).at(0)["ok"] == false);
    close(fd2);
}

TEST_CASE("a handler's close flag drops the client after the reply") {
    Fixture f;
    const int fd = connect_to(f.sock);
    send_all(fd, "{\"cmd\":\"bad\"}\n{\"cmd\":\"never\"}\n");
    const auto replies = parse_lines(read_lines(fd, 2));
    REQUIRE(replies.size() == 1);
    CHECK(replies[0]["error"] == "unknown command");
    close(fd);
}

TEST_CASE("a line over the limit gets an error and is dropped") {
    Fixture f;
    const int fd = connect_to(f.sock);
    std::thread writer([fd] { send_all(fd, std::string(1 << 20, 'x') + "\n"); });
    const auto text = read_lines(fd, 1);
    shutdown(fd, SHUT_RDWR);
    writer.join();
    const auto replies = parse_lines(text);
    REQUIRE(replies.size() == 1);
    CHECK(replies[0]["error"].get<std::string>().find("too long") != std::string::npos);
    close(fd);
    const int next = connect_to(f.sock);
    send_all(next, "{\"cmd\":\"after\"}\n");
    CHECK(parse_lines(read_lines(next, 1)).at(0)["echo"]["cmd"] == "after");
    close(next);
}

TEST_CASE("a request of exactly the limit is accepted") {
    Fixture f;
    const std::string pad(64 * 1024 - std::string("{\"cmd\":\"x\",\"p\":\"\"}\n").size(), 'p');
    const std::string line = "{\"cmd\":\"x\",\"p\":\"" + pad + "\"}\n";
    REQUIRE(line.size() == 64 * 1024);
    const int fd = connect_to(f.sock);
    send_all(fd, line);
    const auto replies = parse_lines(read_lines(fd, 1));
    REQUIRE(replies.size() == 1);
    CHECK(replies[0]["ok"] == true);
    close(fd);
}

TEST_CASE("a silent client is timed out and dropped") {
    IpcServer::Options options;
    options.read_timeout = std::chrono::milliseconds(200);
    Fixture f(options);
    const int fd = connect_to(f.sock);
    const auto start = std::chrono::steady_clock::now();
    const auto replies = parse_lines(read_lines(fd, 1));
    REQUIRE(replies.size() == 1);
    CHECK(replies[0]["error"].get<std::string>().find("timeout") != std::string::npos);
    CHECK(closed_by_peer(fd));
    CHECK(std::chrono::steady_clock::now() - start < std::chrono::seconds(2));
    close(fd);
}

TEST_CASE("a peer of another uid is refused") {
    if (geteuid() != 0) {
        MESSAGE("skipped: needs root to connect as another user (nobody)");
        return;
    }
    Fixture f;
    // SO_PEERCRED is taken at connect(), so a child becomes nobody before it connects. The folders and the socket
    // are opened to it for this test, so the server's peer check is all that stands in its way.
    REQUIRE(chmod(f.sock.parent_path().c_str(), 0711) == 0);
    REQUIRE(chmod(f.sock.c_str(), 0666) == 0);
    REQUIRE(chmod(f.dir.c_str(), 0711) == 0);
    int pipefd[2];
    REQUIRE(pipe(pipefd) == 0);
    const pid_t child = fork();
    REQUIRE(child >= 0);
    if (child == 0) {
        close(pipefd[0]);
        if (setgid(65534) != 0 || setuid(65534) != 0)
            _exit(3);
        sockaddr_un addr{};
        addr.sun_family = AF_UNIX;
        std::strcpy(addr.sun_path, f.sock.c_str());
        const int fd = socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0);
        if (connect(fd, reinterpret_cast<sockaddr*>(&addr), sizeof addr) != 0)
            _exit(4);
        send_all(fd, "{\"cmd\":\"status\"}\n");
        const std::string reply = read_lines(fd, 2);
        (void)!write(pipefd[1], reply.data(), reply.size());
        _exit(0);
    }
    close(pipefd[1]);
    std::string reply;
    char buf[4096];
    for (ssize_t n; (n = read(pipefd[0], buf, sizeof buf)) > 0;)
        reply.append(buf, static_cast<std::size_t>(n));
    close(pipefd[0]);
    int status = 0;
    waitpid(child, &status, 0);
    REQUIRE(WIFEXITED(status));
    REQUIRE(WEXITSTATUS(status) == 0);
    const auto replies = parse_lines(reply);
    REQUIRE(replies.size() == 1);
    CHECK(replies[0]["error"].get<std::string>().find("permission denied") != std::string::npos);
}

TEST_CASE("many clients at once are all answered") {
    Fixture f;
    std::vector<int> fds;
    for (int i = 0; i < 40; ++i)
        fds.push_back(connect_to(f.sock));
    for (int i = 0; i < 40; ++i)
        send_all(fds[i], json{{"cmd", "n"}, {"i", i}}.dump() + "\n");
    for (int i = 0; i < 40; ++i) {
        CHECK(parse_lines(read_lines(fds[i], 1)).at(0)["echo"]["i"] == i);
        close(fds[i]);
    }
}

TEST_CASE("a stale socket is replaced, a live one is reported in use") {
    const fs::path dir = temp_dir();
    const fs::path sock = dir / "control.sock";
    {
        // A socket file nobody listens on (a crashed app).
        const int fd = socket(AF_UNIX, SOCK_STREAM, 0);
        sockaddr_un addr{};
        addr.sun_family = AF_UNIX;
        std::strcpy(addr.sun_path, sock.c_str());
        REQUIRE(bind(fd, reinterpret_cast<sockaddr*>(&addr), sizeof addr) == 0);
        close(fd);
    }
    REQUIRE(fs::exists(sock));
    CHECK_FALSE(socket_answers(sock));
    boost::asio::io_context io;
    auto handler = [](const json&) { return IpcReply{json{{"ok", true}}, false}; };
    IpcServer first(io, sock, handler, {});
    CHECK(first.bind() == IpcServer::BindResult::ok);
    CHECK(socket_answers(sock));
    IpcServer second(io, sock, handler, {});
    CHECK(second.bind() == IpcServer::BindResult::in_use);
    first.close();
    CHECK_FALSE(fs::exists(sock));
    fs::remove_all(dir);
}
