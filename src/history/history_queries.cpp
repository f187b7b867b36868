#include "history/history_queries.h"

#include "history/history_recorder.h"

namespace respite::history {
namespace {

// Screen time is every span but away; inside the working window it is work, after the end (or on a day off) it
// is overtime, before the start it is neither: the engine's overtime rule (DESIGN.md §4).
constexpr std::string_view day_sql = R"sql(
WITH span AS (
    SELECT p.day, p.start_ms AS s, p.start_ms + p.length_ms AS e, d.working, d.work_start_ms AS ws,
        d.work_end_ms AS we
    FROM presence p JOIN days d ON d.day = p.day
    WHERE p.state <> 2 AND p.day BETWEEN ?1 AND ?2
), time AS (
    SELECT day,
        SUM(e - s) AS screen,
        SUM(CASE WHEN working THEN MAX(0, MIN(e, we) - MAX(s, ws)) ELSE 0 END) AS work,
        SUM(CASE WHEN working THEN MAX(0, e - MAX(s, we)) ELSE e - s END) AS overtime
    FROM span GROUP BY day
), brk AS (
    SELECT day,
        SUM(kind = 'break_finished') AS taken,
        SUM(kind = 'natural_break') AS natural,
        SUM(kind = 'break_prompt') AS prompted,
        SUM(kind = 'break_skipped') AS skipped,
        SUM(kind = 'break_postponed') AS postponed
    FROM effects WHERE day BETWEEN ?1 AND ?2 GROUP BY day
)
SELECT d.day, d.date, d.working,
    COALESCE(t.screen, 0), COALESCE(t.work, 0), COALESCE(t.overtime, 0),
    COALESCE(b.taken, 0), COALESCE(b.natural, 0), COALESCE(b.prompted, 0), COALESCE(b.skipped, 0),
    COALESCE(b.postponed, 0), c.feeling
FROM days d LEFT JOIN time t ON t.day = d.day LEFT JOIN brk b ON b.day = d.day LEFT JOIN checkins c ON c.day = d.day
WHERE d.day BETWEEN ?1 AND ?2 ORDER BY d.day
)sql";

int as_int(std::int64_t v) {
    return static_cast<int>(v);
}

// The file's state number (presence_states): SpanState's order.
std::optional<SpanState> state_of(std::int64_t number) {
    if (number < 0 || number > static_cast<std::int64_t>(SpanState::busy))
        return std::nullopt;
    return static_cast<SpanState>(number);
}

} // namespace

std::optional<std::vector<DaySummary>> day_summaries(Db& db, int from, int to) {
    Statement q(db, day_sql);
    if (!q.ok())
        return std::nullopt;
    q.bind(1, from).bind(2, to);
    std::vector<DaySummary> out;
    while (q.next()) {
        DaySummary d;
        d.day = as_int(q.integer(0));
        d.date = q.text(1);
        d.working = q.integer(2) != 0;
        d.screen_ms = q.integer(3);
        d.work_ms = q.integer(4);
        d.overtime_ms = q.integer(5);
        d.breaks = {as_int(q.integer(6)), as_int(q.integer(7)), as_int(q.integer(8)), as_int(q.integer(9)),
                    as_int(q.integer(10))};
        if (!q.is_null(11))
            d.feeling = as_int(q.integer(11));
        out.push_back(std::move(d));
    }
    if (!q.done())
        return std::nullopt;
    return out;
}

DaySummary total(const std::vector<DaySummary>& days) {
    DaySummary t;
    for (const DaySummary& d : days) {
        t.screen_ms += d.screen_ms;
        t.work_ms += d.work_ms;
        t.overtime_ms += d.overtime_ms;
        t.breaks.taken += d.breaks.taken;
        t.breaks.natural += d.breaks.natural;
        t.breaks.prompted += d.breaks.prompted;
        t.breaks.skipped += d.breaks.skipped;
        t.breaks.postponed += d.breaks.postponed;
    }
    return t;
}

std::optional<Facts> facts(Db& db, int from, int to) {
    Facts f;
    Statement days(db, "SELECT day, date, working, work_start_ms, work_end_ms FROM days WHERE day BETWEEN ?1 AND ?2 "
                       "ORDER BY day");
    if (!days.ok())
        return std::nullopt;
    days.bind(1, from).bind(2, to);
    while (days.next())
        f.days.push_back(
            {as_int(days.integer(0)), days.text(1), days.integer(2) != 0, days.integer(3), days.integer(4)});
    Statement spans(db, "SELECT start_ms, start_ms + length_ms, state, day FROM presence WHERE day BETWEEN ?1 AND ?2 "
                        "ORDER BY start_ms");
    if (!days.done() || !spans.ok())
        return std::nullopt;
    spans.bind(1, from).bind(2, to);
    while (spans.next())
        f.spans.push_back({spans.integer(0), spans.integer(1), state_of(spans.integer(2)).value_or(SpanState::away),
                           as_int(spans.integer(3)), iso_date(as_int(spans.integer(3)))});
    Statement effects(db, "SELECT at_ms, day, kind, COALESCE(brk, ''), duration_ms, total_ms, "
                          "COALESCE(count, -1), COALESCE(reason, '') FROM effects WHERE day BETWEEN ?1 AND ?2 "
                          "ORDER BY at_ms, id");
    if (!spans.done() || !effects.ok())
        return std::nullopt;
    effects.bind(1, from).bind(2, to);
    while (effects.next())
        f.effects.push_back({effects.integer(0), as_int(effects.integer(1)), iso_date(as_int(effects.integer(1))),
                             effects.text(2), effects.text(3), effects.integer(4), effects.integer(5),
                             as_int(effects.integer(6)), effects.text(7)});
    Statement checkins(db, "SELECT day, date, feeling, note, answered_at_ms FROM checkins WHERE day BETWEEN ?1 AND ?2 "
                           "ORDER BY day");
    if (!effects.done() || !checkins.ok())
        return std::nullopt;
    checkins.bind(1, from).bind(2, to);
    while (checkins.next()) {
        CheckinRow c{as_int(checkins.integer(0)), checkins.text(1), std::nullopt, checkins.text(3),
                     checkins.integer(4)};
        if (!checkins.is_null(2))
            c.feeling = as_int(checkins.integer(2));
        f.checkins.push_back(std::move(c));
    }
    if (!checkins.done())
        return std::nullopt;
    return f;
}

std::optional<std::pair<int, int>> recorded_days(Db& db) {
    Statement q(db, "SELECT MIN(day), MAX(day) FROM days");
    if (!q.ok() || !q.next() || q.is_null(0))
        return std::nullopt;
    return std::pair{as_int(q.integer(0)), as_int(q.integer(1))};
}

} // namespace respite::history
