// The control channel on Windows (platform/windows/): the named pipe served by the app's IpcServer and reached
// by the CLI's control_call(), client and server in this process. The same limits as on Linux
// (tests/app/test_ipc_server.cpp): garbage, oversized lines and silent clients are answered and dropped, others
// are unaffected; a second server is refused; the pipe admits only this user.
#include "app/cli/ipc_client.h"
#include "app/ipc_server.h"
#include "pipe_client_windows.h"
#include "platform/control_channel.h"
#include "platform/windows/text_windows.h"
#include "platform/windows/user_sid_windows.h"

#include <doctest/doctest.h>

#include <boost/asio/io_context.hpp>
#include <boost/asio/post.hpp>

#include <aclapi.h>
#include <sddl.h>

#include <atomic>
#include <string>
#include <thread>
#include <vector>

using namespace respite;
using nlohmann::json;
namespace fs = std::filesystem;

namespace {

// A pipe name of its own for every test, so tests never meet the user's real app.
fs::path test_pipe() {
    static std::atomic<int> counter{0};
    return fs::path(L"\\\\.\\pipe\\respite-test-" + std::to_wstring(GetCurrentProcessId()) + L"-" +
                    std::to_wstring(++counter));
}

// A server on its own io thread answering {"echo": request}; "cmd":"bad" closes.
struct Fixture {
    fs::path pipe = test_pipe();
    boost::asio::io_context io;
    std::unique_ptr<app::IpcServer> server;
    std::thread thread;

    explicit Fixture(app::IpcServer::Options options = {}) {
        server = std::make_unique<app::IpcServer>(
            io, pipe,
            [](const json& req) {
                if (req.value("cmd", "") == "bad")
                    return app::IpcReply{json{{"ok", false}, {"error", "unknown command"}}, true};
                return app::IpcReply{json{{"ok", true}, {"echo", req}}, false};
            },
            options);
        REQUIRE_MESSAGE(server->bind() == app::IpcServer::BindResult::ok, server->error());
        thread = std::thread([this] { io.run(); });
    }
    ~Fixture() {
        boost::asio::post(io, [this] { server->close(); });
        thread.join();
        server.reset();
    }
};

std::vector<json> parse_lines(const std::string& text) {
    std::vector<json> out;
    std::size_t start = 0;
    for (std::size_t nl; (nl = text.find('\n', start)) != std::string::npos; start = nl + 1)
        out.push_back(json::parse(text.substr(start, nl - start)));
    return out;
}

platform::CallResult call(const fs::path& pipe, const std::string& line = R"({"cmd":"status"})") {
    return platform::control_call(pipe, line, std::chrono::seconds(5));
}

} // namespace

TEST_CASE("pipe: the address is \\\\.\\pipe\\respite-<user SID>") {
    const std::string address = platform::windows::display(platform::control_channel_address());
    const std::string sid = platform::windows::current_user_sid();
    REQUIRE(sid.rfind("S-1-", 0) == 0);
    CHECK(address == "\\\\.\\pipe\\respite-" + sid);
}

TEST_CASE("pipe: a call reaches the user's own server and gets its reply line") {
    Fixture f;
    const auto r = call(f.pipe, R"({"cmd":"status","n":1})");
    REQUIRE_MESSAGE(r.status == platform::CallStatus::ok, r.why);
    const auto reply = json::parse(r.reply);
    CHECK(reply["ok"] == true);
    CHECK(reply["echo"]["n"] == 1);
    // The CLI's layer on top: JSON in, JSON out.
    cli::CallError error = cli::CallError::none;
    std::string why;
    const auto answer = cli::call_app(f.pipe, json{{"cmd", "x"}}, error, why);
    REQUIRE_MESSAGE(answer.has_value(), why);
    CHECK((*answer)["echo"]["cmd"] == "x");
}

TEST_CASE("pipe: no server is 'not running'") {
    const auto r = call(test_pipe());
    CHECK(r.status == platform::CallStatus::not_running);
    CHECK(r.why.find("no control pipe \\\\.\\pipe\\respite-test-") != std::string::npos);
    CHECK_FALSE(platform::control_channel_answers(test_pipe()));
}

TEST_CASE("pipe: one server per name, a second is told another instance runs, and the name frees at the end") {
    const fs::path pipe = test_pipe();
    boost::asio::io_context io;
    bool answered_in_hook = true;
    auto first = platform::claim_control_channel(io, pipe, [&] {
        // Created, not accepting yet: the pipe exists, so a second start already sees it.
        answered_in_hook = platform::control_channel_answers(pipe);
    });
    REQUIRE_MESSAGE(first.status == platform::ClaimStatus::ok, first.error);
    CHECK(answered_in_hook);
    const auto second = platform::claim_control_channel(io, pipe);
    CHECK(second.status == platform::ClaimStatus::in_use);
    CHECK(second.listener == nullptr);
    CHECK(second.error.find("another Respite") != std::string::npos);

    app::IpcServer server(io, pipe, [](const json&) { return app::IpcReply{}; }, {});
    CHECK(server.bind() == app::IpcServer::BindResult::in_use);

    first.listener.reset();
    CHECK_FALSE(platform::control_channel_answers(pipe));
    const auto again = platform::claim_control_channel(io, pipe);
    CHECK(again.status == platform::ClaimStatus::ok);
}

