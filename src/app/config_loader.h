#pragma once
// Reads the configuration layers (DESIGN.md §5) for the app: at start-up and on reload.
#include "app/control.h"
#include "core/config/config_loader.h"

#include <optional>

#include <filesystem>
#include <string>

namespace respite::app {

/// Start-up load: always yields settings (an invalid file is skipped); `error` tells the user what was skipped.
struct StartupConfig {
    Settings settings;
    std::string error;        ///< "file:line:column: message" lines of the user's files; empty when all is well
    std::string policy_error; ///< the administrator's policy could not be read: which file and why; else empty
};

/// Loads every layer for start-up.
StartupConfig load_startup_config();
/// Loads every layer for a reload: settings only when every file is valid.
ReloadOutcome load_reload_config();
/// The user's config file (`$XDG_CONFIG_HOME/respite/config.toml`).
std::filesystem::path user_config_path();

/// The layer files under the XDG directories of this session.
ConfigPaths current_config_paths();
/// Writes the user config file atomically (the settings dialog's SaveFile): an error line, or nullopt.
std::optional<std::string> write_user_config(const std::filesystem::path& file, const std::string& text);

} // namespace respite::app
