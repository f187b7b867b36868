// The file port (platform/file_io.h) against hostile files (issue 16 item 6): a FIFO, a link to /dev/zero and a
// huge file never block or exhaust memory; the config layers and `respite config set` refuse them by name.
#include "app/cli/user_config_file.h"
#include "core/config/config_loader.h"
#include "platform/file_io.h"

#include <doctest/doctest.h>

#include <sys/stat.h>

#include <fstream>
#include <future>

using namespace respite;
namespace fs = std::filesystem;
using namespace std::chrono_literals;

namespace {
struct Dir {
    fs::path path;
    Dir() {
        std::string tmpl = (fs::temp_directory_path() / "respite-hostile-XXXXXX").string();
        REQUIRE(mkdtemp(tmpl.data()) != nullptr);
        path = tmpl;
    }
    ~Dir() {
        std::error_code ec;
        fs::remove_all(path, ec);
    }
};

FileRead read_within(const fs::path& p, std::size_t cap) {
    auto reading = std::async(std::launch::async, [&] { return platform::read_regular_file_capped(p, cap); });
    REQUIRE(reading.wait_for(5s) == std::future_status::ready);
    return reading.get();
}

unsigned mode_of(const fs::path& p) {
    return static_cast<unsigned>(fs::status(p).permissions()) & 0777U;
}
} // namespace

TEST_CASE("regression: the capped reader refuses a FIFO, /dev/zero and a huge file at once") {
    Dir d;
    const auto fifo = d.path / "fifo";
    REQUIRE(::mkfifo(fifo.c_str(), 0600) == 0);
    auto r = read_within(fifo, 1024);
    CHECK(r.status == ReadStatus::not_regular);
    CHECK(r.detail == "a named pipe (FIFO)");

    fs::create_symlink("/dev/zero", d.path / "zero");
    r = read_within(d.path / "zero", 1024);
    CHECK(r.status == ReadStatus::not_regular);
    CHECK(r.detail == "a device");

    {
        std::ofstream big(d.path / "big", std::ios::binary);
        big.seekp(2 * 1024 * 1024);
        big << 'x';
    }
    CHECK(read_within(d.path / "big", 1024 * 1024).status == ReadStatus::too_large);
    CHECK(read_within(d.path / "missing", 1024).status == ReadStatus::missing);

    std::ofstream(d.path / "ok") << "hello";
    r = read_within(d.path / "ok", 5);
    CHECK(r.status == ReadStatus::ok);
    CHECK(r.text == "hello");
    CHECK(read_within(d.path / "ok", 4).status == ReadStatus::too_large);
}

TEST_CASE("regression: a FIFO as config.toml or policy.toml does not block loading, the policy one fails closed") {
    Dir d;
    auto paths = config_paths({d.path / "etc"}, d.path / "home");
    paths.read = platform::read_regular_file_capped;
    fs::create_directories(paths.user_file.parent_path());
    REQUIRE(::mkfifo(paths.user_file.c_str(), 0600) == 0);
    auto loading = std::async(std::launch::async, [&] { return load_config(paths); });
    REQUIRE(loading.wait_for(5s) == std::future_status::ready);
    const auto user = loading.get();
    REQUIRE(user.diagnostics.size() == 1);
    CHECK(format_diagnostic(user.diagnostics[0]) ==
          paths.user_file.string() + ": error: is a named pipe (FIFO), not a regular file; not read");

    fs::create_directories(paths.policy_files[0].parent_path());
    fs::create_symlink("/dev/zero", paths.policy_files[0]);
    loading = std::async(std::launch::async, [&] { return load_config(paths); });
    REQUIRE(loading.wait_for(5s) == std::future_status::ready);
    const auto policy = loading.get();
    CHECK(policy.unread_policies == std::vector<std::string>{paths.policy_files[0].string()});
    CHECK(policy.locked("micro_break.every"));
}

TEST_CASE("regression: `config set` on a user file that is a FIFO refuses and leaves it alone") {
    Dir d;
    auto paths = config_paths({d.path / "etc"}, d.path / "home");
    fs::create_directories(paths.user_file.parent_path());
    REQUIRE(::mkfifo(paths.user_file.c_str(), 0600) == 0);
    auto setting = std::async(std::launch::async, [&] {
        return set_user_value(paths, "micro_break.every", SettingValue{Duration{std::chrono::minutes(25)}});
    });
    REQUIRE(setting.wait_for(5s) == std::future_status::ready);
    CHECK(setting.get() == paths.user_file.string() + ": is a named pipe (FIFO), not a regular file; not read");
    CHECK(fs::is_fifo(paths.user_file));
}

TEST_CASE("atomic writes: new files get the asked access, existing ones keep theirs, a symlink's target is replaced") {
    Dir d;
    CHECK(platform::write_file_atomic(d.path / "sub" / "private", "a").empty());
    CHECK(mode_of(d.path / "sub" / "private") == 0600U);
    CHECK(platform::write_file_atomic(d.path / "shared", "a", platform::FileAccess::world_readable).empty());
    CHECK(mode_of(d.path / "shared") == 0644U);
    fs::permissions(d.path / "shared", fs::perms::owner_read | fs::perms::owner_write | fs::perms::group_read);
    CHECK(platform::write_file_atomic(d.path / "shared", "b").empty());
    CHECK(mode_of(d.path / "shared") == 0640U);
    fs::create_symlink(d.path / "shared", d.path / "link");
    CHECK(platform::write_file_atomic(d.path / "link", "c").empty());
    CHECK(fs::is_symlink(d.path / "link"));
    CHECK(read_within(d.path / "shared", 10).text == "c");
    CHECK(platform::remove_orphaned_temp_files(d.path / "shared") == 0);
}

TEST_CASE("atomic writes that skip the folder's flush (a checkpoint) still create, replace and keep the mode") {
    Dir d;
    const auto file = d.path / "state" / "state.json";
    CHECK(platform::write_file_atomic(file, "one", platform::FileAccess::owner_only, platform::Flush::contents_only)
              .empty());
    CHECK(mode_of(file) == 0600U);
    fs::permissions(file, fs::perms::owner_read | fs::perms::owner_write | fs::perms::group_read);
    CHECK(platform::write_file_atomic(file, "two", platform::FileAccess::owner_only, platform::Flush::contents_only)
              .empty());
    CHECK(read_within(file, 10).text == "two");
    CHECK(mode_of(file) == 0640U);
    CHECK(platform::remove_orphaned_temp_files(file) == 0); // no temp file left behind
    // A failure is reported as with the full flush, and the old file stays: the folder is a file here.
    const auto error = platform::write_file_atomic(file / "inner", "x", platform::FileAccess::owner_only,
                                                   platform::Flush::contents_only);
    CHECK(error.find(file.string()) != std::string::npos);
    CHECK(read_within(file, 10).text == "two");
}
