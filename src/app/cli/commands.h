#pragma once
// The subcommands of `respite` (DESIGN.md §6), one function each. Exit codes: 0 ok, 1 refused / app not
// running, 2 usage or input error.
#include <iosfwd>
#include <optional>
#include <span>
#include <string_view>

namespace respite::cli {

/// Arguments after the subcommand name.
using Args = std::span<const std::string_view>;

/// `respite plan ...`: the engine on simulated time.
int plan(Args args, std::ostream& out, std::ostream& err);
/// `respite config check|show ...`.
int config(Args args, std::ostream& out, std::ostream& err);
/// `respite --help` text.
void print_help(std::ostream& out);
/// The live subcommands (status, pause, resume, break, breathe, focus, reload, quit) over the control socket;
/// nullopt when `cmd` is not one of them.
std::optional<int> live(std::string_view cmd, Args args, std::ostream& out, std::ostream& err);
/// Asks a running app to show its menu or status; true when one answered.
bool show_running_app();

} // namespace respite::cli
