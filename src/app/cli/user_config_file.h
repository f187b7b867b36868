#pragma once
// Changing one key of the user's config file from the command line or the settings dialog: comments and other
// lines are kept, the edit is checked against every layer first, and the file is replaced atomically.
#include "core/config/config_loader.h"
#include "core/config/settings_table.h"

#include <optional>
#include <string>
#include <string_view>

namespace respite {

/// Sets `key` to `value` in paths.user_file (created when missing). Refuses a key locked by policy or a value that
/// breaks a rule with the other layers. Returns an error line, or an empty string on success.
std::string set_user_value(const ConfigPaths& paths, std::string_view key, const SettingValue& value);
/// Removes `key` from paths.user_file so the layers below decide again. Error line, or empty on success.
std::string unset_user_value(const ConfigPaths& paths, std::string_view key);
/// The current text of a config file (empty when it does not exist); nullopt with `error` set when it is not a
/// readable regular file of at most 1 MiB.
std::optional<std::string> read_text_file(const std::filesystem::path& file, std::string& error);

} // namespace respite
