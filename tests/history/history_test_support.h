#pragma once
// Helpers of the history store tests: a temporary folder, times on 2026-11-23 (a Monday) in UTC.
#include "core/time.h"

#include <date/date.h>

#include <filesystem>
#include <fstream>
#include <random>
#include <string>

namespace respite::history::test {

/// A fresh folder under the system's temp folder, removed at the end of the test.
struct TempDir {
    std::filesystem::path path;
    TempDir() {
        std::random_device rd;
        path = std::filesystem::temp_directory_path() / ("respite-history-" + std::to_string(rd()));
        std::filesystem::create_directories(path);
    }
    ~TempDir() {
        std::error_code ec;
        std::filesystem::remove_all(path, ec);
    }
    std::filesystem::path file() const { return path / "respite" / "history.sqlite3"; }
};

/// 2026-11-(23 + day) at hh:mm UTC.
inline WallTime at(int day, int hh, int mm = 0) {
    return WallTime(date::sys_days(date::year{2026} / 11 / 23)) + date::days{day} + std::chrono::hours(hh) +
           std::chrono::minutes(mm);
}

inline std::string read_all(const std::filesystem::path& p) {
    std::ifstream in(p, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

} // namespace respite::history::test
