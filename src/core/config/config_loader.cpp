#include "core/config/config_loader.h"

#include "core/config/cross_checks.h"
#include "core/config/toml_reader.h"
#include "core/utf8_path.h"

#include <algorithm>
#include <functional>
#include <iterator>
#include <optional>

namespace respite {
namespace {

namespace fs = std::filesystem;

LoadedConfig built_in() {
    LoadedConfig out;
    out.origins.resize(settings_table().size());
    return out;
}

Diagnostic file_error(const std::string& file, std::string message) {
    return {Severity::error, file, {}, {}, std::move(message)};
}

// One layer file as read: parsed, or why not.
struct ReadLayer {
    std::optional<ParsedFile> parsed;
    bool unreadable = false; ///< it exists but could not be read (reported)
};

// Reads and parses one layer file; empty when it does not exist or cannot be read (then reported).
ReadLayer read_file(const fs::path& path, bool must_exist, LoadedConfig& out, const ReadFileFn& reader) {
    const std::string name = utf8(path);
    FileRead read = reader ? reader(path, max_config_bytes) : read_file_std(path, max_config_bytes);
    if (read.status == ReadStatus::missing) {
        if (must_exist)
            out.diagnostics.push_back(file_error(name, "no such file"));
        return {};
    }
    if (auto problem = describe_read_problem(path, read); !problem.empty()) {
        out.diagnostics.push_back(file_error(name, std::move(problem)));
        return {std::nullopt, true};
    }
    out.files.push_back(name);
    auto parsed = parse_config_text(read.text, name);
    out.diagnostics.insert(out.diagnostics.end(), parsed.diagnostics.begin(), parsed.diagnostics.end());
    return {std::move(parsed), false};
}

// Checks one stored layer (the registry) like a file, and reports its problems under its name.
ParsedFile read_stored(const StoredSource& source, LoadedConfig& out) {
    out.files.push_back(source.name);
    auto parsed = parse_stored_source(source);
    out.diagnostics.insert(out.diagnostics.end(), parsed.diagnostics.begin(), parsed.diagnostics.end());
    return parsed;
}

void apply(LoadedConfig& out, const ConfigEntry& e, Layer layer, const std::string& file) {
    set_value(*e.info, out.settings, e.value);
    out.origins[setting_index(*e.info)] = {layer, file, e.key_pos, layer == Layer::policy};
}

// Reports each cross-field conflict of `candidate` that an entry of `f` accepted by `counts` takes part in,
// at that entry. Returns the entries blamed.
std::vector<const ConfigEntry*> blame_conflicts(const Settings& candidate, const ParsedFile& f,
                                                const std::function<bool(const ConfigEntry&)>& counts,
                                                std::vector<Diagnostic>& diagnostics) {
    std::vector<const ConfigEntry*> blamed;
    for (const auto& conflict : cross_check(candidate)) {
        const ConfigEntry* at = nullptr;
        for (const auto key : {conflict.key, conflict.other_key}) {
            const auto* info = find_setting(key);
            const auto* entry = info == nullptr ? nullptr : find_entry(f, *info);
            if (entry != nullptr && counts(*entry)) {
                at = entry;
                break;
            }
        }
        if (at == nullptr)
            continue; // caused by lower layers alone; reported where they were applied
        diagnostics.push_back({Severity::error, f.file, at->value_pos, std::string(at->info->key), conflict.message});
        blamed.push_back(at);
    }
    return blamed;
}

// Applies a whole file over `out` when it has no errors and breaks no cross-field rule; else reports and skips.
bool apply_whole(LoadedConfig& out, const ParsedFile& f, Layer layer) {
    if (has_errors(f.diagnostics))
        return false;
    Settings candidate = out.settings;
    for (const auto& e : f.entries)
        set_value(*e.info, candidate, e.value);
    if (!blame_conflicts(
             candidate, f, [](const ConfigEntry&) { return true; }, out.diagnostics)
             .empty())
        return false;
    for (const auto& e : f.entries)
        apply(out, e, layer, f.file);
    return true;
}

// The policy value of each setting: the most important policy file that sets it validly.
struct PolicyValue {
    const ConfigEntry* entry = nullptr;
    const ParsedFile* file = nullptr;
};

// Applies the policy values, dropping (and reporting) any that break a cross-field rule with the layers below.
void apply_policy(LoadedConfig& out, const std::vector<PolicyValue>& policy) {
    const LoadedConfig below = out;
    std::vector<bool> dropped(policy.size(), false);
    for (;;) {
        for (std::size_t i = 0; i < policy.size(); ++i) {
            if (policy[i].entry != nullptr && !dropped[i])
                apply(out, *policy[i].entry, Layer::policy, policy[i].file->file);
        }
        bool changed = false;
        for (const auto& conflict : cross_check(out.settings)) {
            for (const auto key : {conflict.key, conflict.other_key}) {
                const auto i = setting_index(*find_setting(key));
                if (policy[i].entry == nullptr || dropped[i])
                    continue;
                out.diagnostics.push_back({Severity::error, policy[i].file->file, policy[i].entry->value_pos,
                                           std::string(key), conflict.message});
                dropped[i] = changed = true;
                break;
            }
        }
        if (!changed)
            return;
        out.settings = below.settings;
        out.origins = below.origins;
    }
}

// Applies the user file unless it has errors or, together with the policy, breaks a cross-field rule. Keys the
// policy locks are ignored with a warning.
void apply_user(LoadedConfig& out, const ParsedFile& user, const std::vector<PolicyValue>& policy,
                const std::vector<std::string>& unread_policy) {
    const auto is_locked = [&](const ConfigEntry& e) {
        const auto i = setting_index(*e.info);
        return policy[i].entry != nullptr || !unread_policy[i].empty();
    };
    for (const auto& e : user.entries) {
        if (!is_locked(e))
            continue;
        const auto i = setting_index(*e.info);
        const std::string key(e.info->key);
        out.diagnostics.push_back(
            {Severity::warning, user.file, e.key_pos, key,
             policy[i].entry != nullptr
                 ? "'" + key + "' is locked by policy (" + policy[i].file->file + "); the value set here is ignored"
                 : "'" + key + "' may be locked: the administrator's policy (" + unread_policy[i] +
                       ") could not be read; the value set here is ignored"});
    }
    Settings candidate = out.settings;
    for (const auto& e : user.entries) {
        if (!is_locked(e))
            set_value(*e.info, candidate, e.value);
    }
    for (const auto& p : policy) {
        if (p.entry != nullptr)
            set_value(*p.entry->info, candidate, p.entry->value);
    }
    const auto unlocked = [&](const ConfigEntry& e) { return !is_locked(e); };
    out.user_file_ignored =
        has_errors(user.diagnostics) || !blame_conflicts(candidate, user, unlocked, out.diagnostics).empty();
    if (out.user_file_ignored)
        return;
    for (const auto& e : user.entries) {
        if (!is_locked(e))
            apply(out, e, Layer::user, user.file);
    }
}

void sort_by_layer(LoadedConfig& out) {
    // Present diagnostics file by file, in the order the layers stack, and by position within a file.
    const auto rank = [&](const Diagnostic& d) {
        const auto it = std::find(out.files.begin(), out.files.end(), d.file);
        return it - out.files.begin();
    };
    std::stable_sort(out.diagnostics.begin(), out.diagnostics.end(), [&](const Diagnostic& a, const Diagnostic& b) {
        const auto ra = rank(a), rb = rank(b);
        return ra != rb ? ra < rb : a.pos < b.pos;
    });
}

} // namespace

std::string describe_read_problem(const fs::path&, const FileRead& read) {
    switch (read.status) {
    case ReadStatus::ok:
    case ReadStatus::missing:
        return {};
    case ReadStatus::not_regular:
        if (read.detail == "a directory")
            return "is a directory, not a configuration file";
        return "is " + read.detail + ", not a regular file; not read";
    case ReadStatus::too_large:
        return "is larger than 1 MiB; not a configuration file";
    case ReadStatus::unreadable:
        return "cannot read: " + read.detail;
    }
    return {};
}

std::string_view layer_name(Layer layer) {
    switch (layer) {
    case Layer::builtin:
        return "builtin";
    case Layer::defaults:
        return "defaults";
    case Layer::user:
        return "user";
    case Layer::policy:
        return "policy";
    }
    return "builtin";
}

ConfigPaths config_paths(const std::vector<fs::path>& config_dirs, const fs::path& config_home) {
    ConfigPaths out;
    for (const auto& dir : config_dirs) {
        out.defaults_files.push_back(dir / "respite" / "defaults.toml");
        out.policy_files.push_back(dir / "respite" / "policy.toml");
    }
    if (!config_home.empty())
        out.user_file = config_home / "respite" / "config.toml";
    return out;
}

const Origin* LoadedConfig::origin(std::string_view key) const {
    const auto* info = find_setting(key);
    return info == nullptr ? nullptr : &origins[setting_index(*info)];
}

bool LoadedConfig::locked(std::string_view key) const {
    const auto* o = origin(key);
    return o != nullptr && o->locked;
}

namespace {

// For each setting, the policy file that fails closed on it ("" for none): every setting when a policy file could
// not be read or parsed at all, else the settings a readable policy file gives an invalid value.
std::vector<std::string> fail_closed_keys(const LoadedConfig& out, const std::vector<ParsedFile>& policy_files) {
    std::vector<std::string> by(settings_table().size());
    if (!out.unread_policies.empty()) {
        std::fill(by.begin(), by.end(), out.unread_policies.front());
        return by;
    }
    for (const auto& f : policy_files) {
        for (const auto& d : f.diagnostics) {
            const auto* info = d.severity == Severity::error ? find_setting(d.key) : nullptr;
            if (info != nullptr && by[setting_index(*info)].empty())
                by[setting_index(*info)] = f.file;
        }
    }
    return by;
}

// Keys held at the layers below the user because their policy is unknown are locked, and say why.
void mark_unread(LoadedConfig& out, const std::vector<PolicyValue>& policy, const std::vector<std::string>& unread) {
    for (std::size_t i = 0; i < unread.size(); ++i) {
        if (unread[i].empty() || policy[i].entry != nullptr)
            continue;
        out.origins[i].locked = true;
        out.origins[i].unread_policy = unread[i];
    }
}

LoadedConfig load_layers(const ConfigPaths& paths, const std::string_view* user_text) {
    LoadedConfig out = built_in();
    try {
        const StoredLayers stored = paths.read_stored ? paths.read_stored() : StoredLayers{};
        for (auto it = paths.defaults_files.rbegin(); it != paths.defaults_files.rend(); ++it) {
            if (auto read = read_file(*it, false, out, paths.read); read.parsed)
                apply_whole(out, *read.parsed, Layer::defaults);
        }
        for (auto it = stored.defaults.rbegin(); it != stored.defaults.rend(); ++it) {
            // Each stored value stands alone (there is no syntax to get wrong): the valid ones apply.
            ParsedFile valid = read_stored(*it, out);
            valid.diagnostics.clear();
            apply_whole(out, valid, Layer::defaults);
        }
        std::optional<ParsedFile> user;
        if (user_text != nullptr) {
            const std::string name = utf8(paths.user_file);
            out.files.push_back(name);
            user = parse_config_text(*user_text, name);
            out.diagnostics.insert(out.diagnostics.end(), user->diagnostics.begin(), user->diagnostics.end());
        } else if (!paths.user_file.empty()) {
            user = read_file(paths.user_file, false, out, paths.read).parsed;
        }
        std::vector<ParsedFile> policy_files;
        policy_files.reserve(paths.policy_files.size());
        for (auto it = paths.policy_files.rbegin(); it != paths.policy_files.rend(); ++it) {
            auto read = read_file(*it, false, out, paths.read);
            if (read.unreadable || (read.parsed && !read.parsed->syntax_ok))
                out.unread_policies.push_back(it->string());
            if (read.parsed)
                policy_files.push_back(std::move(*read.parsed));
        }
        for (auto it = stored.policy.rbegin(); it != stored.policy.rend(); ++it) {
            auto parsed = read_stored(*it, out);
            if (!parsed.syntax_ok)
                out.unread_policies.push_back(it->name);
            policy_files.push_back(std::move(parsed));
        }
        std::vector<PolicyValue> policy(settings_table().size());
        for (const auto& f : policy_files) {
            for (const auto& e : f.entries)
                policy[setting_index(*e.info)] = {&e, &f};
        }
        const auto unread_policy = fail_closed_keys(out, policy_files);
        const LoadedConfig below_user = out;
        if (user && !out.unread_policies.empty()) {
            // Any key may be what the unreadable policy locks: none of the user's values can be trusted to be allowed.
            out.diagnostics.push_back({Severity::warning,
                                       user->file,
                                       {},
                                       {},
                                       "not applied: the administrator's policy (" + out.unread_policies.front() +
                                           ") could not be read, so any setting may be locked"});
            out.user_file_ignored = true;
        } else if (user) {
            apply_user(out, *user, policy, unread_policy);
        }
        apply_policy(out, policy);
        mark_unread(out, policy, unread_policy);
        if (user && !out.user_file_ignored && !cross_check(out.settings).empty()) {
            // A dropped policy value left the user file at odds with the layers below: run without the user file.
            blame_conflicts(
                out.settings, *user, [](const ConfigEntry&) { return true; }, out.diagnostics);
            out.settings = below_user.settings;
            out.origins = below_user.origins;
            out.user_file_ignored = true;
            apply_policy(out, policy);
        }
        sort_by_layer(out);
    } catch (const std::exception& e) {
        // Only allocation failure can get here; keep the promise of no exceptions across the API.
        LoadedConfig fallback = built_in();
        fallback.diagnostics.push_back(
            file_error("respite", std::string("cannot load the configuration: ") + e.what()));
        return fallback;
    }
    return out;
}

} // namespace

LoadedConfig load_config(const ConfigPaths& paths) {
    return load_layers(paths, nullptr);
}

LoadedConfig load_config(const ConfigPaths& paths, std::string_view user_text) {
    return load_layers(paths, &user_text);
}

LoadedConfig load_config_file(const fs::path& file, Layer layer, const ReadFileFn& reader) {
    LoadedConfig out = built_in();
    try {
        if (auto read = read_file(file, true, out, reader); read.parsed)
            apply_whole(out, *read.parsed, layer);
    } catch (const std::exception& e) {
        out = built_in();
        out.diagnostics.push_back(file_error(utf8(file), std::string("cannot load: ") + e.what()));
    }
    return out;
}

LoadedConfig load_config_text(std::string_view text, const std::string& file, Layer layer) {
    LoadedConfig out = built_in();
    try {
        const auto parsed = parse_config_text(text, file);
        out.files.push_back(file);
        out.diagnostics = parsed.diagnostics;
        apply_whole(out, parsed, layer);
    } catch (const std::exception& e) {
        out = built_in();
        out.diagnostics.push_back(file_error(file, std::string("cannot load: ") + e.what()));
    }
    return out;
}

} // namespace respite
