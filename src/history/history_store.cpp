#include "history/history_store.h"

#include "core/utf8_path.h"
#include "history/schema.h"
#include "platform/file_io.h"

#include <date/date.h>
#include <sqlite3.h>

#include <algorithm>
#include <system_error>

namespace respite::history {
namespace fs = std::filesystem;
namespace {

// Result codes that mean "this is not a usable database file": move it aside and start again.
bool unreadable(int code) {
    return code == SQLITE_NOTADB || code == SQLITE_CORRUPT || code == SQLITE_CANTOPEN || code == SQLITE_IOERR;
}

struct Attempt {
    Db db;
    std::string error;
    bool bad = false;   ///< the file itself is unusable (move aside)
    bool newer = false; ///< written by a newer Respite (refuse, never write)
};

// How much of the file check() reads: the header, or every page too (quick_check, which reads the whole file: the
// writer does it once at start-up; a reader, `respite stats` or the statistics window, must answer in
// milliseconds and meets damage as an error of its query instead).
enum class Verify { header, pages };

// Checks what can be read without writing a byte: the version first, so a newer file stays untouched.
Attempt check(const fs::path& file, Db::Access access, Verify verify) {
    Attempt a;
    std::error_code ec;
    const auto status = fs::status(file, ec);
    if (!ec && fs::exists(status) && !fs::is_regular_file(status)) {
        a.bad = true;
        a.error = "it is not a regular file";
        return a;
    }
    if (!a.db.open(file, access)) {
        a.bad = unreadable(a.db.code());
        a.error = a.db.error();
        return a;
    }
    const auto version = a.db.scalar("PRAGMA user_version");
    if (!version) {
        a.bad = unreadable(a.db.code());
        a.error = a.db.error();
        return a;
    }
    if (*version > schema_version()) {
        a.newer = true;
        a.error = "it was written by a newer Respite (schema version " + std::to_string(*version) +
                  ", this one knows up to " + std::to_string(schema_version()) + ")";
        return a;
    }
    if (verify == Verify::header)
        return a;
    const auto verdict = a.db.text("PRAGMA quick_check");
    if (!verdict || *verdict != "ok") {
        a.bad = true;
        a.error = verdict ? "it is damaged (" + *verdict + ")" : a.db.error();
        return a;
    }
    return a;
}

// Creates the folders and an empty file private to the user, so SQLite (and its -wal and -shm files, which take
// the database file's mode) never makes it readable by others.
std::string create_private(const fs::path& file) {
    std::error_code ec;
    if (fs::exists(fs::symlink_status(file, ec)))
        return {};
    return platform::write_file_atomic(file, "", platform::FileAccess::owner_only);
}

std::string move_aside(const fs::path& file, fs::path& to) {
    to = bad_file_name(file, std::chrono::system_clock::now());
    if (std::string error = platform::move_file(file, to); !error.empty())
        return error;
    // The journal of a bad file belongs to it, not to the new one.
    for (const char* suffix : {"-wal", "-shm"}) {
        fs::path side = file;
        side += suffix;
        std::error_code ec;
        if (fs::exists(fs::symlink_status(side, ec))) {
            fs::path side_to = to;
            side_to += suffix;
            platform::move_file(side, side_to);
        }
    }
    return {};
}

std::string setup_writer(Db& db) {
    const auto mode = db.text("PRAGMA journal_mode = WAL");
    if (!mode || *mode != "wal")
        return mode ? "cannot switch to WAL mode (" + *mode + ")" : db.error();
    // WAL with NORMAL: a crash (kill -9, power loss) loses at most the last transactions, never the file.
    if (!db.exec("PRAGMA synchronous = NORMAL"))
        return db.error();
    // The writer appends a few rows a minute: a page cache of 128 KiB holds what it touches, where SQLite's
    // default of 2 MiB would grow into private memory the tray app keeps all day (issue 8's footprint).
    if (!db.exec("PRAGMA cache_size = -128"))
        return db.error();
    return migrate(db);
}

} // namespace

fs::path bad_file_name(const fs::path& file, std::chrono::system_clock::time_point now) {
    fs::path out = file;
    out += ".bad-" + date::format("%Y%m%dT%H%M%SZ", date::floor<std::chrono::seconds>(now));
    return out;
}

OpenResult HistoryStore::open(const fs::path& file, OpenMode mode) {
    OpenResult result;
    if (mode == OpenMode::read) {
        Attempt a = check(file, Db::Access::read_only, Verify::header);
        if (!a.error.empty()) {
            result.problem = "cannot read the history file " + utf8(file) + ": " + a.error;
            return result;
        }
        const auto version = a.db.scalar("PRAGMA user_version").value_or(0);
        if (version < schema_version()) {
            // An older file: bring it forward once (the only write a reader makes), then read it as usual.
            Db rw;
            std::string error = rw.open(file, Db::Access::read_write_create) ? setup_writer(rw) : rw.error();
            if (!error.empty()) {
                result.problem = "cannot upgrade the history file " + utf8(file) + ": " + error;
                return result;
            }
        }
        result.store.reset(new HistoryStore(file, std::move(a.db)));
        return result;
    }
    std::string moved_note;
    for (int tries = 0; tries < 2; ++tries) {
        if (std::string error = create_private(file); !error.empty()) {
            result.problem = "cannot create the history file: " + error;
            return result;
        }
        // Read-only first: a newer file is refused before a writable connection could touch it (closing one
        // checkpoints the WAL into the file).
        Attempt a = check(file, Db::Access::read_only, Verify::pages);
        if (a.newer) {
            result.problem = "not recording history: " + utf8(file) + " " + a.error.substr(3) + "; it is left as it is";
            return result;
        }
        std::string error = a.error;
        if (error.empty()) {
            a.db.close();
            Db rw;
            error = rw.open(file, Db::Access::read_write_create) ? setup_writer(rw) : rw.error();
            if (error.empty()) {
                result.store.reset(new HistoryStore(file, std::move(rw)));
                result.problem = moved_note;
                return result;
            }
            a.bad = unreadable(rw.code());
        }
        if (!a.bad || tries > 0) {
            result.problem = "cannot open the history file " + utf8(file) + ": " + error;
            return result;
        }
        a.db.close();
        fs::path to;
        if (std::string move_error = move_aside(file, to); !move_error.empty()) {
            result.problem = "the history file " + utf8(file) + " is unusable (" + error +
                             ") and cannot be moved aside: " + move_error;
            return result;
        }
        moved_note = "the history file " + utf8(file) + " could not be read (" + error + "); it was moved to " +
                     utf8(to) + " and a new one started";
    }
    return result;
}

void HistoryStore::merge(Batch batch) {
    for (DayRow& d : batch.days)
        pending_.days.push_back(std::move(d));
    for (SpanRow& s : batch.spans) {
        // An open span rewritten while the last write failed: keep its latest extent only.
        if (!pending_.spans.empty() && pending_.spans.back().start_ms == s.start_ms)
            pending_.spans.back() = std::move(s);
        else
            pending_.spans.push_back(std::move(s));
    }
    for (EffectRow& e : batch.effects)
        pending_.effects.push_back(std::move(e));
    for (CheckinRow& c : batch.checkins)
        pending_.checkins.push_back(std::move(c));
    if (pending_.effects.size() > max_pending_effects)
        pending_.effects.erase(pending_.effects.begin(),
                               pending_.effects.begin() +
                                   static_cast<std::ptrdiff_t>(pending_.effects.size() - max_pending_effects));
    if (pending_.spans.size() > max_pending_effects)
        pending_.spans.erase(pending_.spans.begin(),
                             pending_.spans.begin() +
                                 static_cast<std::ptrdiff_t>(pending_.spans.size() - max_pending_effects));
}

bool HistoryStore::write(Batch batch) {
    merge(std::move(batch));
    if (pending_.empty())
        return true;
    if (write_pending()) {
        pending_ = {};
        failing_ = false;
        return true;
    }
    const std::string error = db_.error();
    db_.exec("ROLLBACK");
    if (!failing_)
        problem_ = "cannot write the history file " + utf8(path_) + " (" + error +
                   "); the latest rows wait in memory and are written at the next change";
    failing_ = true;
    return false;
}

bool HistoryStore::write_pending() {
    if (!db_.exec("BEGIN IMMEDIATE"))
        return false;
    Statement day(db_, "INSERT OR IGNORE INTO days (day, date, working, work_start_ms, work_end_ms) "
                       "VALUES (?1, ?2, ?3, ?4, ?5)");
    Statement span(db_, "INSERT INTO presence (day, start_ms, length_ms, state) VALUES (?1, ?2, ?3, ?4) "
                        "ON CONFLICT (day, start_ms) DO UPDATE SET length_ms = excluded.length_ms, "
                        "state = excluded.state");
    Statement effect(db_, "INSERT INTO effects (at_ms, day, kind, brk, duration_ms, total_ms, count, reason) "
                          "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)");
    Statement checkin(db_, "INSERT OR REPLACE INTO checkins (day, date, feeling, note, answered_at_ms) "
                           "VALUES (?1, ?2, ?3, ?4, ?5)");
    if (!day.ok() || !span.ok() || !effect.ok() || !checkin.ok())
        return false;
    for (const DayRow& d : pending_.days) {
        day.reset();
        if (!day.bind(1, d.day)
                 .bind(2, d.date)
                 .bind(3, d.working ? 1 : 0)
                 .bind(4, d.work_start_ms)
                 .bind(5, d.work_end_ms)
                 .run())
            return false;
    }
    for (const SpanRow& s : pending_.spans) {
        span.reset();
        if (!span.bind(1, s.day)
                 .bind(2, s.start_ms)
                 .bind(3, s.end_ms - s.start_ms)
                 .bind(4, static_cast<std::int64_t>(s.state))
                 .run())
            return false;
    }
    for (const EffectRow& e : pending_.effects) {
        effect.reset();
        effect.bind(1, e.at_ms).bind(2, e.day).bind(3, e.kind).bind(5, e.duration_ms).bind(6, e.total_ms);
        if (e.brk.empty())
            effect.bind_null(4);
        else
            effect.bind(4, e.brk);
        if (e.count < 0)
            effect.bind_null(7);
        else
            effect.bind(7, e.count);
        if (e.reason.empty())
            effect.bind_null(8);
        else
            effect.bind(8, e.reason);
        if (!effect.run())
            return false;
    }
    for (const CheckinRow& c : pending_.checkins) {
        checkin.reset();
        checkin.bind(1, c.day).bind(2, c.date).bind(4, c.note).bind(5, c.answered_at_ms);
        if (c.feeling)
            checkin.bind(3, *c.feeling);
        else
            checkin.bind_null(3);
        if (!checkin.run())
            return false;
    }
    return db_.exec("COMMIT");
}

bool HistoryStore::delete_where(std::string_view condition, std::int64_t day) {
    bool ok = db_.exec("BEGIN IMMEDIATE");
    for (const char* table : {"effects", "presence", "checkins", "days"}) {
        if (!ok)
            break;
        Statement s(db_, "DELETE FROM " + std::string(table) + " " + std::string(condition));
        ok = s.ok() && s.bind(1, day).run();
    }
    ok = ok && db_.exec("COMMIT");
    if (!ok) {
        problem_ = "cannot delete from the history file " + utf8(path_) + ": " + db_.error();
        db_.exec("ROLLBACK");
    }
    return ok;
}

bool HistoryStore::delete_before(int day) {
    return delete_where("WHERE day < ?1", day);
}

bool HistoryStore::delete_all() {
    return delete_where("WHERE ?1 = ?1", 0);
}

std::string_view to_string(SpanState state) {
    switch (state) {
    case SpanState::active:
        return "active";
    case SpanState::idle:
        return "idle";
    case SpanState::away:
        return "away";
    case SpanState::busy:
        return "busy";
    }
    return "active";
}

} // namespace respite::history
