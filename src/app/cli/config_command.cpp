// `respite config check|show|set|unset`: the configuration from the command line (DESIGN.md §5, §6).
#include "app/cli/commands.h"
#include "app/cli/user_config_file.h"
#include "app/cli/xdg_paths.h"
#include "core/config/config_loader.h"
#include "core/config/setting_value.h"
#include "core/config/toml_reader.h"
#include "core/utf8_path.h"

#include <CLI/CLI.hpp>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <array>
#include <memory>
#include <ostream>
#include <string>
#include <vector>

namespace respite::cli {
namespace {

constexpr int ok = exit_ok;
constexpr int refused = exit_refused;
constexpr int usage_error = exit_usage;

void print_diagnostics(const LoadedConfig& loaded, std::ostream& err) {
    for (const auto& d : loaded.diagnostics)
        err << format_diagnostic(d) << "\n";
}

int check(const std::string& file, std::ostream& out, std::ostream& err) {
    const LoadedConfig loaded = file.empty() ? load_config(xdg_config_paths()) : load_config_file(path_from_utf8(file));
    print_diagnostics(loaded, err);
    if (!loaded.ok())
        return usage_error;
    out << "ok\n";
    return ok;
}

nlohmann::ordered_json json_value(const SettingInfo& info, const SettingValue& value) {
    if (const auto* b = std::get_if<bool>(&value))
        return *b;
    if (const auto* i = std::get_if<int>(&value))
        return *i;
    if (const auto* days = std::get_if<Weekdays>(&value)) {
        auto list = nlohmann::ordered_json::array();
        for (std::size_t d = 0; d < days->size(); ++d) {
            if ((*days)[d])
                list.push_back(weekday_names()[d]);
        }
        return list;
    }
    return format_value(info, value);
}

void show_json(const LoadedConfig& loaded, std::ostream& out) {
    auto all = nlohmann::ordered_json::object();
    for (const auto& info : settings_table()) {
        const auto& origin = loaded.origin(info);
        all[std::string(info.key)] = {
            {"value", json_value(info, get_value(info, loaded.settings))},
            {"source", layer_name(origin.layer)},
            {"file", origin.file.empty() ? nlohmann::ordered_json(nullptr) : nlohmann::ordered_json(origin.file)},
            {"locked", origin.locked},
        };
        if (!origin.unread_policy.empty()) // locked because this policy file could not be read
            all[std::string(info.key)]["policy_unreadable"] = origin.unread_policy;
    }
    out << all.dump(2) << "\n";
}

void show_table(const LoadedConfig& loaded, std::ostream& out) {
    using Row = std::array<std::string, 5>;
    std::vector<Row> rows{{"KEY", "VALUE", "SOURCE", "LOCKED", "FILE"}};
    for (const auto& info : settings_table()) {
        const auto& origin = loaded.origin(info);
        std::string value = format_value(info, get_value(info, loaded.settings));
        rows.push_back({std::string(info.key), value.empty() ? "\"\"" : value, std::string(layer_name(origin.layer)),
                        origin.unread_policy.empty() ? (origin.locked ? "yes" : "no") : "yes (policy unreadable)",
                        origin.file.empty() ? "-" : origin.file});
    }
    std::array<std::size_t, 5> width{};
    for (const auto& row : rows) {
        for (std::size_t c = 0; c < row.size(); ++c)
            width[c] = std::max(width[c], row[c].size());
    }
    for (const auto& row : rows) {
        std::string line;
        for (std::size_t c = 0; c < row.size(); ++c)
            line += c + 1 == row.size() ? row[c] : row[c] + std::string(width[c] - row[c].size() + 2, ' ');
        out << line << "\n";
    }
}

int show(bool json, std::ostream& out, std::ostream& err) {
    const LoadedConfig loaded = load_config(xdg_config_paths());
    print_diagnostics(loaded, err);
    if (json)
        show_json(loaded, out);
    else
        show_table(loaded, out);
    return ok;
}

// The setting named on the command line, or a usage error naming the nearest key.
const SettingInfo* setting_arg(std::string_view key, std::ostream& err) {
    const auto* info = find_setting(key);
    if (info == nullptr) {
        std::string problem = "unknown key '" + std::string(key) + "'";
        if (auto guess = nearest_key(key))
            problem += "; did you mean '" + *guess + "'?";
        err << "respite config: " << problem << "\n";
    }
    return info;
}

int refuse_if_locked(const ConfigPaths& paths, const SettingInfo& info, std::ostream& err) {
    const auto loaded = load_config(paths);
    const auto& origin = loaded.origin(info);
    if (!origin.locked)
        return ok;
    err << "respite config: '" << info.key << "' is locked by policy ("
        << (origin.unread_policy.empty() ? origin.file : origin.unread_policy + ", which could not be read") << ")\n";
    return refused;
}

int set(const std::string& key, const std::string& text, std::ostream& out, std::ostream& err) {
    const auto* info = setting_arg(key, err);
    if (info == nullptr)
        return usage_error;
    std::string problem;
    const auto value = parse_value_text(*info, text, problem);
    if (!value) {
        err << "respite config: " << problem << "\n";
        return usage_error;
    }
    const auto paths = xdg_config_paths();
    if (const int locked = refuse_if_locked(paths, *info, err); locked != ok)
        return locked;
    if (const auto error = set_user_value(paths, info->key, *value); !error.empty()) {
        err << error << "\n";
        return usage_error;
    }
    out << info->key << " = " << format_value(*info, *value) << " (" << utf8(paths.user_file) << ")\n";
    return ok;
}

int unset(const std::string& key, std::ostream& out, std::ostream& err) {
    const auto* info = setting_arg(key, err);
    if (info == nullptr)
        return usage_error;
    const auto paths = xdg_config_paths();
    if (const int locked = refuse_if_locked(paths, *info, err); locked != ok)
        return locked;
    if (const auto error = unset_user_value(paths, info->key); !error.empty()) {
        err << error << "\n";
        return usage_error;
    }
    const auto loaded = load_config(paths);
    out << info->key << " = " << format_value(*info, get_value(*info, loaded.settings)) << " ("
        << layer_name(loaded.origin(*info).layer) << ")\n";
    return ok;
}

} // namespace

void add_config_command(CLI::App& app, Action& action, std::ostream& out, std::ostream& err) {
    auto* config = app.add_subcommand(
        "config",
        "the configuration: config check [FILE], config show [--json], config set KEY VALUE, config unset KEY");
    config->require_subcommand(1);
    struct Args {
        std::string file, key, value;
        bool json = false;
    };
    auto a = std::make_shared<Args>();

    auto* c = config->add_subcommand("check", "validate the configuration (all layers, or one FILE)");
    c->add_option("FILE", a->file, "a config file to check on its own");
    c->callback([&action, &out, &err, a] { action = [&out, &err, a] { return check(a->file, out, err); }; });

    auto* s = config->add_subcommand("show", "effective settings with their source layer and lock flag");
    s->add_flag("--json", a->json, "as JSON: {key: {value, source, file, locked}}");
    s->callback([&action, &out, &err, a] { action = [&out, &err, a] { return show(a->json, out, err); }; });

    auto* set_cmd = config->add_subcommand("set", "change one key in your config file (comments are kept)");
    set_cmd->add_option("KEY", a->key, "e.g. micro_break.every")->required();
    set_cmd->add_option("VALUE", a->value, "as in the file: 25m, 17:30, true, [\"mon\", \"tue\"]")->required();
    set_cmd->callback(
        [&action, &out, &err, a] { action = [&out, &err, a] { return set(a->key, a->value, out, err); }; });

    auto* unset_cmd = config->add_subcommand("unset", "remove a key from your config file (a lower layer applies)");
    unset_cmd->add_option("KEY", a->key, "e.g. micro_break.every")->required();
    unset_cmd->callback([&action, &out, &err, a] { action = [&out, &err, a] { return unset(a->key, out, err); }; });
}

} // namespace respite::cli
