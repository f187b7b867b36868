#pragma once
// `respite autostart on|off|status` (issue 9): whether the tray app starts at login, by the XDG autostart spec.
// The package installs <config dir>/autostart/respite.desktop for every user; a user opts out with an entry of
// the same name in $XDG_CONFIG_HOME/autostart holding Hidden=true, and in again by removing it.
#include "app/cli/commands.h"
#include "core/config/config_loader.h"

#include <filesystem>
#include <iosfwd>
#include <string>
#include <string_view>
#include <vector>

namespace respite::cli {

/// Where autostart entries live, and what a user's own entry starts.
struct AutostartPlaces {
    std::vector<std::filesystem::path> config_dirs; ///< $XDG_CONFIG_DIRS, most important first (system entries)
    std::filesystem::path config_home;              ///< $XDG_CONFIG_HOME (the user's entry)
    std::string app_exec;                           ///< the tray app, for an entry written when none is installed
};

/// `respite autostart on|off|status` (`word`); `config` gives the app.autostart key (a policy lock refuses a change).
int autostart(std::string_view word, const AutostartPlaces& places, const ConfigPaths& config, std::ostream& out,
              std::ostream& err);
/// Declares the `autostart` subcommand.
void add_autostart_command(CLI::App& app, Action& action, std::ostream& out, std::ostream& err);

} // namespace respite::cli
