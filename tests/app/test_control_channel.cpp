// The control channel port (platform/control_channel.h) on Unix sockets: the rules of its header, one test each.
// Tests that need a second user run as root (CI does) and act as `nobody`; they say so and skip otherwise.
#include "app/cli/ipc_client.h"
#include "app/ipc_server.h"
#include "platform/control_channel.h"

#include <doctest/doctest.h>

#include <boost/asio/io_context.hpp>
#include <boost/asio/post.hpp>

#include <cstring>
#include <filesystem>
#include <string>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <sys/wait.h>
#include <thread>
#include <unistd.h>

using namespace respite;
namespace fs = std::filesystem;
using nlohmann::json;

namespace {

constexpr uid_t nobody = 65534;

// A private runtime folder (like $XDG_RUNTIME_DIR) removed at the end.
struct Runtime {
    fs::path dir;
    Runtime() {
        std::string tmpl = (fs::temp_directory_path() / "respite-cc-XXXXXX").string();
        REQUIRE(mkdtemp(tmpl.data()) != nullptr);
        dir = tmpl;
    }
    ~Runtime() { fs::remove_all(dir); }
    fs::path folder() const { return dir / "respite"; }
    fs::path socket() const { return folder() / "control.sock"; }
};

bool root() {
    if (geteuid() == 0)
        return true;
    MESSAGE("skipped: needs root to act as a second user (nobody)");
    return false;
}

platform::CallResult call(const fs::path& socket) {
    return platform::control_call(socket, R"({"cmd":"status"})", std::chrono::seconds(5));
}

// A server answering {"ok":true} on its own io thread.
struct Server {
    boost::asio::io_context io;
    app::IpcServer server;
    std::thread thread;
    explicit Server(const fs::path& socket, app::IpcServer::Options options = {})
        : server(
              io, socket,
              [](const json&) {
                  return app::IpcReply{json{{"ok", true}}, false};
              },
              options) {
        REQUIRE(server.bind() == app::IpcServer::BindResult::ok);
        thread = std::thread([this] { io.run(); });
    }
    ~Server() {
        boost::asio::post(io, [this] { server.close(); });
        thread.join();
    }
};

} // namespace

TEST_CASE("a call reaches the user's own server") {
    Runtime rt;
    Server s(rt.socket());
    const auto r = call(rt.socket());
    REQUIRE(r.status == platform::CallStatus::ok);
    CHECK(json::parse(r.reply)["ok"] == true);
}

TEST_CASE("no folder or no socket is 'not running'") {
    Runtime rt;
    CHECK(call(rt.socket()).status == platform::CallStatus::not_running);
    fs::create_directory(rt.folder());
    fs::permissions(rt.folder(), fs::perms::owner_all);
    CHECK(call(rt.socket()).status == platform::CallStatus::not_running);
}

TEST_CASE("directory at the socket path is blocked, not another instance, and is left alone") {
    Runtime rt;
    boost::asio::io_context io;
    fs::create_directories(rt.socket() / "inside");
    fs::permissions(rt.folder(), fs::perms::owner_all);

    auto first = platform::claim_control_channel(io, rt.socket());
    CHECK(first.status == platform::ClaimStatus::blocked);
    CHECK(first.error.find("blocked: a directory is in the way") != std::string::npos);
    CHECK(fs::is_directory(rt.socket() / "inside"));
    // The blocked instance keeps the claim: a second start is told another instance runs.
    CHECK(platform::claim_control_channel(io, rt.socket()).status == platform::ClaimStatus::in_use);

    const auto r = call(rt.socket());
    CHECK(r.status == platform::CallStatus::blocked);
    CHECK(r.why.find("blocked: a directory is in the way") != std::string::npos);

    app::IpcServer server(io, rt.socket(), [](const json&) { return app::IpcReply{}; }, {});
    first.listener.reset();
    CHECK(server.bind() == app::IpcServer::BindResult::failed);
    CHECK(server.error().find("blocked") != std::string::npos);
}

TEST_CASE("regression: a second start while the first is between bind and listen neither deletes its socket nor "
          "runs") {
    Runtime rt;
    boost::asio::io_context io;
    platform::ControlClaim second;
    bool socket_there_after = false;
    auto first = platform::claim_control_channel(io, rt.socket(), [&] {
        // The first instance has bound but does not listen yet: a connect is refused, as with a stale socket.
        CHECK_FALSE(platform::control_channel_answers(rt.socket()));
        second = platform::claim_control_channel(io, rt.socket());
        struct stat st {};
        socket_there_after = lstat(rt.socket().c_str(), &st) == 0 && S_ISSOCK(st.st_mode);
    });
    REQUIRE(first.status == platform::ClaimStatus::ok);
    CHECK(second.status == platform::ClaimStatus::in_use);
    CHECK(second.listener == nullptr);
    CHECK(socket_there_after);
    CHECK(platform::control_channel_answers(rt.socket()));
    first.listener.reset();
    CHECK_FALSE(fs::exists(rt.socket()));
    // Released: the next start claims it.
    CHECK(platform::claim_control_channel(io, rt.socket()).status == platform::ClaimStatus::ok);
}

