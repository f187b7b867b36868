#pragma once
// Starting Respite at login, as `respite autostart on|off|status` and the Settings switch both do it (issue 9): the
// entries (platform/autostart.h) under an administrator's app.autostart policy, which may lock them. GUI-free.
#include "core/config/config_loader.h"
#include "platform/autostart.h"

#include <filesystem>
#include <optional>
#include <string>

namespace respite {

/// Where the autostart entries are, and what a user's own entry starts.
struct AutostartPlaces {
    platform::UserDirs dirs;   ///< the folders whose entries count (user_dirs(), or a test's)
    std::filesystem::path app; ///< the tray app, for an entry written when none is installed for every user
};

/// This process's places: its user's folders; the tray app beside this executable, else where it is installed.
AutostartPlaces current_autostart_places();

/// app.autostart as an administrator's policy locks it.
struct AutostartLock {
    bool value = true;
    std::string file;       ///< the policy file that sets it
    std::string unreadable; ///< non-empty: a policy file that could not be read, so every key is locked
};

/// The lock on app.autostart in the layers of `config`, if any.
std::optional<AutostartLock> autostart_lock(const ConfigPaths& config);
/// Why turning autostart on (`wanted`) or off is refused under `lock`, or "" when it is allowed. English.
std::string autostart_refusal(const std::optional<AutostartLock>& lock, bool wanted);
/// Which entry decides, in words for the command line: "system-wide entry /etc/xdg/autostart/respite.desktop".
std::string autostart_reason(const platform::AutostartState& state);

/// How a change ended.
enum class AutostartOutcome {
    done,    ///< the entries now say what was wanted (perhaps they already did)
    refused, ///< the administrator's policy locks the other way
    failed,  ///< an entry could not be read or written
};

/// The result of change_autostart().
struct AutostartChange {
    AutostartOutcome outcome = AutostartOutcome::done;
    std::string message;            ///< refused or failed: why, naming the policy file or the entry
    platform::AutostartState state; ///< done: the state afterwards, read back
};

/// Turns starting at login on (`wanted`) or off for this user, unless `config`'s policy locks it the other way.
AutostartChange change_autostart(const AutostartPlaces& places, const ConfigPaths& config, bool wanted);

} // namespace respite
