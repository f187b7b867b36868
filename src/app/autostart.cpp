// The one place that decides an autostart change, for the command line and the Settings dialog alike.
#include "app/autostart.h"

#include "app/cli/launch_app.h"

namespace respite {

AutostartPlaces current_autostart_places() {
    // A user entry written when no system-wide one exists starts the tray app where it is installed.
    const auto app = cli::find_tray_app(RESPITE_LIBEXEC_DIR);
    return {platform::user_dirs(), app ? *app : std::filesystem::path(RESPITE_LIBEXEC_DIR "/respite-app")};
}

std::optional<AutostartLock> autostart_lock(const ConfigPaths& config) {
    const auto loaded = load_config(config);
    const Origin* origin = loaded.origin("app.autostart");
    if (origin == nullptr || !origin->locked)
        return std::nullopt;
    return AutostartLock{loaded.settings.app.autostart, origin->file, origin->unread_policy};
}

std::string autostart_refusal(const std::optional<AutostartLock>& lock, bool wanted) {
    if (!lock)
        return {};
    if (!lock->unreadable.empty())
        return "autostart is locked: the administrator's policy " + lock->unreadable + " could not be read";
    if (lock->value == wanted)
        return {};
    return "the administrator's policy (" + lock->file + ") sets app.autostart = " +
           (lock->value ? "true: Respite starts at login on this machine"
                        : "false: Respite does not start at login on this machine");
}

std::string autostart_reason(const platform::AutostartState& state) {
    using platform::AutostartSource;
    switch (state.source) {
    case AutostartSource::user_entry:
        return "your entry " + state.where;
    case AutostartSource::user_opt_out:
        return "you opted out: " + state.where + " hides the system-wide entry";
    case AutostartSource::system_entry:
        return "system-wide entry " + state.where;
    case AutostartSource::system_disabled:
        return "the system-wide entry is disabled: " + state.where;
    case AutostartSource::none:
        break;
    }
    return "no autostart entry is installed";
}

AutostartChange change_autostart(const AutostartPlaces& places, const ConfigPaths& config, bool wanted) {
    const auto before = platform::read_autostart(places.dirs);
    if (!before.error.empty())
        return {AutostartOutcome::failed, before.error, {}};
    if (const auto why_not = autostart_refusal(autostart_lock(config), wanted); !why_not.empty())
        return {AutostartOutcome::refused, why_not, before.state};
    if (before.state.starts == wanted)
        return {AutostartOutcome::done, {}, before.state};
    if (const auto error = platform::write_autostart(places.dirs, wanted, places.app); !error.empty())
        return {AutostartOutcome::failed, error, before.state};
    const auto after = platform::read_autostart(places.dirs);
    if (!after.error.empty())
        return {AutostartOutcome::failed, after.error, {}};
    return {AutostartOutcome::done, {}, after.state};
}

} // namespace respite
