#pragma once
// Whether the tray app starts when this user logs in (DESIGN.md §5, issue 9): an OS-neutral port. On Linux and
// other XDG desktops it is the Desktop Application Autostart Specification (posix/autostart_xdg_posix.cpp): an
// entry for every user (the package installs it) and the user's own entry of the same name, which hides it
// (Hidden=true) or starts the app where there is none. Windows will use the Run keys (HKLM for every user, HKCU for
// one) in platform/windows/. GUI-free: the command line links it (respite_platform_base).
#include "platform/paths.h"

#include <filesystem>
#include <string>

namespace respite::platform {

/// Which entry decides whether the app starts at login.
enum class AutostartSource {
    none,            ///< no entry at all: it does not start
    system_entry,    ///< the entry for every user: it starts
    system_disabled, ///< the entry for every user, disabled there
    user_entry,      ///< the user's own entry: it starts
    user_opt_out,    ///< the user's own entry, hiding the one for every user
};

/// Whether the app starts at login, and which entry says so.
struct AutostartState {
    bool starts = false;
    AutostartSource source = AutostartSource::none;
    std::string where; ///< the deciding entry (a file, a registry value) for messages; empty with `none`
};

/// What reading the entries found.
struct AutostartReading {
    AutostartState state;
    std::string error; ///< non-empty: an entry that could not be read, named (`state` then says nothing)
};

/// Reads this user's autostart entries (`dirs`: user_dirs(), or a test's folders).
AutostartReading read_autostart(const UserDirs& dirs);

/// Makes the app start at login for this user (`starts`) or not, changing only the user's own entry: removed when
/// the entry for every user already does what is wanted, else written (running `app`). Error line naming the entry,
/// or "".
std::string write_autostart(const UserDirs& dirs, bool starts, const std::filesystem::path& app);

} // namespace respite::platform
