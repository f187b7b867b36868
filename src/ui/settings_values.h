#pragma once
// The Settings dialog's values (settings_dialog.cpp): what it shows when it opens, in which order of pages, and the
// writer it falls back on when the app passes none.
#include "core/config/config_loader.h"
#include "core/config/settings_table.h"
#include "core/settings.h"

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace respite::ui {

/// Replaces `file` with `text` (temp file + rename, so a crash never leaves half a file); an error or nullopt.
std::optional<std::string> fallback_save(const std::filesystem::path& file, const std::string& text);

/// The values the dialog starts with: the loaded settings, or, when the user file is not in use (it breaks a
/// rule), that file's values as written over them, so the user repairs what the file says.
Settings shown_settings(const ConfigPaths& paths, const LoadedConfig& loaded);

/// The table's keys in the order of the dialog's pages: the table's, with Startup (the login switch, not a line
/// of the config file) last, however many sections come after it in the table.
std::vector<const SettingInfo*> page_order();

} // namespace respite::ui
