// state.json round trip and corrupt-file handling; the config watcher fires on writes, renames and new folders.
#include "app/config_watcher.h"
#include "app/state_store.h"

#include <doctest/doctest.h>

#include <boost/asio/io_context.hpp>
#include <boost/asio/post.hpp>

#include <atomic>
#include <cstdlib>
#include <fstream>
#include <thread>

using namespace respite;
using namespace respite::app;
namespace fs = std::filesystem;
using namespace std::chrono_literals;

namespace {
fs::path temp_dir() {
    std::string tmpl = (fs::temp_directory_path() / "respite-state-XXXXXX").string();
    REQUIRE(mkdtemp(tmpl.data()) != nullptr);
    return tmpl;
}

void write(const fs::path& p, const std::string& text) {
    fs::create_directories(p.parent_path());
    std::ofstream(p) << text;
}
} // namespace

TEST_CASE("state round-trips through the file") {
    const fs::path dir = temp_dir();
    StateStore store(dir / "respite" / "state.json");
    CHECK_FALSE(store.load().state); // first run: nothing, and no problem
    CHECK(store.load().problem.empty());
    EngineState state;
    state.skips_used = 2;
    state.micro.counted = 90s;
    CHECK(store.save(state).empty());
    const auto loaded = store.load();
    REQUIRE(loaded.state);
    CHECK(loaded.state->skips_used == 2);
    CHECK(loaded.state->micro.counted == 90s);
    fs::remove_all(dir);
}

TEST_CASE("a corrupt state file is moved aside, never overwritten") {
    const fs::path dir = temp_dir();
    const fs::path file = dir / "state.json";
    write(file, "{ garbage");
    StateStore store(file);
    const auto loaded = store.load();
    CHECK_FALSE(loaded.state);
    CHECK_FALSE(loaded.problem.empty());
    REQUIRE_FALSE(loaded.moved_to.empty());
    CHECK(loaded.moved_to.filename().string().rfind("state.json.bad-", 0) == 0);
    CHECK_FALSE(fs::exists(file));
    std::ifstream in(loaded.moved_to);
    std::string kept((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    CHECK(kept == "{ garbage");
    CHECK(store.save(EngineState{}).empty()); // a fresh file may be written now
    fs::remove_all(dir);
}

TEST_CASE("valid JSON that is not a state is corrupt too") {
    const fs::path dir = temp_dir();
    write(dir / "state.json", "[1, 2, 3]");
    const auto loaded = StateStore(dir / "state.json").load();
    CHECK_FALSE(loaded.state);
    CHECK_FALSE(loaded.problem.empty());
    fs::remove_all(dir);
}

TEST_CASE("the config watcher fires on write, on atomic replace, and when the folder appears") {
    const fs::path dir = temp_dir();
    const fs::path file = dir / "respite" / "config.toml";
    boost::asio::io_context io;
    std::atomic<int> fired{0};
    ConfigWatcher watcher(io, file, [&] { ++fired; });
    REQUIRE(watcher.start());
    std::thread thread([&] { io.run(); });
    auto wait_fired = [&](int n) {
        for (int i = 0; i < 100 && fired < n; ++i)
            std::this_thread::sleep_for(20ms);
        return fired.load();
    };

    write(file, "[micro_break]\n"); // the folder is created first: the parent watch picks it up
    CHECK(wait_fired(1) >= 1);
    const int before = fired;
    write(dir / "respite" / "config.toml.tmp", "x");
    fs::rename(dir / "respite" / "config.toml.tmp", file); // how editors and atomic writers save
    CHECK(wait_fired(before + 1) >= before + 1);
    const int after = fired;
    write(dir / "respite" / "other.txt", "unrelated");
    std::this_thread::sleep_for(500ms);
    CHECK(fired == after);

    boost::asio::post(io, [&] { watcher.stop(); });
    thread.join();
    fs::remove_all(dir);
}
