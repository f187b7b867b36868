// The GUI-free Windows ports other than the pipe: capped reads that refuse devices and pipes, atomic writes with
// UTF-16 names, orphaned temp files, the Known Folders and their environment overrides, the config watch, and the
// bundled time-zone folder.
#include "platform/console.h"
#include "platform/file_io.h"
#include "platform/file_watch.h"
#include "platform/paths.h"
#include "platform/time_zones.h"
#include "platform/windows/text_windows.h"

#include <doctest/doctest.h>

#include <boost/asio/io_context.hpp>
#include <boost/asio/steady_timer.hpp>

#include <fstream>
#include <string>

using namespace respite;
namespace fs = std::filesystem;

namespace {

// A fresh folder under %TEMP%, removed at the end.
struct TempDir {
    fs::path dir;
    TempDir() {
        dir = fs::temp_directory_path() /
              ("respite-win-" + std::to_string(GetCurrentProcessId()) + "-" + std::to_string(GetTickCount64()));
        fs::create_directories(dir);
    }
    ~TempDir() {
        std::error_code ec;
        fs::remove_all(dir, ec);
    }
};

std::string slurp(const fs::path& file) {
    std::ifstream in(file, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

// Sets an environment variable for one scope.
struct EnvVar {
    std::wstring name;
    std::wstring old;
    bool had;
    EnvVar(const wchar_t* n, const wchar_t* value) : name(n) {
        wchar_t buffer[32768];
        const DWORD len = GetEnvironmentVariableW(n, buffer, 32768);
        had = len > 0;
        old.assign(buffer, len);
        SetEnvironmentVariableW(n, value);
    }
    ~EnvVar() { SetEnvironmentVariableW(name.c_str(), had ? old.c_str() : nullptr); }
};

// Runs `io` until `done` or 5 s.
bool run_until(boost::asio::io_context& io, const bool& done) {
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(5);
    while (!done && std::chrono::steady_clock::now() < deadline) {
        io.restart();
        io.run_for(std::chrono::milliseconds(20));
    }
    return done;
}

} // namespace

TEST_CASE("files: UTF-8 and UTF-16 convert both ways at the boundary") {
    const std::string text = "Pause \xc3\xbc\xe2\x9c\x93 \xf0\x9f\x98\x80"; // ü, ✓, an emoji (a surrogate pair)
    const std::wstring wide = platform::windows::widen(text);
    CHECK(wide.size() == 11);
    CHECK(platform::windows::narrow(wide) == text);
    CHECK(platform::windows::error_text(ERROR_FILE_NOT_FOUND).size() > 5);
}

TEST_CASE("files: an atomic write creates, replaces, keeps no temp file, and spells non-ASCII names") {
    TempDir t;
    const fs::path file = t.dir / fs::path(platform::windows::widen("\xc3\x9c"
                                                                    "bung") +
                                           L"\\config.toml");
    CHECK(platform::write_file_atomic(file, "a = 1\n", platform::FileAccess::world_readable) == "");
    CHECK(slurp(file) == "a = 1\n");
    CHECK(platform::write_file_atomic(file, "a = 2\n") == "");
    CHECK(slurp(file) == "a = 2\n");
    int entries = 0;
    for (const auto& e : fs::directory_iterator(file.parent_path())) {
        (void)e;
        ++entries;
    }
    CHECK(entries == 1);
    // The folder's name went through UTF-16 intact.
    CHECK(fs::exists(t.dir / fs::path(std::wstring(L"\u00dcbung"))));
}

TEST_CASE("files: a checkpoint's write (no write-through for the folder's entry) creates and replaces too") {
    TempDir t;
    const fs::path file = t.dir / "state" / "state.json";
    CHECK(platform::write_file_atomic(file, "one", platform::FileAccess::owner_only, platform::Flush::contents_only) ==
          "");
    CHECK(slurp(file) == "one");
    CHECK(platform::write_file_atomic(file, "two", platform::FileAccess::owner_only, platform::Flush::contents_only) ==
          "");
    CHECK(slurp(file) == "two");
    CHECK(platform::remove_orphaned_temp_files(file) == 0);
}

TEST_CASE("files: a failed write names the file and leaves the old contents") {
    TempDir t;
    const fs::path file = t.dir / "state.json";
    REQUIRE(platform::write_file_atomic(file, "old") == "");
    // A folder where the file's folder should be: the write cannot happen, and says where.
    const auto error = platform::write_file_atomic(t.dir / "state.json" / "inner.json", "x");
    CHECK(error.find(platform::windows::display(t.dir)) != std::string::npos);
    CHECK(slurp(file) == "old");
}

TEST_CASE("files: orphaned temp files of a write are removed, nothing else") {
    TempDir t;
    const fs::path file = t.dir / "state.json";
    std::ofstream(t.dir / ".state.json.tmp-abc123") << "half";
    std::ofstream(t.dir / ".state.json.tmp-toolongname") << "not ours";
    std::ofstream(t.dir / "other.json") << "{}";
    CHECK(platform::remove_orphaned_temp_files(file) == 1);
    CHECK_FALSE(fs::exists(t.dir / ".state.json.tmp-abc123"));
    CHECK(fs::exists(t.dir / ".state.json.tmp-toolongname"));
    CHECK(fs::exists(t.dir / "other.json"));
}

TEST_CASE("files: capped reads take regular files only and never read past the cap") {
    TempDir t;
    CHECK(platform::read_regular_file_capped(t.dir / "missing.toml", 100).status == ReadStatus::missing);
    CHECK(platform::read_regular_file_capped(t.dir / "no" / "folder.toml", 100).status == ReadStatus::missing);
    const auto dir = platform::read_regular_file_capped(t.dir, 100);
    CHECK(dir.status == ReadStatus::not_regular);
    CHECK(dir.detail == "a directory");
    std::ofstream(t.dir / "ten.txt") << "0123456789";
    const auto ok = platform::read_regular_file_capped(t.dir / "ten.txt", 10);
    CHECK(ok.status == ReadStatus::ok);
    CHECK(ok.text == "0123456789");
    CHECK(platform::read_regular_file_capped(t.dir / "ten.txt", 9).status == ReadStatus::too_large);
    // Devices and pipes are refused without blocking.
    CHECK(platform::read_regular_file_capped("NUL", 100).status == ReadStatus::not_regular);
    CHECK(platform::read_regular_file_capped(L"\\\\.\\pipe\\respite-no-such-pipe", 100).status ==
          ReadStatus::not_regular);
}

TEST_CASE("files: a file can be moved aside over an existing one") {
    TempDir t;
    std::ofstream(t.dir / "a") << "A";
    std::ofstream(t.dir / "b") << "B";
    CHECK(platform::move_file(t.dir / "a", t.dir / "b") == "");
    CHECK(slurp(t.dir / "b") == "A");
    CHECK(platform::move_file(t.dir / "a", t.dir / "c").find("cannot move it aside") != std::string::npos);
}

TEST_CASE("paths: %APPDATA% and %LOCALAPPDATA% when set, the Known Folders otherwise") {
    {
        EnvVar app(L"APPDATA", L"C:\\respite-test\\Roaming");
        EnvVar local(L"LOCALAPPDATA", L"C:\\respite-test\\Local");
        const auto dirs = platform::user_dirs();
        CHECK(dirs.config_home == fs::path(L"C:\\respite-test\\Roaming"));
        CHECK(dirs.state_home == fs::path(L"C:\\respite-test\\Local"));
        CHECK(dirs.data_home == fs::path(L"C:\\respite-test\\Local")); // the history never roams
        CHECK(dirs.runtime_dir.empty());                               // the control channel is a pipe, no folder
    }
    {
        EnvVar app(L"APPDATA", nullptr);
        EnvVar local(L"LOCALAPPDATA", L"relative\\is\\ignored");
        const auto dirs = platform::user_dirs();
        CHECK(dirs.config_home.is_absolute());
        CHECK(dirs.state_home.is_absolute());
        CHECK(dirs.data_home == dirs.state_home);
        CHECK(dirs.config_home != dirs.state_home);
        REQUIRE(dirs.config_dirs.size() == 1);
        CHECK(dirs.config_dirs[0].is_absolute());
    }
}

TEST_CASE("watch: a write, a replacement by rename and a folder that appears later are all seen") {
    TempDir t;
    const fs::path file = t.dir / "later" / "config.toml";
    boost::asio::io_context io;
    int changes = 0;
    bool seen = false;
    auto watch = watch_file(io, file, [&] {
        ++changes;
        seen = true;
    });
    REQUIRE(watch != nullptr);
    io.run_for(std::chrono::milliseconds(50));
    fs::create_directories(file.parent_path());
    CHECK(run_until(io, seen)); // the folder appeared in its parent
    seen = false;
    std::ofstream(file) << "a = 1\n";
    CHECK(run_until(io, seen));
    seen = false;
    std::ofstream(t.dir / "later" / "config.toml.new") << "a = 2\n";
    seen = false;
    REQUIRE(platform::move_file(t.dir / "later" / "config.toml.new", file) == "");
    CHECK(run_until(io, seen));
    // Other files of the folder do not count.
    seen = false;
    std::ofstream(t.dir / "later" / "unrelated.txt") << "x";
    io.restart();
    io.run_for(std::chrono::milliseconds(300));
    CHECK_FALSE(seen);
    watch->stop();
    const int before = changes;
    std::ofstream(file) << "a = 3\n";
    io.restart();
    io.run_for(std::chrono::milliseconds(300));
    CHECK(changes == before);
}

TEST_CASE("time zones: the database is tzdata\\ beside the program") {
    wchar_t self[MAX_PATH];
    REQUIRE(GetModuleFileNameW(nullptr, self, MAX_PATH) > 0);
    CHECK(platform::bundled_time_zones() == fs::path(self).parent_path() / "tzdata");
}

TEST_CASE("console: with a console, its output code page is UTF-8 afterwards") {
    const UINT before = GetConsoleOutputCP();
    platform::use_utf8_console();
    if (before == 0) {
        MESSAGE("no console attached (output redirected): nothing to change");
        CHECK(GetConsoleOutputCP() == 0);
        return;
    }
    CHECK(GetConsoleOutputCP() == CP_UTF8);
}
