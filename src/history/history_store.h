#pragma once
// The history file (DESIGN.md §9, issue 11): SQLite in WAL mode, created 0600, migrated forward on open. A corrupt
// or unreadable file is moved aside and a new one started; a file from a newer Respite is refused and never
// written; a failed write keeps its rows in memory (bounded) and retries at the next write. Problems are told
// once each, through take_problem(). One writer (the engine thread); readers may open it read-only meanwhile.
#include "history/history_rows.h"
#include "history/sqlite_db.h"

#include <chrono>
#include <cstddef>
#include <filesystem>
#include <memory>
#include <string>
#include <utility>
#include <vector>

namespace respite::history {

/// Rows written together, in one transaction.
struct Batch {
    std::vector<DayRow> days;
    std::vector<SpanRow> spans; ///< upserted by start_ms (an open span grows)
    std::vector<EffectRow> effects;
    std::vector<CheckinRow> checkins; ///< replace the day's earlier answer
    bool empty() const { return days.empty() && spans.empty() && effects.empty() && checkins.empty(); }
};

/// How the store is opened.
enum class OpenMode {
    write, ///< the app or `plan --record-history`: create, migrate, move a bad file aside
    read   ///< `respite stats` and export: never creates or moves anything
};

class HistoryStore;

/// What open() made: a store, or none and why. `problem` is also set when a bad file was moved aside.
struct OpenResult {
    std::unique_ptr<HistoryStore> store;
    std::string problem;
};

/// The open history file.
class HistoryStore {
public:
    /// At most this many effect rows wait in memory while writes fail; older ones are dropped first.
    static constexpr std::size_t max_pending_effects = 20000;

    /// Opens (in write mode: creates or repairs) `file`.
    static OpenResult open(const std::filesystem::path& file, OpenMode mode);

    /// Adds `batch` to what is pending and writes it all in one transaction. False when the write failed: the rows
    /// stay pending for the next call, and the first failure after a success leaves a problem to take.
    bool write(Batch batch);
    /// Whether rows wait for a successful write.
    bool has_pending() const { return !pending_.empty(); }
    /// Deletes the rows of counting days before `day`; returns false on error (problem set).
    bool delete_before(int day);
    /// Deletes every row.
    bool delete_all();
    /// The one-time message of the last problem ("" when none since the last call).
    std::string take_problem() { return std::exchange(problem_, {}); }
    /// The file.
    const std::filesystem::path& path() const { return path_; }
    /// The connection, for queries.
    Db& db() { return db_; }

private:
    HistoryStore(std::filesystem::path path, Db db) : path_(std::move(path)), db_(std::move(db)) {}
    bool write_pending();
    void merge(Batch batch);
    bool delete_where(std::string_view condition, std::int64_t day);

    std::filesystem::path path_;
    Db db_;
    Batch pending_;
    bool failing_ = false;
    std::string problem_;
};

/// "history.sqlite3.bad-20261123T081500Z": where a bad file is moved.
std::filesystem::path bad_file_name(const std::filesystem::path& file, std::chrono::system_clock::time_point now);

} // namespace respite::history
