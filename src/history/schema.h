#pragma once
// The history file's schema: PRAGMA user_version counts the migration steps applied; each step takes the file one
// version forward. A file with a newer version than this program knows is refused and never written.
#include "history/sqlite_db.h"

#include <span>
#include <string>
#include <string_view>

namespace respite::history {

/// One forward migration: the SQL that takes version `to - 1` to `to`.
struct Migration {
    int to = 0;
    std::string_view sql;
};

/// Every step, in order; the last one's `to` is the version this program writes.
std::span<const Migration> migrations();
/// The schema version this program writes and reads.
int schema_version();
/// Applies the steps after the file's version up to `target` (default: the newest), each in its own transaction.
/// Returns "" or an error line; a file newer than this program is refused without writing.
std::string migrate(Db& db, int target = 0);

} // namespace respite::history
