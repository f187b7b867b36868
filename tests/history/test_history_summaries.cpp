// The day summaries are queries over the facts: checked against figures worked out by hand.
#include "history/history_queries.h"
#include "history/history_recorder.h"
#include "history/history_store.h"
#include "history_test_support.h"

#include <doctest/doctest.h>

namespace respite::history {
using namespace std::chrono_literals;
using test::at;

namespace {

constexpr std::int64_t h = 3'600'000;
constexpr std::int64_t min = 60'000;

Effect fx(WallTime when, EffectKind kind) {
    return {.at = when, .kind = kind, .brk = BreakKind::micro};
}

} // namespace

TEST_CASE("history: presence spans and effects become per-day hours, overtime and break counts") {
    test::TempDir dir;
    auto opened = HistoryStore::open(dir.file(), OpenMode::write);
    REQUIRE(opened.store);
    const auto local = make_tz_local_time("UTC");
    WorkdaySettings workday; // Mon-Fri 09:00-17:30, the counting day starts at 04:00
    HistoryWriter writer(*opened.store, *local, workday, 0s);

    // Monday 2026-11-23.
    writer.record({}, at(0, 8), SpanState::active, at(0, 8)); // 2 h, of which 1 h in working hours
    writer.record({fx(at(0, 9, 20), EffectKind::break_prompt), fx(at(0, 9, 21), EffectKind::break_finished)}, at(0, 10),
                  SpanState::idle, at(0, 10)); // 30 min idle, in working hours
    writer.record({fx(at(0, 10, 30), EffectKind::natural_break)}, at(0, 10, 30), SpanState::away, at(0, 10, 30));
    writer.record({}, at(0, 12), SpanState::busy, at(0, 12)); // 6 h busy: 5 h 30 in hours, 30 min overtime
    writer.record({fx(at(0, 13), EffectKind::break_prompt), fx(at(0, 13), EffectKind::break_postponed),
                   fx(at(0, 14), EffectKind::break_prompt), fx(at(0, 14), EffectKind::break_postponed),
                   fx(at(0, 15), EffectKind::break_prompt), fx(at(0, 15), EffectKind::break_skipped)},
                  at(0, 15), SpanState::busy, at(0, 15));
    writer.record({}, at(0, 18), SpanState::away, at(0, 18));
    // Tuesday 03:00-05:00 active: 1 h still on Monday's counting day (overtime), 1 h on Tuesday's (before start).
    writer.record({}, at(1, 3), SpanState::active, at(1, 3));
    writer.record({}, at(1, 5), SpanState::away, at(1, 5));
    // Saturday 2026-11-28, a day off: 1 h, all overtime.
    writer.record({}, at(5, 10), SpanState::active, at(5, 10));
    writer.record({}, at(5, 11), SpanState::away, at(5, 11));
    writer.flush(at(5, 11));

    auto& db = opened.store->db();
    const int monday = writer.recorder().day_of(at(0, 12));
    const auto days = day_summaries(db, monday, monday + 6);
    REQUIRE(days);
    // Monday to Saturday: the away span from Tuesday 05:00 to Saturday 10:00 is history too (no screen time).
    REQUIRE(days->size() == 6);
    const DaySummary& mon = (*days)[0];
    CHECK(mon.date == "2026-11-23");
    CHECK(mon.working);
    CHECK(mon.screen_ms == 2 * h + 30 * min + 6 * h + 1 * h);
    CHECK(mon.work_ms == 7 * h);
    CHECK(mon.overtime_ms == 30 * min + 1 * h);
    CHECK(mon.breaks == BreakCounts{.taken = 1, .natural = 1, .prompted = 4, .skipped = 1, .postponed = 2});
    const DaySummary& tue = (*days)[1];
    CHECK(tue.date == "2026-11-24");
    CHECK(tue.screen_ms == 1 * h);
    CHECK(tue.work_ms == 0);
    CHECK(tue.overtime_ms == 0);
    CHECK((*days)[2].date == "2026-11-25");
    CHECK((*days)[2].screen_ms == 0);
    CHECK((*days)[2].working);
    const DaySummary& sat = (*days)[5];
    CHECK(sat.date == "2026-11-28");
    CHECK_FALSE(sat.working);
    CHECK(sat.screen_ms == 1 * h);
    CHECK(sat.overtime_ms == 1 * h);
    const DaySummary sum = total(*days);
    CHECK(sum.screen_ms == 11 * h + 30 * min);
    CHECK(sum.work_ms == 7 * h);
    CHECK(sum.overtime_ms == 2 * h + 30 * min);
    CHECK(sum.breaks.prompted == 4);

    // The span across 04:00 is two rows, one per counting day, meeting at the boundary.
    CHECK(db.scalar("SELECT COUNT(*) FROM presence WHERE start_ms = " +
                    std::to_string(at(1, 4).time_since_epoch().count())) == 1);
    // A range without history is empty, not an error.
    const auto none = day_summaries(db, monday - 30, monday - 1);
    REQUIRE(none);
    CHECK(none->empty());
    CHECK(recorded_days(db) == std::pair{monday, monday + 5});
}

TEST_CASE("history: the open span is rewritten as it grows, at most every 30 s without effects") {
    test::TempDir dir;
    auto opened = HistoryStore::open(dir.file(), OpenMode::write);
    REQUIRE(opened.store);
    const auto local = make_tz_local_time("UTC");
    HistoryWriter writer(*opened.store, *local, WorkdaySettings{}, 0s);
    auto& db = opened.store->db();
    const auto end_ms = [&] { return db.scalar("SELECT MAX(end_ms) FROM spans").value_or(-1); };
    writer.record({}, at(0, 10), SpanState::active, at(0, 10));
    CHECK(end_ms() == at(0, 10).time_since_epoch().count());
    writer.record({}, at(0, 10) + 20s, SpanState::active, at(0, 10));
    CHECK(end_ms() == at(0, 10).time_since_epoch().count());          // nothing new worth a transaction
    writer.record({}, at(0, 10) + 60s, SpanState::active, at(0, 10)); // the driver's checkpoint wake-up
    CHECK(end_ms() == (at(0, 10) + 60s).time_since_epoch().count());
    writer.record({}, at(0, 11), SpanState::active, at(0, 10));
    CHECK(end_ms() == at(0, 11).time_since_epoch().count());
    CHECK(db.scalar("SELECT COUNT(*) FROM presence") == 1);
    // An idle monitor reports late: the idle span begins when the input stopped.
    writer.record({}, at(0, 12), SpanState::idle, at(0, 11, 55));
    CHECK(db.scalar("SELECT end_ms FROM spans WHERE state = 'active'") == at(0, 11, 55).time_since_epoch().count());
    CHECK(db.scalar("SELECT start_ms FROM spans WHERE state = 'idle'") == at(0, 11, 55).time_since_epoch().count());
}

} // namespace respite::history
