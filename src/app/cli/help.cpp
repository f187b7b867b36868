#include "app/cli/commands.h"

#include <ostream>

namespace respite::cli {

void print_help(std::ostream& out) {
    out << R"(usage: respite [COMMAND] [OPTIONS]

Without a command, starts the tray app (a second start shows the running app's menu).

Commands that talk to the running app:
  status [--json]              what Respite knows now: next breaks, pause, focus, workday
  pause DURATION               pause prompts and counting, e.g. `pause 30m`
  pause --until HH:MM          ... until a time today (or tomorrow, if it has passed)
  pause --tomorrow             ... until the next workday starts
  resume                       end a pause
  break [micro|rest]           take a break now (default: micro)
  breathe [--minutes N] [--pattern box|4-7-8|coherent]
                               open guided breathing
  focus start|stop             start or stop a focus session
  reload                       re-read the configuration files
  quit                         stop the running app

Offline commands:
  plan [--config FILE] [--from ISO8601] [--hours N] [--activity CSV]
       [--respond take|postpone|skip] [--json]
                               run the real engine on simulated time and print the timeline.
                               CSV lines: START,END,STATE (ISO-8601 with offset; STATE is
                               active, idle, away or busy); uncovered time is away. Without
                               --activity the user is continuously active.
  config check [FILE]          validate the configuration (all layers, or one FILE)
  config show [--json]         effective settings with their source layer and lock flag
  config set KEY VALUE         change one key in your config file (comments are kept)
  config unset KEY             remove a key from your config file
  autostart on|off|status      start the tray app when you log in, or not
  --version                    print the version
  --help                       print this help

Exit codes: 0 ok, 1 app not running or operation refused, 2 usage or input error.
)";
}

} // namespace respite::cli
