#include "history/schema.h"

#include <array>

namespace respite::history {
namespace {

// Version 1: the facts (effects and presence spans), each with its UTC instant in ms and its counting day as a
// number (local days since 1970-01-01) and as an ISO date. Kinds are text: the same names as the JSON of effects.
constexpr std::string_view v1 = R"sql(
CREATE TABLE effects (
    id INTEGER PRIMARY KEY,
    at_ms INTEGER NOT NULL,
    day INTEGER NOT NULL,
    date TEXT NOT NULL,
    kind TEXT NOT NULL,
    brk TEXT,
    duration_ms INTEGER NOT NULL DEFAULT 0,
    total_ms INTEGER NOT NULL DEFAULT 0,
    count INTEGER,
    reason TEXT
);
CREATE TABLE presence (
    start_ms INTEGER PRIMARY KEY,
    end_ms INTEGER NOT NULL CHECK (end_ms >= start_ms),
    state TEXT NOT NULL CHECK (state IN ('active', 'idle', 'away', 'busy')),
    day INTEGER NOT NULL,
    date TEXT NOT NULL
);
CREATE INDEX effects_by_day ON effects (day);
)sql";

// Version 2: the working window of each counting day as it was configured then, so the summaries can split screen
// time into working hours and overtime by query.
constexpr std::string_view v2 = R"sql(
CREATE TABLE days (
    day INTEGER PRIMARY KEY,
    date TEXT NOT NULL,
    working INTEGER NOT NULL,
    work_start_ms INTEGER NOT NULL,
    work_end_ms INTEGER NOT NULL
);
CREATE INDEX presence_by_day ON presence (day);
INSERT OR IGNORE INTO days (day, date, working, work_start_ms, work_end_ms)
    SELECT day, date, 0, 0, 0 FROM effects UNION SELECT day, date, 0, 0, 0 FROM presence;
)sql";

// Version 3: a year at one-second activity fits in under 10 MB (issue 11; it took 20 MB). A presence span is
// (day, start, length, state number) in a table ordered by day and start (WITHOUT ROWID: the table is its own
// index by day); presence_states names the numbers, and the view `spans` shows them as before, for whoever opens
// the file. The date text of every span and effect goes (it is the day's, in the days table).
constexpr std::string_view v3 = R"sql(
CREATE TABLE presence_states (state INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE);
INSERT INTO presence_states VALUES (0, 'active'), (1, 'idle'), (2, 'away'), (3, 'busy');
CREATE TABLE presence_v3 (
    day INTEGER NOT NULL,
    start_ms INTEGER NOT NULL,
    length_ms INTEGER NOT NULL CHECK (length_ms >= 0),
    state INTEGER NOT NULL REFERENCES presence_states (state) CHECK (state BETWEEN 0 AND 3),
    PRIMARY KEY (day, start_ms)
) WITHOUT ROWID;
INSERT INTO presence_v3 (day, start_ms, length_ms, state)
    SELECT day, start_ms, end_ms - start_ms, (SELECT s.state FROM presence_states s WHERE s.name = presence.state)
    FROM presence;
DROP TABLE presence;
ALTER TABLE presence_v3 RENAME TO presence;
ALTER TABLE effects DROP COLUMN date;
CREATE VIEW spans AS
    SELECT p.day, p.start_ms, p.start_ms + p.length_ms AS end_ms, s.name AS state
    FROM presence p JOIN presence_states s ON s.state = p.state;
)sql";

// Version 4: the stress check-in's answer beside its counting day (issue 11): feeling 1 (calm) to 5 (very
// stressed), NULL for "Not today"; the last answer of a day wins.
constexpr std::string_view v4 = R"sql(
CREATE TABLE checkins (
    day INTEGER PRIMARY KEY,
    date TEXT NOT NULL,
    feeling INTEGER CHECK (feeling BETWEEN 1 AND 5),
    note TEXT NOT NULL DEFAULT '',
    answered_at_ms INTEGER NOT NULL
);
)sql";

constexpr std::array steps{Migration{1, v1}, Migration{2, v2}, Migration{3, v3}, Migration{4, v4}};

} // namespace

std::span<const Migration> migrations() {
    return steps;
}

int schema_version() {
    return steps.back().to;
}

std::string migrate(Db& db, int target) {
    if (target <= 0)
        target = schema_version();
    const auto version = db.scalar("PRAGMA user_version");
    if (!version)
        return db.error();
    if (*version > schema_version())
        return "it was written by a newer Respite (schema version " + std::to_string(*version) +
               ", this one knows up to " + std::to_string(schema_version()) + ")";
    for (const Migration& m : steps) {
        if (m.to <= *version || m.to > target)
            continue;
        const std::string sql = "BEGIN IMMEDIATE;\n" + std::string(m.sql) +
                                "\nPRAGMA user_version = " + std::to_string(m.to) + ";\nCOMMIT;";
        if (!db.exec(sql)) {
            const std::string error = db.error();
            db.exec("ROLLBACK");
            return "migration to schema version " + std::to_string(m.to) + " failed: " + error;
        }
    }
    return {};
}

} // namespace respite::history
