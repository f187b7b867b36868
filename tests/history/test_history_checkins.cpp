// The stress check-in's answers beside their counting day (issue 11): a `checkins` table added by schema version 3,
// written from the checkin_answered effect, read by the day summaries, deleted with the day.
#include "history/history_queries.h"
#include "history/history_recorder.h"
#include "history/history_store.h"
#include "history/schema.h"
#include "history_test_support.h"

#include <doctest/doctest.h>

namespace respite::history {
namespace fs = std::filesystem;
using namespace std::chrono_literals;
using test::at;

namespace {

Effect answer(WallTime when, std::optional<Feeling> feeling, std::string note = {}) {
    return {.at = when, .kind = EffectKind::checkin_answered, .feeling = feeling, .note = std::move(note)};
}

} // namespace

TEST_CASE("history checkins: a version 2 file gains the checkins table (version 4) and keeps its rows") {
    test::TempDir dir;
    fs::create_directories(dir.file().parent_path());
    {
        Db old;
        REQUIRE(old.open(dir.file(), Db::Access::read_write_create));
        REQUIRE(migrate(old, 2).empty());
        CHECK_FALSE(old.scalar("SELECT COUNT(*) FROM checkins")); // no such table yet
        REQUIRE(old.exec("INSERT INTO days (day, date, working, work_start_ms, work_end_ms) "
                         "VALUES (20415, '2025-11-23', 1, 0, 0)"));
    }
    auto opened = HistoryStore::open(dir.file(), OpenMode::write);
    REQUIRE(opened.store);
    CHECK(opened.problem.empty());
    auto& db = opened.store->db();
    CHECK(schema_version() == 4);
    CHECK(db.scalar("PRAGMA user_version") == 4);
    CHECK(db.scalar("SELECT COUNT(*) FROM checkins") == 0);
    CHECK(db.scalar("SELECT COUNT(*) FROM days") == 1);
    // Feelings are 1 to 5 or NULL.
    CHECK_FALSE(db.exec("INSERT INTO checkins (day, date, feeling, answered_at_ms) VALUES (1, 'x', 6, 0)"));
}

TEST_CASE("history checkins: the answer is stored beside its counting day, the day's last answer wins") {
    test::TempDir dir;
    auto opened = HistoryStore::open(dir.file(), OpenMode::write);
    REQUIRE(opened.store);
    const auto local = make_tz_local_time("UTC");
    HistoryWriter writer(*opened.store, *local, WorkdaySettings{}, 0s);
    writer.record({}, at(0, 9), SpanState::active, at(0, 9));
    writer.record({answer(at(0, 17, 30), Feeling::stressed, "deadline")}, at(0, 17, 30), SpanState::active, at(0, 9));
    writer.record({answer(at(0, 17, 40), Feeling::tense)}, at(0, 17, 40), SpanState::away, at(0, 17, 40));
    // Tuesday: "Not today". Monday 02:00 (before day_starts) belongs to Sunday's counting day.
    writer.record({answer(at(1, 18), std::nullopt, "n/a")}, at(1, 18), SpanState::away, at(1, 18));
    writer.flush(at(1, 18));

    auto& db = opened.store->db();
    const int monday = writer.recorder().day_of(at(0, 12));
    CHECK(db.scalar("SELECT COUNT(*) FROM checkins") == 2);
    CHECK(db.scalar("SELECT feeling FROM checkins WHERE day = " + std::to_string(monday)) == 3);
    CHECK(db.text("SELECT note FROM checkins WHERE day = " + std::to_string(monday)) == "");
    CHECK(db.scalar("SELECT answered_at_ms FROM checkins WHERE day = " + std::to_string(monday)) ==
          at(0, 17, 40).time_since_epoch().count());
    CHECK(db.scalar("SELECT COUNT(*) FROM checkins WHERE feeling IS NULL AND note = 'n/a' AND day = " +
                    std::to_string(monday + 1)) == 1);
    // The effects are facts as well.
    CHECK(db.scalar("SELECT COUNT(*) FROM effects WHERE kind = 'checkin_answered'") == 3);

    const auto days = day_summaries(db, monday, monday + 2);
    REQUIRE(days);
    REQUIRE(days->size() == 2);
    CHECK((*days)[0].feeling == 3);
    CHECK_FALSE((*days)[1].feeling); // "Not today"
    CHECK_FALSE(total(*days).feeling);
}

TEST_CASE("history checkins: deleted with their days") {
    test::TempDir dir;
    auto opened = HistoryStore::open(dir.file(), OpenMode::write);
    REQUIRE(opened.store);
    const auto local = make_tz_local_time("UTC");
    HistoryWriter writer(*opened.store, *local, WorkdaySettings{}, 0s);
    writer.record({answer(at(0, 18), Feeling::calm)}, at(0, 18), SpanState::active, at(0, 18));
    writer.record({answer(at(1, 18), Feeling::fine)}, at(1, 18), SpanState::active, at(1, 18));
    writer.flush(at(1, 18));
    auto& db = opened.store->db();
    const int tuesday = writer.recorder().day_of(at(1, 12));
    REQUIRE(db.scalar("SELECT COUNT(*) FROM checkins") == 2);
    CHECK(opened.store->delete_before(tuesday));
    CHECK(db.scalar("SELECT COUNT(*) FROM checkins") == 1);
    CHECK(db.scalar("SELECT feeling FROM checkins") == 2);
    CHECK(opened.store->delete_all());
    CHECK(db.scalar("SELECT COUNT(*) FROM checkins") == 0);
}

} // namespace respite::history
