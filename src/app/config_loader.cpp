#include "app/config_loader.h"

#include "app/cli/xdg_paths.h"
#include "platform/file_io.h"

#include <algorithm>

namespace respite::app {

namespace {
bool unread_policy(const LoadedConfig& config, const std::string& file) {
    return std::find(config.unread_policies.begin(), config.unread_policies.end(), file) !=
           config.unread_policies.end();
}

// All diagnostics that make a file invalid, one per line; `policy`: those of the policy files that could not be
// read, else all the others.
std::string errors_of(const LoadedConfig& config, bool policy = false) {
    std::string out;
    for (const auto& d : config.diagnostics)
        if (d.severity == Severity::error && unread_policy(config, d.file) == policy)
            out += (out.empty() ? "" : "\n") + format_diagnostic(d);
    return out;
}

std::string policy_error_of(const LoadedConfig& config) {
    if (config.unread_policies.empty())
        return {};
    return errors_of(config, true) +
           "\nThe administrator's policy could not be read: your own settings file is not applied until it is fixed.";
}
} // namespace

StartupConfig load_startup_config() {
    const LoadedConfig config = load_config(current_config_paths());
    return {config.settings, errors_of(config), policy_error_of(config)};
}

ReloadOutcome load_reload_config() {
    const LoadedConfig config = load_config(current_config_paths());
    if (!config.ok()) {
        const auto policy = policy_error_of(config);
        const auto user = errors_of(config);
        return {std::nullopt, policy.empty() ? user : user.empty() ? policy : policy + "\n" + user};
    }
    return {config.settings, {}};
}

ConfigPaths current_config_paths() {
    return xdg_config_paths();
}
std::filesystem::path user_config_path() {
    return current_config_paths().user_file;
}
std::optional<std::string> write_user_config(const std::filesystem::path& file, const std::string& text) {
    const std::string error = platform::write_file_atomic(file, text);
    if (error.empty())
        return std::nullopt;
    return error;
}

} // namespace respite::app