namespace {

// The one entry of `acl`, or a failed CHECK: an allow entry for the user.
void check_only_user(const ACL* acl) {
    REQUIRE(acl != nullptr);
    CHECK(acl->AceCount == 1);
    void* ace = nullptr;
    REQUIRE(GetAce(const_cast<ACL*>(acl), 0, &ace));
    const auto* allowed = static_cast<ACCESS_ALLOWED_ACE*>(ace);
    CHECK(allowed->Header.AceType == ACCESS_ALLOWED_ACE_TYPE);
    wchar_t* sid_text = nullptr;
    REQUIRE(ConvertSidToStringSidW(const_cast<DWORD*>(&allowed->SidStart), &sid_text));
    CHECK(platform::windows::narrow(sid_text) == platform::windows::current_user_sid());
    LocalFree(sid_text);
}

} // namespace

TEST_CASE("pipe: the descriptor it is created with grants this user only, nothing inherited") {
    const auto mine = platform::windows::only_user_descriptor(platform::windows::current_user_sid());
    REQUIRE(mine);
    BOOL present = FALSE;
    BOOL defaulted = FALSE;
    PACL acl = nullptr;
    REQUIRE(GetSecurityDescriptorDacl(mine.get(), &present, &acl, &defaulted));
    REQUIRE(present);
    check_only_user(acl);
    SECURITY_DESCRIPTOR_CONTROL control = 0;
    DWORD revision = 0;
    REQUIRE(GetSecurityDescriptorControl(mine.get(), &control, &revision));
    CHECK((control & SE_DACL_PROTECTED) != 0);
}

TEST_CASE("pipe: the running pipe carries that DACL, and the server sees its client as the owner") {
    Fixture f;
    // A client handle is the pipe object the server created: its DACL is the one the server set.
    const platform::windows::Handle probe(CreateFileW(f.pipe.c_str(), READ_CONTROL | GENERIC_READ | GENERIC_WRITE, 0,
                                                      nullptr, OPEN_EXISTING, 0, nullptr));
    REQUIRE(probe.valid());
    PSECURITY_DESCRIPTOR descriptor = nullptr;
    PACL dacl = nullptr;
    REQUIRE(GetSecurityInfo(probe.get(), SE_KERNEL_OBJECT, DACL_SECURITY_INFORMATION, nullptr, nullptr, &dacl, nullptr,
                            &descriptor) == ERROR_SUCCESS);
    check_only_user(dacl);
    LocalFree(descriptor);
    test::RawPipeClient client(f.pipe);
    REQUIRE(client.connected());
    REQUIRE(client.send("{\"cmd\":\"me\"}\n"));
    const auto replies = parse_lines(client.read_lines(1));
    REQUIRE(replies.size() == 1);
    CHECK(replies[0]["echo"]["cmd"] == "me");
}

TEST_CASE("pipe: two requests in one write get two replies in order, a split request gets one") {
    Fixture f;
    test::RawPipeClient client(f.pipe);
    REQUIRE(client.connected());
    REQUIRE(client.send("{\"cmd\":\"a\"}\n{\"cmd\":\"b\"}\n{\"cmd\":"));
    std::this_thread::sleep_for(std::chrono::milliseconds(50));
    REQUIRE(client.send("\"c\"}\r\n"));
    const auto replies = parse_lines(client.read_lines(3));
    REQUIRE(replies.size() == 3);
    CHECK(replies[0]["echo"]["cmd"] == "a");
    CHECK(replies[1]["echo"]["cmd"] == "b");
    CHECK(replies[2]["echo"]["cmd"] == "c");
}

TEST_CASE("pipe: garbage gets an error and the client is dropped, others are unaffected") {
    Fixture f;
    test::RawPipeClient good(f.pipe);
    test::RawPipeClient bad(f.pipe);
    REQUIRE(good.connected());
    REQUIRE(bad.connected());
    REQUIRE(bad.send(std::string("this is not json \x01\xff\xfe\n", 21)));
    const auto reply = parse_lines(bad.read_lines(1));
    REQUIRE(reply.size() == 1);
    CHECK(reply[0]["ok"] == false);
    CHECK(reply[0]["error"].get<std::string>().find("malformed") != std::string::npos);
    CHECK(bad.closed_by_server());
    REQUIRE(good.send("{\"cmd\":\"still\"}\n"));
    CHECK(parse_lines(good.read_lines(1)).at(0)["echo"]["cmd"] == "still");
}

