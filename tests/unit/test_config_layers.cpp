// Layer precedence and locking (DESIGN.md §5): built-in < defaults.toml < user config.toml < policy.toml.
#include "test_config_support.h"

#include <doctest/doctest.h>

using namespace respite;
using namespace respite::test;
using namespace std::chrono_literals;
using Lines = std::vector<std::string>;

namespace {

// Two XDG_CONFIG_DIRS entries (first = most important) and a config home, under one temp folder.
struct Tree {
    TempDir dir;
    std::filesystem::path first = dir.path() / "etc1";
    std::filesystem::path second = dir.path() / "etc2";
    std::filesystem::path home = dir.path() / "home";
    ConfigPaths paths() const { return config_paths({first, second}, home); }
    std::string put(const std::filesystem::path& base, const std::string& name, const std::string& text) const {
        return dir.write(std::filesystem::relative(base / "respite" / name, dir.path()).string(), text).string();
    }
};

} // namespace

TEST_CASE("config layers: paths follow the XDG layout") {
    const auto p = config_paths({"/a", "/b"}, "/home/u/.config");
    CHECK(p.defaults_files ==
          std::vector<std::filesystem::path>{"/a/respite/defaults.toml", "/b/respite/defaults.toml"});
    CHECK(p.policy_files == std::vector<std::filesystem::path>{"/a/respite/policy.toml", "/b/respite/policy.toml"});
    CHECK(p.user_file == "/home/u/.config/respite/config.toml");
}

TEST_CASE("config layers: nothing on disk means the built-ins") {
    Tree t;
    const auto r = load_config(t.paths());
    CHECK(r.ok());
    CHECK(r.diagnostics.empty());
    CHECK(r.files.empty());
    CHECK(r.settings.micro_break.every == 20min);
    for (const auto& o : r.origins) {
        CHECK(o.layer == Layer::builtin);
        CHECK_FALSE(o.locked);
    }
}

TEST_CASE("config layers: each layer overrides the ones below, the first XDG dir is most important") {
    Tree t;
    const auto d2 = t.put(t.second, "defaults.toml", "[micro_break]\nevery = \"30m\"\nduration = \"30s\"\n");
    const auto d1 = t.put(t.first, "defaults.toml", "[micro_break]\nevery = \"25m\"\n[focus]\nwork = \"40m\"\n");
    const auto user = t.put(t.home, "config.toml", "[focus]\nwork = \"45m\"\n[prompts]\nheads_up = \"5s\"\n");
    const auto p2 = t.put(t.second, "policy.toml", "[prompts]\nstrict = true\nheads_up = \"20s\"\n");
    const auto p1 = t.put(t.first, "policy.toml", "[prompts]\nheads_up = \"15s\"\n");
    const auto r = load_config(t.paths());
    CHECK(r.ok());
    CHECK(r.files == std::vector<std::string>{d2, d1, user, p2, p1});
    CHECK(r.settings.micro_break.every == 25min);
    CHECK(r.origin("micro_break.every")->file == d1);
    CHECK(r.settings.micro_break.duration == 30s);
    CHECK(r.origin("micro_break.duration")->layer == Layer::defaults);
    CHECK(r.origin("micro_break.duration")->file == d2);
    CHECK(r.settings.focus.work == 45min);
    CHECK(r.origin("focus.work")->layer == Layer::user);
    CHECK(r.origin("focus.work")->file == user);
    CHECK_FALSE(r.locked("focus.work"));
    CHECK(r.settings.prompts.strict);
    CHECK(r.locked("prompts.strict"));
    CHECK(r.origin("prompts.strict")->file == p2);
    CHECK(r.settings.prompts.heads_up == 15s);
    CHECK(r.origin("prompts.heads_up")->layer == Layer::policy);
    CHECK(r.origin("prompts.heads_up")->file == p1);
    CHECK(r.locked("prompts.heads_up"));
    CHECK(lines(r.diagnostics) == Lines{user + ":4:1: warning: 'prompts.heads_up' is locked by policy (" + p1 +
                                        "); the value set here is ignored"});
}

