// The history file: created private and in WAL mode, migrated forward, a newer one refused and left alone, a bad
// one moved aside, failed writes kept and retried, old rows pruned.
#include "history/history_queries.h"
#include "history/history_recorder.h"
#include "history/history_store.h"
#include "history/schema.h"
#include "history_test_support.h"

#include <doctest/doctest.h>

namespace respite::history {
namespace fs = std::filesystem;
using test::at;

namespace {

std::vector<fs::path> bad_files(const fs::path& folder) {
    std::vector<fs::path> out;
    for (const auto& entry : fs::directory_iterator(folder))
        if (const auto name = entry.path().filename().string();
            name.starts_with("history.sqlite3.bad-") && !name.ends_with("-wal") && !name.ends_with("-shm"))
            out.push_back(entry.path()); // its journal, if any, moves beside it
    return out;
}

std::int64_t count(HistoryStore& store, const std::string& table) {
    return store.db().scalar("SELECT COUNT(*) FROM " + table).value_or(-1);
}

EffectRow effect_row(int day, std::string kind) {
    return {.at_ms = 0, .day = day, .date = iso_date(day), .kind = std::move(kind)};
}

} // namespace

TEST_CASE("history: a new file is in WAL mode, at the newest schema version") {
    test::TempDir dir;
    auto opened = HistoryStore::open(dir.file(), OpenMode::write);
    REQUIRE(opened.store);
    CHECK(opened.problem.empty());
    auto& db = opened.store->db();
    CHECK(db.scalar("PRAGMA user_version") == schema_version());
    CHECK(db.text("PRAGMA journal_mode") == "wal");
    CHECK(count(*opened.store, "effects") == 0);
    CHECK(count(*opened.store, "presence") == 0);
    CHECK(count(*opened.store, "days") == 0);
    CHECK(opened.store->write({.effects = {effect_row(20415, "break_prompt")}}));
    auto wal = dir.file();
    CHECK(fs::exists(wal += "-wal")); // (their modes: test_history_private_posix.cpp)
}

TEST_CASE("history: a file of an older schema is migrated forward, keeping its rows") {
    test::TempDir dir;
    fs::create_directories(dir.file().parent_path());
    {
        Db old;
        REQUIRE(old.open(dir.file(), Db::Access::read_write_create));
        REQUIRE(migrate(old, 1).empty());
        REQUIRE(old.scalar("PRAGMA user_version") == 1);
        CHECK_FALSE(old.scalar("SELECT COUNT(*) FROM days")); // no such table yet
        REQUIRE(old.exec("INSERT INTO effects (at_ms, day, date, kind) VALUES (5, 20415, '2025-11-23', 'cutoff')"));
    }
    auto opened = HistoryStore::open(dir.file(), OpenMode::write);
    REQUIRE(opened.store);
    CHECK(opened.problem.empty());
    CHECK(opened.store->db().scalar("PRAGMA user_version") == schema_version());
    CHECK(count(*opened.store, "effects") == 1);
    CHECK(opened.store->db().text("SELECT date FROM days WHERE day = 20415") == "2025-11-23");
}

TEST_CASE("history: version 2's presence spans move to the compact table of version 3, unchanged") {
    test::TempDir dir;
    fs::create_directories(dir.file().parent_path());
    {
        Db old;
        REQUIRE(old.open(dir.file(), Db::Access::read_write_create));
        REQUIRE(migrate(old, 2).empty());
        REQUIRE(old.exec("INSERT INTO presence (start_ms, end_ms, state, day, date) VALUES "
                         "(1000, 61000, 'active', 20415, '2025-11-23'), (61000, 91000, 'idle', 20415, '2025-11-23'), "
                         "(91000, 99000, 'busy', 20415, '2025-11-23')"));
        REQUIRE(old.exec("INSERT INTO effects (at_ms, day, date, kind, brk) VALUES "
                         "(61000, 20415, '2025-11-23', 'natural_break', 'micro')"));
    }
    auto opened = HistoryStore::open(dir.file(), OpenMode::write);
    REQUIRE(opened.store);
    Db& db = opened.store->db();
    CHECK(db.scalar("PRAGMA user_version") == schema_version());
    CHECK(db.text("SELECT group_concat(start_ms || '-' || end_ms || ' ' || state, ', ') FROM spans") ==
          "1000-61000 active, 61000-91000 idle, 91000-99000 busy");
    CHECK(db.scalar("SELECT SUM(length_ms) FROM presence WHERE state = 1") == 30000);
    CHECK_FALSE(db.scalar("SELECT COUNT(date) FROM effects")); // the column is gone
    const auto f = facts(db, 20415, 20415);
    REQUIRE(f);
    REQUIRE(f->effects.size() == 1);
    CHECK(f->effects[0].date == "2025-11-23");
    REQUIRE(f->spans.size() == 3);
    CHECK(f->spans[1].state == SpanState::idle);
    CHECK(f->spans[1].date == "2025-11-23");
}

TEST_CASE("history: a file of a newer schema is refused and never written") {
    test::TempDir dir;
    fs::create_directories(dir.file().parent_path());
    {
        Db newer;
        REQUIRE(newer.open(dir.file(), Db::Access::read_write_create));
        REQUIRE(newer.exec("CREATE TABLE future (x); PRAGMA user_version = 99"));
    }
    const std::string before = test::read_all(dir.file());
    for (const OpenMode mode : {OpenMode::write, OpenMode::read}) {
        auto opened = HistoryStore::open(dir.file(), mode);
        CHECK_FALSE(opened.store);
        CHECK(opened.problem.find("newer Respite") != std::string::npos);
        CHECK(opened.problem.find("99") != std::string::npos);
        CHECK(opened.problem.find(dir.file().string()) != std::string::npos);
    }
    CHECK(test::read_all(dir.file()) == before);
    CHECK(bad_files(dir.file().parent_path()).empty());
}

TEST_CASE("history: a garbage file is moved aside and a new one started, with one message naming both") {
    test::TempDir dir;
    fs::create_directories(dir.file().parent_path());
    const std::string garbage(8192, 'x');
    std::ofstream(dir.file(), std::ios::binary) << garbage;
    auto opened = HistoryStore::open(dir.file(), OpenMode::write);
    REQUIRE(opened.store);
    CHECK(opened.problem.find(dir.file().string()) != std::string::npos);
    const auto bad = bad_files(dir.file().parent_path());
    REQUIRE(bad.size() == 1);
    CHECK(opened.problem.find(bad.front().string()) != std::string::npos);
    CHECK(test::read_all(bad.front()) == garbage);
    CHECK(opened.store->write({.effects = {effect_row(20415, "cutoff")}}));
    CHECK(count(*opened.store, "effects") == 1);
    CHECK(opened.store->take_problem().empty()); // told once, by open()
}

TEST_CASE("history: a database whose pages are damaged is moved aside too") {
    test::TempDir dir;
    {
        auto opened = HistoryStore::open(dir.file(), OpenMode::write);
        REQUIRE(opened.store);
        Batch b;
        for (int i = 0; i < 2000; ++i)
            b.effects.push_back(effect_row(20415, "break_prompt"));
        REQUIRE(opened.store->write(b));
        REQUIRE(opened.store->db().exec("PRAGMA wal_checkpoint(TRUNCATE)"));
    }
    {
        // A valid header, then noise over the pages after the first.
        std::fstream f(dir.file(), std::ios::in | std::ios::out | std::ios::binary);
        f.seekp(4096);
        const std::string noise(16384, '\x5a');
        f.write(noise.data(), static_cast<std::streamsize>(noise.size()));
    }
    auto opened = HistoryStore::open(dir.file(), OpenMode::write);
    REQUIRE(opened.store);
    CHECK(opened.problem.find("moved to") != std::string::npos);
    CHECK(bad_files(dir.file().parent_path()).size() == 1);
    CHECK(count(*opened.store, "effects") == 0);
}

TEST_CASE("history: a folder where the file should be is moved aside too") {
    test::TempDir dir;
    fs::create_directories(dir.file() / "inside");
    auto opened = HistoryStore::open(dir.file(), OpenMode::write);
    REQUIRE(opened.store);
    CHECK(fs::is_regular_file(dir.file()));
    const auto bad = bad_files(dir.file().parent_path());
    REQUIRE(bad.size() == 1);
    CHECK(fs::is_directory(bad.front() / "inside"));
    CHECK(opened.problem.find("not a regular file") != std::string::npos);
}

TEST_CASE("history: a reader never creates, moves or repairs") {
    test::TempDir dir;
    auto missing = HistoryStore::open(dir.file(), OpenMode::read);
    CHECK_FALSE(missing.store);
    CHECK_FALSE(fs::exists(dir.file()));
    fs::create_directories(dir.file().parent_path());
    std::ofstream(dir.file(), std::ios::binary) << std::string(4096, 'x');
    auto garbage = HistoryStore::open(dir.file(), OpenMode::read);
    CHECK_FALSE(garbage.store);
    CHECK(garbage.problem.find(dir.file().string()) != std::string::npos);
    CHECK(bad_files(dir.file().parent_path()).empty());
}

TEST_CASE("history: a failed write keeps its rows, says so once, and they are written at the next write") {
    test::TempDir dir;
    auto opened = HistoryStore::open(dir.file(), OpenMode::write);
    REQUIRE(opened.store);
    HistoryStore& store = *opened.store;
    // The disk is "full": the file may not grow by a page.
    const auto pages = store.db().scalar("PRAGMA page_count");
    REQUIRE(pages);
    REQUIRE(store.db().exec("PRAGMA max_page_count = " + std::to_string(*pages)));
    Batch big;
    for (int i = 0; i < 3000; ++i)
        big.effects.push_back(effect_row(20415, "break_prompt"));
    CHECK_FALSE(store.write(big));
    CHECK(store.has_pending());
    const std::string problem = store.take_problem();
    CHECK(problem.find("cannot write the history file " + dir.file().string()) != std::string::npos);
    CHECK_FALSE(store.write({.effects = {effect_row(20416, "cutoff")}}));
    CHECK(store.take_problem().empty()); // told once while it keeps failing
    CHECK(count(store, "effects") == 0);
    // Space again: the next write takes everything that waited, once.
    REQUIRE(store.db().exec("PRAGMA max_page_count = 1073741823"));
    CHECK(store.write({.effects = {effect_row(20416, "new_day")}}));
    CHECK_FALSE(store.has_pending());
    CHECK(count(store, "effects") == 3002);
    CHECK(store.take_problem().empty());
}

TEST_CASE("history: pending rows are bounded while writes fail") {
    test::TempDir dir;
    auto opened = HistoryStore::open(dir.file(), OpenMode::write);
    REQUIRE(opened.store);
    HistoryStore& store = *opened.store;
    REQUIRE(store.db().exec("PRAGMA max_page_count = " +
                            std::to_string(store.db().scalar("PRAGMA page_count").value_or(1))));
    for (int round = 0; round < 3; ++round) {
        Batch b;
        for (std::size_t i = 0; i < HistoryStore::max_pending_effects / 2 + 1; ++i)
            b.effects.push_back(effect_row(20415 + round, "break_prompt"));
        CHECK_FALSE(store.write(std::move(b)));
    }
    REQUIRE(store.db().exec("PRAGMA max_page_count = 1073741823"));
    CHECK(store.write({}));
    CHECK(count(store, "effects") == static_cast<std::int64_t>(HistoryStore::max_pending_effects));
    // The newest survive: the last round's rows are all there.
    CHECK(store.db().scalar("SELECT COUNT(*) FROM effects WHERE day = 20417") ==
          static_cast<std::int64_t>(HistoryStore::max_pending_effects / 2 + 1));
}

TEST_CASE("history: rows older than history.keep are pruned once a counting day") {
    test::TempDir dir;
    auto opened = HistoryStore::open(dir.file(), OpenMode::write);
    REQUIRE(opened.store);
    HistoryStore& store = *opened.store;
    const auto local = make_tz_local_time("UTC");
    HistoryWriter writer(store, *local, WorkdaySettings{}, date::days{10});
    const int today = writer.recorder().day_of(at(0, 12));
    Batch old;
    for (int back : {20, 11, 10, 9}) {
        old.effects.push_back(effect_row(today - back, "cutoff"));
        old.days.push_back({today - back, iso_date(today - back), true, 0, 0});
        old.spans.push_back({back, back + 1, SpanState::active, today - back, iso_date(today - back)});
    }
    REQUIRE(store.write(old));
    writer.record({}, at(0, 12), SpanState::active, at(0, 12));
    // 10 days before 12:00 today falls on day today-10: days before it go.
    CHECK(store.db().scalar("SELECT MIN(day) FROM effects") == today - 10);
    CHECK(count(store, "effects") == 2);
    CHECK(store.db().scalar("SELECT COUNT(*) FROM presence WHERE day < " + std::to_string(today)) == 2);
    CHECK(store.db().scalar("SELECT COUNT(*) FROM days WHERE day < " + std::to_string(today)) == 2);
    // Not again the same day: rows written meanwhile stay.
    REQUIRE(store.write({.effects = {effect_row(today - 30, "cutoff")}}));
    writer.record({}, at(0, 13), SpanState::active, at(0, 13));
    CHECK(count(store, "effects") == 3);
    writer.record({}, at(1, 13), SpanState::active, at(1, 13));
    CHECK(count(store, "effects") == 1);
}

} // namespace respite::history
