#pragma once
// `respite autostart on|off|status` (issue 9): whether the tray app starts at login. The decision is shared with
// the Settings switch (app/autostart.h); the entries are the OS's (platform/autostart.h: XDG autostart on Linux).
#include "app/autostart.h"
#include "app/cli/commands.h"
#include "core/config/config_loader.h"

#include <iosfwd>
#include <string_view>

namespace respite::cli {

/// `respite autostart on|off|status` (`word`); `config` gives the app.autostart key (a policy lock refuses a change).
int autostart(std::string_view word, const AutostartPlaces& places, const ConfigPaths& config, std::ostream& out,
              std::ostream& err);
/// Declares the `autostart` subcommand.
void add_autostart_command(CLI::App& app, Action& action, std::ostream& out, std::ostream& err);

} // namespace respite::cli