TEST_CASE("config layers: an invalid user file is reported and ignored as a whole") {
    Tree t;
    t.put(t.first, "defaults.toml", "[rest_break]\nevery = \"1h\"\n");
    const auto user = t.put(t.home, "config.toml", "[focus]\nwork = \"45m\"\n[rest_break]\nevery = \"1x\"\n");
    const auto r = load_config(t.paths());
    CHECK_FALSE(r.ok());
    CHECK(r.user_file_ignored);
    CHECK(lines(r.diagnostics) ==
          Lines{user +
                R"(:4:9: error: 'rest_break.every': malformed duration "1x" (use e.g. "20s", "5m", "1h30m", or "0"))"});
    CHECK(r.settings.focus.work == 25min);
    CHECK(r.settings.rest_break.every == 1h);
    CHECK(r.origin("rest_break.every")->layer == Layer::defaults);
}

TEST_CASE("config layers: an invalid defaults file is ignored, the others still apply") {
    Tree t;
    const auto bad = t.put(t.first, "defaults.toml", "[focus\n");
    t.put(t.second, "defaults.toml", "[focus]\nwork = \"30m\"\n");
    const auto r = load_config(t.paths());
    CHECK(lines(r.diagnostics) == Lines{bad + ":1:7: error: bad TOML in table header: expected ']', saw '\\n'"});
    CHECK(r.settings.focus.work == 30min);
}

TEST_CASE("config layers: a policy file with an error still locks its valid keys, and fails closed on the bad one") {
    Tree t;
    const auto policy = t.put(t.first, "policy.toml", "[prompts]\nstrict = true\npostpone = \"1s\"\n");
    const auto user = t.put(t.home, "config.toml", "[prompts]\nstrict = false\npostpone = \"30m\"\n");
    const auto r = load_config(t.paths());
    CHECK_FALSE(r.ok());
    CHECK(r.settings.prompts.strict);
    CHECK(r.locked("prompts.strict"));
    // The administrator meant to lock it: the user's value is not taken, the layers below the user decide.
    CHECK(r.locked("prompts.postpone"));
    CHECK(r.origin("prompts.postpone")->unread_policy == policy);
    CHECK(r.origin("prompts.postpone")->layer == Layer::builtin);
    CHECK(r.settings.prompts.postpone == Settings{}.prompts.postpone);
    CHECK(r.unread_policies.empty()); // the file itself was read
    CHECK(lines(r.diagnostics) ==
          Lines{user + ":2:1: warning: 'prompts.strict' is locked by policy (" + policy +
                    "); the value set here is ignored",
                user + ":3:1: warning: 'prompts.postpone' may be locked: the administrator's policy (" + policy +
                    ") could not be read; the value set here is ignored",
                policy + ":3:12: error: 'prompts.postpone' must be between 1m and 2h (got 1s)"});
}

TEST_CASE("config layers: a policy with a syntax error fails closed: the user file is ignored, every key locked") {
    Tree t;
    const auto policy = t.put(t.first, "policy.toml", "[prompts\nstrict = true\n");
    t.put(t.second, "defaults.toml", "[micro_break]\nevery = \"25m\"\n");
    const auto user = t.put(t.home, "config.toml", "[micro_break]\nevery = \"40m\"\n[prompts]\nstrict = false\n");
    const auto r = load_config(t.paths());
    CHECK_FALSE(r.ok());
    CHECK(r.unread_policies == std::vector<std::string>{policy});
    CHECK(r.user_file_ignored);
    CHECK(r.settings.micro_break.every == 25min); // the admin defaults still apply
    CHECK(r.origin("micro_break.every")->layer == Layer::defaults);
    for (const auto& info : settings_table()) {
        CHECK(r.locked(info.key));
        CHECK(r.origin(info).unread_policy == policy);
    }
    CHECK(lines(r.diagnostics) == Lines{user + ": warning: not applied: the administrator's policy (" + policy +
                                            ") could not be read, so any setting may be locked",
                                        policy + ":1:9: error: bad TOML in table header: expected ']', saw '\\n'"});
}

