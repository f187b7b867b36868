// The autostart decision shared by `respite autostart` and the Settings switch (app/autostart.h, issue 9) over
// the XDG entries (platform/autostart.h) in a temporary tree: opting out and in, the user's own entry when none is
// installed for every user, the policy lock, and errors that name the file.
#include "app/autostart.h"

#include <doctest/doctest.h>

#include <cstdlib>
#include <fstream>
#include <sstream>

using namespace respite;
namespace fs = std::filesystem;

namespace {
struct Tree {
    fs::path root;
    AutostartPlaces places;
    ConfigPaths config;
    Tree() {
        std::string tmpl = (fs::temp_directory_path() / "respite-autostart-XXXXXX").string();
        REQUIRE(mkdtemp(tmpl.data()) != nullptr);
        root = tmpl;
        places.dirs.config_dirs = {root / "etc-xdg"};
        places.dirs.config_home = root / "home";
        places.app = "/opt/my apps/respite-app";
        config = config_paths(places.dirs.config_dirs, places.dirs.config_home);
    }
    ~Tree() {
        std::error_code ec;
        fs::remove_all(root, ec);
    }
    fs::path user_entry() const { return root / "home/autostart/respite.desktop"; }
    fs::path system_entry() const { return root / "etc-xdg/autostart/respite.desktop"; }
    static void write(const fs::path& file, const std::string& text) {
        fs::create_directories(file.parent_path());
        std::ofstream(file) << text;
    }
    void install() const { write(system_entry(), "[Desktop Entry]\nType=Application\nExec=respite-app\n"); }
    void policy(const std::string& text) const { write(root / "etc-xdg/respite/policy.toml", text); }
    std::string user_text() const {
        std::ifstream in(user_entry());
        std::ostringstream out;
        out << in.rdbuf();
        return out.str();
    }
};
} // namespace

TEST_CASE("autostart: off hides the entry for every user, on removes the opt-out again") {
    Tree t;
    t.install();
    CHECK(platform::read_autostart(t.places.dirs).state.starts);
    CHECK(autostart_reason(platform::read_autostart(t.places.dirs).state) ==
          "system-wide entry " + t.system_entry().string());

    auto off = change_autostart(t.places, t.config, false);
    REQUIRE(off.outcome == AutostartOutcome::done);
    CHECK_FALSE(off.state.starts);
    CHECK(off.state.source == platform::AutostartSource::user_opt_out);
    CHECK(t.user_text().find("\nHidden=true\n") != std::string::npos);

    auto on = change_autostart(t.places, t.config, true);
    REQUIRE(on.outcome == AutostartOutcome::done);
    CHECK(on.state.source == platform::AutostartSource::system_entry);
    CHECK_FALSE(fs::exists(t.user_entry()));
    // Asking for what already holds changes nothing.
    CHECK(change_autostart(t.places, t.config, true).outcome == AutostartOutcome::done);
    CHECK_FALSE(fs::exists(t.user_entry()));
}

TEST_CASE("autostart: without an entry for every user, on writes the user's own, quoting the program") {
    Tree t;
    CHECK(platform::read_autostart(t.places.dirs).state.source == platform::AutostartSource::none);
    auto on = change_autostart(t.places, t.config, true);
    REQUIRE(on.outcome == AutostartOutcome::done);
    CHECK(on.state.source == platform::AutostartSource::user_entry);
    const std::string text = t.user_text();
    CHECK(text.find("\nExec=\"/opt/my apps/respite-app\"\n") != std::string::npos);
    CHECK(text.find("Hidden") == std::string::npos);
    CHECK(change_autostart(t.places, t.config, false).outcome == AutostartOutcome::done);
    CHECK_FALSE(fs::exists(t.user_entry()));
}

TEST_CASE("autostart: a disabled entry for every user counts as off") {
    Tree t;
    Tree::write(t.system_entry(), "[Desktop Entry]\nExec=x\n[Other]\nHidden=true\n[Desktop Entry]\n"
                                  "X-GNOME-Autostart-enabled = false\n");
    const auto reading = platform::read_autostart(t.places.dirs);
    CHECK_FALSE(reading.state.starts);
    CHECK(reading.state.source == platform::AutostartSource::system_disabled);
    REQUIRE(change_autostart(t.places, t.config, true).outcome == AutostartOutcome::done);
    CHECK(platform::read_autostart(t.places.dirs).state.source == platform::AutostartSource::user_entry);
}

TEST_CASE("autostart: policy app.autostart = true refuses off, naming the policy file, and allows on") {
    Tree t;
    t.install();
    t.policy("[app]\nautostart = true\n");
    auto off = change_autostart(t.places, t.config, false);
    CHECK(off.outcome == AutostartOutcome::refused);
    CHECK(off.message.find("policy.toml") != std::string::npos);
    CHECK(off.message.find("app.autostart = true") != std::string::npos);
    CHECK_FALSE(fs::exists(t.user_entry()));
    // A hand-written opt-out: on (what the policy wants) is still allowed and removes it.
    Tree::write(t.user_entry(), "[Desktop Entry]\nHidden=true\n");
    CHECK(change_autostart(t.places, t.config, true).outcome == AutostartOutcome::done);
    CHECK_FALSE(fs::exists(t.user_entry()));
}

TEST_CASE("autostart: a policy that cannot be read locks it both ways") {
    Tree t;
    t.install();
    t.policy("[app\n");
    auto off = change_autostart(t.places, t.config, false);
    CHECK(off.outcome == AutostartOutcome::refused);
    CHECK(off.message.find("could not be read") != std::string::npos);
}

TEST_CASE("autostart: an entry that cannot be read or written fails with the file named") {
    Tree t;
    t.install();
    SUBCASE("a folder where the user's entry should be") {
        fs::create_directories(t.user_entry());
        const auto reading = platform::read_autostart(t.places.dirs);
        CHECK(reading.error.find(t.user_entry().string()) != std::string::npos);
        auto off = change_autostart(t.places, t.config, false);
        CHECK(off.outcome == AutostartOutcome::failed);
        CHECK(off.message.find(t.user_entry().string()) != std::string::npos);
    }
    SUBCASE("a file where the autostart folder should be") {
        Tree::write(t.root / "home/autostart", "not a folder\n");
        CHECK(platform::read_autostart(t.places.dirs).error.empty());
        auto off = change_autostart(t.places, t.config, false);
        CHECK(off.outcome == AutostartOutcome::failed);
        CHECK(off.message.find((t.root / "home/autostart").string()) != std::string::npos);
    }
}
