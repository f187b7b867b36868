#include "history/sqlite_db.h"

#include "core/utf8_path.h"

#include <sqlite3.h>

#include <utility>

namespace respite::history {

Db::~Db() {
    close();
}

Db::Db(Db&& other) noexcept
    : db_(std::exchange(other.db_, nullptr)), error_(std::move(other.error_)), code_(other.code_) {}

Db& Db::operator=(Db&& other) noexcept {
    if (this != &other) {
        close();
        db_ = std::exchange(other.db_, nullptr);
        error_ = std::move(other.error_);
        code_ = other.code_;
    }
    return *this;
}

void Db::close() {
    if (db_)
        sqlite3_close_v2(db_);
    db_ = nullptr;
}

bool Db::open(const std::filesystem::path& file, Access access) {
    close();
    const int flags = access == Access::read_only ? SQLITE_OPEN_READONLY : (SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE);
    const int rc = sqlite3_open_v2(utf8(file).c_str(), &db_, flags | SQLITE_OPEN_NOMUTEX, nullptr);
    if (rc != SQLITE_OK) {
        code_ = rc & 0xff;
        error_ = db_ ? sqlite3_errmsg(db_) : sqlite3_errstr(rc);
        close();
        return false;
    }
    sqlite3_extended_result_codes(db_, 0);
    // The app writes while `respite stats` reads: a short wait instead of SQLITE_BUSY at once.
    sqlite3_busy_timeout(db_, 2000);
    code_ = 0;
    error_.clear();
    return true;
}

bool Db::fail() {
    code_ = db_ ? (sqlite3_errcode(db_) & 0xff) : SQLITE_MISUSE;
    error_ = db_ ? sqlite3_errmsg(db_) : "no database open";
    return false;
}

bool Db::exec(std::string_view sql) {
    if (!db_)
        return fail();
    const std::string text(sql);
    if (sqlite3_exec(db_, text.c_str(), nullptr, nullptr, nullptr) != SQLITE_OK)
        return fail();
    code_ = 0;
    return true;
}

std::optional<std::int64_t> Db::scalar(std::string_view sql) {
    Statement s(*this, sql);
    if (!s.ok() || !s.next())
        return std::nullopt;
    return s.integer(0);
}

std::optional<std::string> Db::text(std::string_view sql) {
    Statement s(*this, sql);
    if (!s.ok() || !s.next())
        return std::nullopt;
    return s.text(0);
}

Statement::Statement(Db& db, std::string_view sql) : db_(db) {
    if (!db.handle() ||
        sqlite3_prepare_v2(db.handle(), sql.data(), static_cast<int>(sql.size()), &stmt_, nullptr) != SQLITE_OK) {
        stmt_ = nullptr;
        db.fail();
    }
}

Statement::~Statement() {
    if (stmt_)
        sqlite3_finalize(stmt_);
}

Statement& Statement::bind(int index, std::int64_t value) {
    if (stmt_)
        sqlite3_bind_int64(stmt_, index, value);
    return *this;
}

Statement& Statement::bind(int index, std::string_view value) {
    if (stmt_)
        sqlite3_bind_text(stmt_, index, value.data(), static_cast<int>(value.size()), SQLITE_TRANSIENT);
    return *this;
}

Statement& Statement::bind_null(int index) {
    if (stmt_)
        sqlite3_bind_null(stmt_, index);
    return *this;
}

bool Statement::next() {
    if (!stmt_) {
        done_ok_ = false;
        return false;
    }
    const int rc = sqlite3_step(stmt_);
    if (rc == SQLITE_ROW)
        return true;
    done_ok_ = rc == SQLITE_DONE;
    if (!done_ok_)
        db_.fail();
    return false;
}

bool Statement::run() {
    while (next()) {
    }
    return done_ok_;
}

void Statement::reset() {
    if (stmt_) {
        sqlite3_reset(stmt_);
        sqlite3_clear_bindings(stmt_);
    }
    done_ok_ = true;
}

std::int64_t Statement::integer(int column) const {
    return sqlite3_column_int64(stmt_, column);
}

std::string Statement::text(int column) const {
    const auto* p = sqlite3_column_text(stmt_, column);
    return p ? std::string(reinterpret_cast<const char*>(p),
                           static_cast<std::size_t>(sqlite3_column_bytes(stmt_, column)))
             : std::string();
}

bool Statement::is_null(int column) const {
    return sqlite3_column_type(stmt_, column) == SQLITE_NULL;
}

} // namespace respite::history
