#include "app/cli/user_config_file.h"

#include "core/config/user_file_writer.h"
#include "core/utf8_path.h"
#include "platform/file_io.h"

namespace respite {
namespace {

// The first error the edited file would have, with the other layers (shared with the settings dialog).
std::string new_error_for(const ConfigPaths& paths, const std::string& text) {
    const auto errors = user_text_errors(paths, text);
    return errors.empty() ? std::string() : format_diagnostic(errors.front());
}

std::string save(const ConfigPaths& paths, const TextEdit& edit) {
    if (!edit.ok())
        return utf8(paths.user_file) + ": " + edit.error;
    if (auto error = new_error_for(paths, edit.text); !error.empty())
        return error;
    return platform::write_file_atomic(paths.user_file, edit.text, platform::FileAccess::world_readable);
}

std::string refuse_locked(const ConfigPaths& paths, std::string_view key) {
    const auto current = load_config(paths);
    const auto* origin = current.origin(key);
    if (origin == nullptr || !origin->locked)
        return {};
    const std::string by =
        origin->unread_policy.empty() ? origin->file : origin->unread_policy + ", which could not be read";
    return "'" + std::string(key) + "' is locked by policy (" + by + ")";
}

} // namespace

std::optional<std::string> read_text_file(const std::filesystem::path& file, std::string& error) {
    auto read = platform::read_regular_file_capped(file, max_config_bytes);
    error = describe_read_problem(file, read);
    if (!error.empty()) {
        error = utf8(file) + ": " + error;
        return std::nullopt;
    }
    return std::move(read.text);
}

std::string set_user_value(const ConfigPaths& paths, std::string_view key, const SettingValue& value) {
    if (paths.user_file.empty())
        return "no user configuration file";
    if (auto locked = refuse_locked(paths, key); !locked.empty())
        return locked;
    std::string error;
    const auto text = read_text_file(paths.user_file, error);
    if (!text)
        return error; // never replace a file that could not be read
    return save(paths, set_value_in_text(*text, key, value));
}

std::string unset_user_value(const ConfigPaths& paths, std::string_view key) {
    if (paths.user_file.empty())
        return "no user configuration file";
    std::string error;
    const auto text = read_text_file(paths.user_file, error);
    if (!text)
        return error;
    const auto edit = remove_value_in_text(*text, key);
    if (edit.ok() && edit.text == *text)
        return {}; // not set: nothing to write
    return save(paths, edit);
}

} // namespace respite