TEST_CASE("a runtime folder others can write is refused by server and client") {
    Runtime rt;
    Server s(rt.socket());
    REQUIRE(chmod(rt.dir.c_str(), 0777) == 0);
    const auto r = call(rt.socket());
    CHECK(r.status == platform::CallStatus::unsafe);
    CHECK(r.why.find("can be written by other users") != std::string::npos);
    boost::asio::io_context io;
    const auto claim = platform::claim_control_channel(io, rt.dir / "other" / "control.sock");
    CHECK(claim.status == platform::ClaimStatus::unsafe);
    CHECK(claim.error.find(rt.dir.string() + " can be written by other users") != std::string::npos);
    CHECK_FALSE(fs::exists(rt.dir / "other"));
}

TEST_CASE("a socket folder that is not private (0755) is refused by the client") {
    Runtime rt;
    Server s(rt.socket());
    REQUIRE(chmod(rt.folder().c_str(), 0755) == 0);
    const auto r = call(rt.socket());
    CHECK(r.status == platform::CallStatus::unsafe);
    CHECK(r.why.find("mode 0755, expected 0700") != std::string::npos);
}

TEST_CASE("a socket folder created first by another user is refused, never adopted") {
    if (!root())
        return;
    Runtime rt;
    REQUIRE(mkdir(rt.folder().c_str(), 0700) == 0);
    REQUIRE(chown(rt.folder().c_str(), nobody, nobody) == 0);
    boost::asio::io_context io;
    const auto claim = platform::claim_control_channel(io, rt.socket());
    CHECK(claim.status == platform::ClaimStatus::unsafe);
    CHECK(claim.error.find("belongs to another user (uid 65534)") != std::string::npos);
    const auto r = call(rt.socket());
    CHECK(r.status == platform::CallStatus::unsafe);
    CHECK(r.why.find("belongs to another user (uid 65534)") != std::string::npos);
}

TEST_CASE("the client refuses a server of another uid and sends it nothing") {
    if (!root())
        return;
    Runtime rt;
    REQUIRE(mkdir(rt.folder().c_str(), 0700) == 0);
    // Bound in the user's folder, but listening (so SO_PEERCRED) as nobody: the credential check alone refuses.
    const int fd = socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0);
    sockaddr_un addr{};
    addr.sun_family = AF_UNIX;
    std::strcpy(addr.sun_path, rt.socket().c_str());
    REQUIRE(bind(fd, reinterpret_cast<sockaddr*>(&addr), sizeof addr) == 0);
    int pipefd[2];
    REQUIRE(pipe(pipefd) == 0);
    const pid_t child = fork();
    REQUIRE(child >= 0);
    if (child == 0) {
        close(pipefd[0]);
        if (setgid(nobody) != 0 || setuid(nobody) != 0 || listen(fd, 4) != 0)
            _exit(3);
        (void)!write(pipefd[1], "L", 1);
        const int client = accept(fd, nullptr, nullptr);
        char buf[256];
        const ssize_t n = client < 0 ? -1 : recv(client, buf, sizeof buf, 0);
        _exit(n == 0 ? 0 : 5); // 0: the client hung up without sending a byte
    }
    close(pipefd[1]);
    char ready = 0;
    REQUIRE(read(pipefd[0], &ready, 1) == 1);
    close(pipefd[0]);
    const auto r = call(rt.socket());
    CHECK(r.status == platform::CallStatus::unsafe);
    CHECK(r.why.find("served by another user (uid 65534)") != std::string::npos);
    int status = 0;
    waitpid(child, &status, 0);
    CHECK(WIFEXITED(status));
    CHECK(WEXITSTATUS(status) == 0);
    close(fd);
}

TEST_CASE("regression: with all client slots taken the CLI is told so, not 'Broken pipe'") {
    Runtime rt;
    app::IpcServer::Options options;
    options.max_clients = 1;
    options.read_timeout = std::chrono::seconds(60); // the holder stays for the whole test
    Server s(rt.socket(), options);
    // Hold the only slot.
    const int holder = socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0);
    sockaddr_un addr{};
    addr.sun_family = AF_UNIX;
    std::strcpy(addr.sun_path, rt.socket().c_str());
    REQUIRE(connect(holder, reinterpret_cast<sockaddr*>(&addr), sizeof addr) == 0);
    // A big request makes the server close before the write ends (the old client then said "Broken pipe").
    const json big = {{"cmd", "status"}, {"pad", std::string(512 * 1024, 'x')}};
    for (int i = 0; i < 10; ++i) {
        cli::CallError error = cli::CallError::none;
        std::string why;
        const auto reply = cli::call_app(rt.socket(), i % 2 ? big : json{{"cmd", "status"}}, error, why);
        REQUIRE_MESSAGE(reply.has_value(), why);
        CHECK(reply->value("ok", true) == false);
        CHECK(reply->value("error", std::string()).find("too many clients") != std::string::npos);
    }
    close(holder);
}
