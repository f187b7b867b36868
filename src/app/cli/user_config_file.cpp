#include "app/cli/user_config_file.h"

#include "app/cli/atomic_write.h"
#include "core/config/user_file_writer.h"

#include <fstream>
#include <iterator>

namespace respite {
namespace {

// The first error the edited file would have, with the other layers (shared with the settings dialog).
std::string new_error_for(const ConfigPaths& paths, const std::string& text) {
    const auto errors = user_text_errors(paths, text);
    return errors.empty() ? std::string() : format_diagnostic(errors.front());
}

std::string save(const ConfigPaths& paths, const TextEdit& edit) {
    if (!edit.ok())
        return paths.user_file.string() + ": " + edit.error;
    if (auto error = new_error_for(paths, edit.text); !error.empty())
        return error;
    return atomic_write_file(paths.user_file, edit.text, 0644);
}

std::string refuse_locked(const ConfigPaths& paths, std::string_view key) {
    const auto current = load_config(paths);
    const auto* origin = current.origin(key);
    if (origin == nullptr || !origin->locked)
        return {};
    return "'" + std::string(key) + "' is locked by policy (" + origin->file + ")";
}

} // namespace

std::string read_text_file(const std::filesystem::path& file) {
    std::ifstream in(file, std::ios::binary);
    return std::string((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
}

std::string set_user_value(const ConfigPaths& paths, std::string_view key, const SettingValue& value) {
    if (paths.user_file.empty())
        return "no user configuration file";
    if (auto locked = refuse_locked(paths, key); !locked.empty())
        return locked;
    return save(paths, set_value_in_text(read_text_file(paths.user_file), key, value));
}

std::string unset_user_value(const ConfigPaths& paths, std::string_view key) {
    if (paths.user_file.empty())
        return "no user configuration file";
    const std::string text = read_text_file(paths.user_file);
    const auto edit = remove_value_in_text(text, key);
    if (edit.ok() && edit.text == text)
        return {}; // not set: nothing to write
    return save(paths, edit);
}

} // namespace respite
