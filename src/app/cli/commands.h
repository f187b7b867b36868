#pragma once
// The subcommands of `respite` (DESIGN.md §6) on CLI11. Each add_* function declares its subcommands; the one
// chosen sets `action`, which runs once the whole command line parsed. Exit codes: 0 ok, 1 refused / app not
// running, 2 usage or input error.
#include <functional>
#include <iosfwd>

namespace CLI {
class App;
}

namespace respite::cli {

inline constexpr int exit_ok = 0;
inline constexpr int exit_refused = 1;
inline constexpr int exit_usage = 2;

/// What the chosen subcommand does; returns the exit code.
using Action = std::function<int()>;

/// status, pause, resume, break, breathe, focus, reading, reload, quit: one request each over the control socket.
void add_live_commands(CLI::App& app, Action& action, std::ostream& out, std::ostream& err);
/// plan: the engine on simulated time.
void add_plan_command(CLI::App& app, Action& action, std::ostream& out, std::ostream& err);
/// config check|show|set|unset.
void add_config_command(CLI::App& app, Action& action, std::ostream& out, std::ostream& err);
/// stats, history export|delete: offline, from the history file (or a one-line refusal in a build without it).
void add_history_commands(CLI::App& app, Action& action, std::ostream& out, std::ostream& err);

/// The whole command line: runs the subcommand; without one, starts the tray app or shows the running one.
int run(int argc, const char* const* argv, std::ostream& out, std::ostream& err);
/// Asks a running app to show its menu or status; true when one answered.
bool show_running_app();

} // namespace respite::cli
