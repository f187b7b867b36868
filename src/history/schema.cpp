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

// Version 3: the stress check-in's answer beside its counting day (issue 11): feeling 1 (calm) to 5 (very
// stressed), NULL for "Not today"; the last answer of a day wins.
constexpr std::string_view v3 = R"sql(
CREATE TABLE checkins (
    day INTEGER PRIMARY KEY,
    date TEXT NOT NULL,
    feeling INTEGER CHECK (feeling BETWEEN 1 AND 5),
    note TEXT NOT NULL DEFAULT '',
    answered_at_ms INTEGER NOT NULL
);
)sql";

constexpr std::array steps{Migration{1, v1}, Migration{2, v2}, Migration{3, v3}};

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
