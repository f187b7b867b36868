// state.json round trip and corrupt-file handling; the config watcher fires on writes, renames and new folders.
#include "app/config_watcher.h"
#include "app/driver.h"
#include "app/state_store.h"
#include "core/state_json.h"

#include <doctest/doctest.h>

#include <boost/asio/io_context.hpp>
#include <boost/asio/post.hpp>

#include <sys/stat.h>

#include <atomic>
#include <cstdlib>
#include <fstream>
#include <future>
#include <mutex>
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

// Loads on another thread so a store that blocks (on a FIFO) fails the test instead of hanging it.
LoadedState load_within(const StateStore& store, std::chrono::seconds limit) {
    auto loading = std::async(std::launch::async, [&] { return store.load(); });
    REQUIRE(loading.wait_for(limit) == std::future_status::ready);
    return loading.get();
}

// The one state.json.bad-* in `dir`.
fs::path loaded_link(const fs::path& dir) {
    for (const auto& e : fs::directory_iterator(dir))
        if (e.path().filename().string().rfind("state.json.bad-", 0) == 0)
            return e.path();
    return {};
}

unsigned mode_of(const fs::path& p) {
    return static_cast<unsigned>(fs::status(p).permissions()) & 0777U;
}

// After a refused file: kept aside, the user told why, and a fresh private file may be written.
void check_kept_aside(const fs::path& file, const LoadedState& loaded, const std::string& why) {
    CHECK_FALSE(loaded.state);
    CHECK_MESSAGE(loaded.problem.find(why) != std::string::npos, loaded.problem);
    REQUIRE_FALSE(loaded.moved_to.empty());
    CHECK(fs::exists(fs::symlink_status(loaded.moved_to)));
    CHECK_FALSE(fs::exists(fs::symlink_status(file)));
    CHECK(StateStore(file).save(EngineState{}).empty());
    CHECK(fs::is_regular_file(fs::symlink_status(file)));
    CHECK(mode_of(file) == 0600U);
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

TEST_CASE("regression: a FIFO as state.json does not block start-up, it is kept aside and a fresh file written") {
    const fs::path dir = temp_dir();
    const fs::path file = dir / "state.json";
    REQUIRE(::mkfifo(file.c_str(), 0600) == 0);
    check_kept_aside(file, load_within(StateStore(file), 5s), "is a named pipe (FIFO), not a regular file");
    fs::remove_all(dir);
}

TEST_CASE("regression: a state.json linked to /dev/zero is not read") {
    const fs::path dir = temp_dir();
    const fs::path file = dir / "state.json";
    fs::create_symlink("/dev/zero", file);
    check_kept_aside(file, load_within(StateStore(file), 5s), "is a device, not a regular file");
    CHECK(fs::is_symlink(fs::symlink_status(loaded_link(dir)))); // the link itself was moved, /dev/zero untouched
    fs::remove_all(dir);
}

TEST_CASE("regression: a 100 MB state.json is refused unread (valid JSON or not)") {
    const fs::path dir = temp_dir();
    const fs::path file = dir / "state.json";
    {
        std::ofstream out(file, std::ios::binary);
        out << state_to_json(EngineState{}).dump();
        out.seekp(100 * 1024 * 1024);
        out << ' ';
    }
    const auto started = std::chrono::steady_clock::now();
    check_kept_aside(file, load_within(StateStore(file), 5s), "is larger than 256 KiB; not a state file");
    CHECK(std::chrono::steady_clock::now() - started < 2s);
    fs::remove_all(dir);
}

TEST_CASE("regression: an unusable state.json (a folder in its place) is kept, not overwritten") {
    const fs::path dir = temp_dir();
    const fs::path file = dir / "state.json";
    fs::create_directories(file);
    write(file / "inside", "x");
    check_kept_aside(file, StateStore(file).load(), "is a directory, not a regular file");
    fs::remove_all(dir);
}

TEST_CASE("regression: a fresh state file is private even where the broken one had mode 0000") {
    const fs::path dir = temp_dir();
    const fs::path file = dir / "state.json";
    write(file, "{ garbage");
    fs::permissions(file, fs::perms::none);
    StateStore store(file);
    const auto loaded = store.load();
    CHECK_FALSE(loaded.state);
    CHECK(mode_of(loaded.moved_to) == 0U); // kept as it was
    CHECK(store.save(EngineState{}).empty());
    CHECK(mode_of(file) == 0600U);
    fs::remove_all(dir);
}

TEST_CASE("regression: an orphaned .state.json.tmp-* left by a crash is removed at start") {
    const fs::path dir = temp_dir();
    const fs::path file = dir / "state.json";
    write(dir / ".state.json.tmp-Ab12Cd", "half a state");
    write(dir / ".state.json.tmp-notours", "someone else's");
    write(dir / ".config.toml.tmp-Ab12Cd", "another file's");
    StateStore store(file);
    CHECK(store.load().problem.empty());
    CHECK_FALSE(fs::exists(dir / ".state.json.tmp-Ab12Cd"));
    CHECK(fs::exists(dir / ".state.json.tmp-notours"));
    CHECK(fs::exists(dir / ".config.toml.tmp-Ab12Cd"));
    fs::remove_all(dir);
}

namespace {
// A clock the test moves: real time plus an offset, so the driver's timers still run.
struct MovableClock {
    std::atomic<long long> offset_ms{0};
    Now operator()() const {
        Now n;
        const Duration off{offset_ms.load()};
        n.awake = std::chrono::duration_cast<Duration>(std::chrono::steady_clock::now().time_since_epoch()) + off;
        n.since_boot = n.awake;
        n.wall = std::chrono::time_point_cast<Duration>(std::chrono::system_clock::now()) + off;
        return n;
    }
};

struct Saves {
    std::mutex mutex;
    std::vector<EngineState> states;
    std::size_t count() {
        std::lock_guard lock(mutex);
        return states.size();
    }
    EngineState last() {
        std::lock_guard lock(mutex);
        return states.back();
    }
};
} // namespace

TEST_CASE("regression: the driver checkpoints the state at most once a minute while the user is present") {
    MovableClock clock;
    Saves saves;
    Settings settings;
    EngineDriver driver(
        settings, make_tz_local_time(std::string("UTC")), [&clock] { return clock(); }, {}, {}, std::nullopt,
        [&saves](const EngineState& s, EngineDriver::SaveKind) {
            std::lock_guard lock(saves.mutex);
            saves.states.push_back(s);
        });
    driver.start();
    const auto sync = [&] { driver.request([](EngineDriver& d) { return d.now(); }).get(); };
    const auto step = [&](std::chrono::seconds by) {
        clock.offset_ms += std::chrono::duration_cast<Duration>(by).count();
        driver.request([](EngineDriver& d) { return d.status_now(); }).get(); // a wake-up the engine has anyway
    };
    sync();
    REQUIRE(saves.count() == 1); // at start: the state on disk is this run's from now on
    CHECK(saves.last().checkpoint_slack == EngineDriver::checkpoint_every);
    step(30s);
    CHECK(saves.count() == 1); // not more often than once a minute
    step(31s);
    REQUIRE(saves.count() == 2);
    CHECK(saves.last().screen_today >= 61s);
    CHECK(saves.last().checkpoint_slack == 1min);

    driver.post(ev::PresenceChanged{Presence::away, {}});
    sync();
    const auto while_away = saves.count();
    step(120s);
    step(120s);
    CHECK(saves.count() <= while_away + 1); // the debounced save of the change, no checkpoints while away
    driver.stop();
    CHECK(saves.last().checkpoint_slack == Duration::zero()); // a clean stop
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
