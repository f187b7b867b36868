#include "app/config_loader.h"

#include "app/cli/atomic_write.h"
#include "app/cli/xdg_paths.h"

namespace respite::app {

namespace {
// All diagnostics that make a file invalid, one per line.
std::string errors_of(const LoadedConfig& config) {
    std::string out;
    for (const auto& d : config.diagnostics)
        if (d.severity == Severity::error)
            out += (out.empty() ? "" : "\n") + format_diagnostic(d);
    return out;
}
} // namespace

StartupConfig load_startup_config() {
    const LoadedConfig config = load_config(current_config_paths());
    return {config.settings, errors_of(config)};
}

ReloadOutcome load_reload_config() {
    const LoadedConfig config = load_config(current_config_paths());
    if (!config.ok())
        return {std::nullopt, errors_of(config)};
    return {config.settings, {}};
}

ConfigPaths current_config_paths() {
    return xdg_config_paths();
}
std::filesystem::path user_config_path() {
    return current_config_paths().user_file;
}
std::optional<std::string> write_user_config(const std::filesystem::path& file, const std::string& text) {
    const std::string error = atomic_write_file(file, text);
    if (error.empty())
        return std::nullopt;
    return error;
}

} // namespace respite::app
