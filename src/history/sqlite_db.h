#pragma once
// A thin RAII layer over the SQLite C API: one connection, prepared statements, errors as text (never thrown
// across the store's API).
#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>

struct sqlite3;
struct sqlite3_stmt;

namespace respite::history {

/// One open database connection.
class Db {
public:
    /// How to open the file.
    enum class Access { read_only, read_write_create };
    Db() = default;
    ~Db();
    Db(Db&& other) noexcept;
    Db& operator=(Db&& other) noexcept;
    Db(const Db&) = delete;
    Db& operator=(const Db&) = delete;

    /// Opens `file`; on failure returns false with error() set and the SQLite result code in code().
    bool open(const std::filesystem::path& file, Access access);
    /// Runs one or more statements without results; false with error() on failure.
    bool exec(std::string_view sql);
    /// The first column of the first row of `sql` as an integer (nullopt on error or no row).
    std::optional<std::int64_t> scalar(std::string_view sql);
    /// The first column of the first row of `sql` as text (nullopt on error or no row).
    std::optional<std::string> text(std::string_view sql);
    /// The last error message ("" when none).
    const std::string& error() const { return error_; }
    /// The last primary SQLite result code (SQLITE_OK = 0).
    int code() const { return code_; }
    /// Records the connection's current error as this object's error.
    bool fail();
    /// The raw handle, for statements.
    sqlite3* handle() const { return db_; }
    /// Whether a connection is open.
    bool is_open() const { return db_ != nullptr; }
    /// Closes the connection.
    void close();

private:
    sqlite3* db_ = nullptr;
    std::string error_;
    int code_ = 0;
};

/// One prepared statement; bind by 1-based index, step, read columns.
class Statement {
public:
    Statement(Db& db, std::string_view sql);
    ~Statement();
    Statement(const Statement&) = delete;
    Statement& operator=(const Statement&) = delete;

    /// Whether preparing succeeded (else db.error() says why).
    bool ok() const { return stmt_ != nullptr; }
    Statement& bind(int index, std::int64_t value);
    Statement& bind(int index, std::string_view value);
    Statement& bind_null(int index);
    /// Steps once: true while a row is available; on the end or an error false (check done()).
    bool next();
    /// Runs a statement without results to completion; false on error (db.error() set).
    bool run();
    /// Resets for re-use with new bindings.
    void reset();
    /// Whether the last next() ended cleanly (no error).
    bool done() const { return done_ok_; }
    std::int64_t integer(int column) const;
    std::string text(int column) const;
    bool is_null(int column) const;

private:
    Db& db_;
    sqlite3_stmt* stmt_ = nullptr;
    bool done_ok_ = true;
};

} // namespace respite::history