TEST_CASE("config layers: an unreadable or odd policy file fails closed, named in the error") {
    Tree t;
    const auto policy = t.put(t.first, "policy.toml", "[prompts]\nstrict = true\n");
    t.put(t.home, "config.toml", "[micro_break]\nevery = \"40m\"\n");
    auto paths = t.paths();
    paths.read = [&](const std::filesystem::path& p, std::size_t cap) {
        if (p.string() == policy)
            return FileRead{ReadStatus::unreadable, {}, "Permission denied"};
        return read_file_std(p, cap);
    };
    const auto r = load_config(paths);
    CHECK(r.unread_policies == std::vector<std::string>{policy});
    CHECK(r.user_file_ignored);
    CHECK(r.settings.micro_break.every == Settings{}.micro_break.every);
    CHECK(r.locked("micro_break.every"));
    CHECK(lines(r.diagnostics).back() == policy + ": error: cannot read: Permission denied");

    std::filesystem::remove(policy);
    std::filesystem::create_directories(policy); // a directory where the file should be: not read either
    const auto d = load_config(t.paths());
    CHECK(d.unread_policies == std::vector<std::string>{policy});
    CHECK(d.user_file_ignored);
}

TEST_CASE("config layers: a missing policy file locks nothing") {
    Tree t;
    t.put(t.home, "config.toml", "[micro_break]\nevery = \"40m\"\n");
    const auto r = load_config(t.paths());
    CHECK(r.ok());
    CHECK(r.unread_policies.empty());
    CHECK(r.settings.micro_break.every == 40min);
    CHECK_FALSE(r.locked("micro_break.every"));
}

TEST_CASE("config layers: cross-field rules are checked against the policy values") {
    Tree t;
    t.put(t.first, "policy.toml", "[micro_break]\nevery = \"10m\"\n");
    const auto user = t.put(t.home, "config.toml", "[micro_break]\nduration = \"15m\"\n[focus]\nwork = \"45m\"\n");
    const auto r = load_config(t.paths());
    CHECK(r.user_file_ignored);
    CHECK(lines(r.diagnostics) ==
          Lines{user + ":2:12: error: 'micro_break.duration' (15m) must be shorter than 'micro_break.every' (10m)"});
    CHECK(r.settings.micro_break.every == 10min);
    CHECK(r.settings.micro_break.duration == 20s);
    CHECK(r.settings.focus.work == 25min);
}

TEST_CASE("config layers: a policy value at odds with the defaults is dropped and reported") {
    Tree t;
    t.put(t.second, "defaults.toml", "[micro_break]\nduration = \"10m\"\n");
    const auto policy = t.put(t.first, "policy.toml", "[micro_break]\nevery = \"5m\"\n[prompts]\nstrict = true\n");
    const auto r = load_config(t.paths());
    CHECK(lines(r.diagnostics) ==
          Lines{policy + ":2:9: error: 'micro_break.duration' (10m) must be shorter than 'micro_break.every' (5m)"});
    CHECK(r.settings.micro_break.every == 20min);
    CHECK_FALSE(r.locked("micro_break.every"));
    CHECK(r.locked("prompts.strict"));
}

TEST_CASE("config layers: a single file over the built-ins") {
    TempDir dir;
    const auto f = dir.write("plan.toml", "[micro_break]\nevery = \"30m\"\n");
    const auto r = load_config_file(f, Layer::policy);
    CHECK(r.ok());
    CHECK(r.settings.micro_break.every == 30min);
    CHECK(r.locked("micro_break.every"));
    CHECK(r.files == std::vector<std::string>{f.string()});
}

TEST_CASE("config layers: the sample file with every key loads cleanly and sets every key") {
    const auto r = load_config_file(RESPITE_TEST_DATA "/config/every_key.toml");
    CHECK(lines(r.diagnostics).empty());
    for (const auto& info : settings_table()) {
        CAPTURE(info.key);
        CHECK(r.origin(info).layer == Layer::user);
        CHECK(get_value(info, r.settings) == get_value(info, Settings{}));
    }
}