TEST_CASE("pipe: a line over the limit gets an error and is dropped, the next client is served") {
    Fixture f;
    {
        test::RawPipeClient client(f.pipe);
        REQUIRE(client.connected());
        // The server stops reading at 64 KiB: the rest of the write fails once it has dropped us.
        std::thread writer([&client] { client.send(std::string(1 << 20, 'x') + "\n"); });
        const auto text = client.read_lines(1);
        const bool dropped = client.closed_by_server();
        client.close(); // ends a write still blocked on the full pipe
        writer.join();
        const auto replies = parse_lines(text);
        REQUIRE(replies.size() == 1);
        CHECK(replies[0]["error"].get<std::string>().find("too long") != std::string::npos);
        CHECK(dropped);
    }
    const auto r = call(f.pipe, R"({"cmd":"after"})");
    REQUIRE_MESSAGE(r.status == platform::CallStatus::ok, r.why);
    CHECK(json::parse(r.reply)["echo"]["cmd"] == "after");
}

TEST_CASE("pipe: a request of exactly the limit is accepted") {
    Fixture f;
    const std::string pad(64 * 1024 - std::string("{\"cmd\":\"x\",\"p\":\"\"}\n").size(), 'p');
    const std::string line = "{\"cmd\":\"x\",\"p\":\"" + pad + "\"}";
    REQUIRE(line.size() + 1 == 64 * 1024);
    const auto r = call(f.pipe, line);
    REQUIRE_MESSAGE(r.status == platform::CallStatus::ok, r.why);
    CHECK(json::parse(r.reply)["ok"] == true);
}

TEST_CASE("pipe: a silent client is timed out and dropped") {
    app::IpcServer::Options options;
    options.read_timeout = std::chrono::milliseconds(200);
    Fixture f(options);
    test::RawPipeClient client(f.pipe);
    REQUIRE(client.connected());
    const auto start = std::chrono::steady_clock::now();
    const auto replies = parse_lines(client.read_lines(1));
    REQUIRE(replies.size() == 1);
    CHECK(replies[0]["error"].get<std::string>().find("timeout") != std::string::npos);
    CHECK(client.closed_by_server());
    CHECK(std::chrono::steady_clock::now() - start < std::chrono::seconds(2));
    // A slow client that sends half a line and stops is dropped the same way.
    test::RawPipeClient slow(f.pipe);
    REQUIRE(slow.connected());
    REQUIRE(slow.send("{\"cmd\":"));
    CHECK(parse_lines(slow.read_lines(1)).at(0)["error"].get<std::string>().find("timeout") != std::string::npos);
    CHECK(slow.closed_by_server());
}

TEST_CASE("pipe: with all client slots taken the CLI is told so, even after a big request") {
    app::IpcServer::Options options;
    options.max_clients = 1;
    options.read_timeout = std::chrono::seconds(60); // the holder stays for the whole test
    Fixture f(options);
    test::RawPipeClient holder(f.pipe);
    REQUIRE(holder.connected());
    const json big = {{"cmd", "status"}, {"pad", std::string(512 * 1024, 'x')}};
    for (int i = 0; i < 6; ++i) {
        cli::CallError error = cli::CallError::none;
        std::string why;
        const auto reply = cli::call_app(f.pipe, i % 2 ? big : json{{"cmd", "status"}}, error, why);
        REQUIRE_MESSAGE(reply.has_value(), why);
        CHECK(reply->value("ok", true) == false);
        CHECK(reply->value("error", std::string()).find("too many clients") != std::string::npos);
    }
}

TEST_CASE("pipe: many clients at once are all answered") {
    Fixture f;
    std::vector<std::unique_ptr<test::RawPipeClient>> clients;
    for (int i = 0; i < 40; ++i) {
        clients.push_back(std::make_unique<test::RawPipeClient>(f.pipe));
        REQUIRE(clients.back()->connected());
    }
    for (int i = 0; i < 40; ++i)
        REQUIRE(clients[i]->send(json{{"cmd", "n"}, {"i", i}}.dump() + "\n"));
    for (int i = 0; i < 40; ++i)
        CHECK(parse_lines(clients[i]->read_lines(1)).at(0)["echo"]["i"] == i);
}

TEST_CASE("pipe: clients that connect and leave at once neither stop the server nor free the name") {
    Fixture f;
    for (int i = 0; i < 20; ++i) {
        test::RawPipeClient gone(f.pipe);
        CHECK(gone.connected());
    }
    boost::asio::io_context io;
    CHECK(platform::claim_control_channel(io, f.pipe).status == platform::ClaimStatus::in_use);
    const auto r = call(f.pipe, R"({"cmd":"after"})");
    REQUIRE_MESSAGE(r.status == platform::CallStatus::ok, r.why);
    CHECK(json::parse(r.reply)["echo"]["cmd"] == "after");
}
