#include "ui/settings_values.h"

#include "core/config/toml_reader.h"

#include <fstream>
#include <sstream>

namespace respite::ui {

std::optional<std::string> fallback_save(const std::filesystem::path& file, const std::string& text) {
    // Only used when the app passes no writer: temp file + rename, so a crash never leaves half a file.
    std::error_code ec;
    std::filesystem::create_directories(file.parent_path(), ec);
    const auto tmp = file.string() + ".tmp";
    {
        std::ofstream out(tmp, std::ios::binary | std::ios::trunc);
        out << text;
        if (!out.flush())
            return "cannot write " + tmp;
    }
    std::filesystem::rename(tmp, file, ec);
    if (ec)
        return "cannot replace " + file.string() + ": " + ec.message();
    return std::nullopt;
}

// The values the dialog starts with. A user file that is not in use (it breaks a rule) is shown as written, so
// the user sees and repairs what the file says rather than values that a Save would not write.
Settings shown_settings(const ConfigPaths& paths, const LoadedConfig& loaded) {
    Settings out = loaded.settings;
    if (!loaded.user_file_ignored || paths.user_file.empty())
        return out;
    std::ifstream in(paths.user_file, std::ios::binary);
    std::ostringstream buf;
    buf << in.rdbuf();
    const auto parsed = parse_config_text(buf.str(), paths.user_file.string());
    for (const auto& entry : parsed.entries) {
        if (!loaded.locked(entry.info->key))
            set_value(*entry.info, out, entry.value);
    }
    return out;
}

std::vector<const SettingInfo*> page_order() {
    std::vector<const SettingInfo*> order;
    for (const SettingInfo& info : settings_table())
        if (info.section() != "app")
            order.push_back(&info);
    for (const SettingInfo& info : settings_table())
        if (info.section() == "app")
            order.push_back(&info);
    return order;
}

} // namespace respite::ui
