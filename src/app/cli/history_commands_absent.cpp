// A build without the history store (the Windows cross build for now): `respite stats` and `respite history`
// exist, answer --help, and say in one line that history is not part of this build.
#include "app/cli/commands.h"
#include "app/cli/plan_history.h"

#include <CLI/CLI.hpp>

#include <ostream>

namespace respite::cli {
namespace {
constexpr const char* absent = "history is not part of this build";
}

void add_history_commands(CLI::App& app, Action& action, std::ostream&, std::ostream& err) {
    for (const char* name : {"stats", "history"}) {
        auto* sub = app.add_subcommand(name, std::string(name) + " (" + absent + ")");
        sub->allow_extras();
        sub->callback([&action, &err, name] {
            action = [&err, name] {
                err << "respite " << name << ": " << absent << "\n";
                return exit_refused;
            };
        });
    }
}

bool history_in_build() {
    return false;
}

std::unique_ptr<PlanRecorder> make_plan_recorder(const std::filesystem::path&, const LocalTime&, const Settings&,
                                                 std::string& error) {
    error = absent;
    return nullptr;
}

} // namespace respite::cli
