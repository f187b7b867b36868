#pragma once
// Edits the text of a configuration file one key at a time, keeping every comment and other line
// (the settings dialog saves through this; app/cli/user_config_file.h writes the result atomically).
#include "core/config/config_loader.h"
#include "core/config/settings_table.h"

#include <string>
#include <string_view>
#include <vector>

namespace respite {

/// The new text of a configuration file, or why it could not be produced.
struct TextEdit {
    std::string text;  ///< the whole new file when ok()
    std::string error; ///< one line naming the key; empty on success
    /// True when the edit succeeded.
    bool ok() const { return error.empty(); }
};

/// `text` with `key` set to `value`: the value is replaced in place when the key is present, else a line is added
/// at the end of its [section], else the section is appended. Checks the value first; refuses a file whose TOML
/// does not parse.
TextEdit set_value_in_text(std::string_view text, std::string_view key, const SettingValue& value);
/// `text` without `key`, so the layers below decide again; the text is unchanged when the key is not set.
TextEdit remove_value_in_text(std::string_view text, std::string_view key);
/// The errors saving `text` as paths.user_file would bring: any error in that file (syntax, values, cross-field
/// rules with every layer) and any new one it causes elsewhere. Empty when the saved file would be valid; the
/// dialog and `respite config set` both refuse to write otherwise.
std::vector<Diagnostic> user_text_errors(const ConfigPaths& paths, std::string_view text);

} // namespace respite
