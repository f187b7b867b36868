// The tray app's history sink (src/app/history_feed.cpp) over a real file: nothing opened while history.enabled
// is off; batches stored while on; a bad file moved aside and told once.
#include "app/history_sink.h"
#include "core/local_time.h"
#include "history/history_store.h"

#include <date/date.h>

#include <doctest/doctest.h>

using namespace respite;
using namespace respite::app;
using namespace std::chrono_literals;

namespace {
Now fixed_now() {
    return Now{1h, 1h, WallTime(date::sys_days(date::year{2026} / 11 / 23)) + 10h};
}
} // namespace

TEST_CASE("history sink: with history.enabled = false nothing is opened or written, on, the batches are stored") {
    const auto dir = std::filesystem::temp_directory_path() /
                     ("respite-sink-" + std::to_string(std::chrono::steady_clock::now().time_since_epoch().count()));
    const auto file = dir / "respite" / "history.sqlite3";
    const auto local = make_tz_local_time("UTC");
    std::vector<std::string> told;
    auto sink = make_history_sink(
        *local, [&](const std::string& p) { told.push_back(p); }, file);
    REQUIRE(sink);
    Settings off;
    off.history.enabled = false;
    Status status;
    status.at = fixed_now().wall;
    const Effect prompt{.at = status.at, .kind = EffectKind::break_prompt, .brk = BreakKind::micro};
    sink->record({prompt}, status, off, status.at);
    sink->finish(status);
    CHECK_FALSE(std::filesystem::exists(dir));

    Settings on;
    sink->record({prompt}, status, on, status.at);
    CHECK(std::filesystem::is_regular_file(file));
    status.at += 5min;
    status.presence = Presence::idle;
    sink->record({}, status, on, status.at);
    status.at += 1min;
    sink->finish(status); // the idle span closes at the stop
    CHECK(told.empty());
    {
        auto read = history::HistoryStore::open(file, history::OpenMode::read);
        REQUIRE(read.store);
        CHECK(read.store->db().scalar("SELECT COUNT(*) FROM effects WHERE kind = 'break_prompt'") == 1);
        CHECK(read.store->db().scalar("SELECT SUM(end_ms - start_ms) FROM spans WHERE state = 'active'") == 5 * 60'000);
        CHECK(read.store->db().scalar("SELECT SUM(end_ms - start_ms) FROM spans WHERE state = 'idle'") == 60'000);
    }
    // A directory now stands where the file was: the next opening moves it aside and says so once.
    std::filesystem::remove(file);
    std::filesystem::create_directories(file);
    sink->record({prompt}, status, on, status.at);
    REQUIRE(told.size() == 1);
    CHECK(told.front().find(file.string()) != std::string::npos);
    sink->finish(status);
    std::filesystem::remove_all(dir);
}

TEST_CASE("history sink: a check-in answer from the engine thread is stored beside its day") {
    const auto dir =
        std::filesystem::temp_directory_path() /
        ("respite-sink-checkin-" + std::to_string(std::chrono::steady_clock::now().time_since_epoch().count()));
    const auto file = dir / "respite" / "history.sqlite3";
    const auto local = make_tz_local_time("UTC");
    auto sink = make_history_sink(
        *local, [](const std::string&) {}, file);
    REQUIRE(sink);
    Settings on;
    on.checkin.enabled = true;
    Status status;
    status.at = fixed_now().wall + 8h; // 18:00
    const Effect answered{.at = status.at,
                          .kind = EffectKind::checkin_answered,
                          .feeling = Feeling::very_stressed,
                          .note = "release day"};
    sink->record({answered}, status, on, status.at);
    sink->finish(status);
    {
        auto read = history::HistoryStore::open(file, history::OpenMode::read);
        REQUIRE(read.store);
        CHECK(read.store->db().scalar("SELECT feeling FROM checkins WHERE date = '2026-11-23'") == 5);
        CHECK(read.store->db().text("SELECT note FROM checkins") == "release day");
    }
    std::filesystem::remove_all(dir);
}
