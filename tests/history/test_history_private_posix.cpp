// The history file and its write-ahead log are the user's alone (0600) on POSIX systems. (On Windows they are in
// the user's own %LOCALAPPDATA%, whose access list is the user's.)
#include "history/history_store.h"
#include "history_test_support.h"

#include <doctest/doctest.h>

#include <sys/stat.h>

namespace respite::history {

TEST_CASE("history: a new file and its write-ahead log are private to the user") {
    test::TempDir dir;
    auto opened = HistoryStore::open(dir.file(), OpenMode::write);
    REQUIRE(opened.store);
    struct stat st {};
    REQUIRE(::stat(dir.file().c_str(), &st) == 0);
    CHECK((st.st_mode & 0777) == 0600);
    EffectRow row;
    row.day = 20415;
    row.date = "2025-11-23";
    row.kind = "break_prompt";
    CHECK(opened.store->write({.effects = {row}}));
    REQUIRE(::stat((dir.file().string() + "-wal").c_str(), &st) == 0);
    CHECK((st.st_mode & 0077) == 0);
}

} // namespace respite::history
