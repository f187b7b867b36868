#include "core/config/stored_values.h"

#include "core/config/setting_value.h"

#include <chrono>
#include <limits>
#include <optional>

namespace respite {
namespace {

std::string quote(std::string_view text) {
    return "'" + std::string(text) + "'";
}

// The value as the administrator wrote it, for messages: 5 (REG_DWORD), "20x" (REG_SZ).
std::string shown(const StoredValue& v) {
    switch (v.kind) {
    case StoredKind::number:
        return std::to_string(v.number) + " (" + v.type_name + ")";
    case StoredKind::text:
        return toml_string_literal(v.text) + " (" + v.type_name + ")";
    case StoredKind::other:
        return "(" + v.type_name + ")";
    }
    return {};
}

// A number read as the setting's type: 0/1 for booleans, the count for integers, seconds for durations.
std::optional<SettingValue> from_number(const SettingInfo& info, std::uint64_t n, std::string& problem) {
    switch (info.type) {
    case ValueType::boolean:
        if (n <= 1)
            return n == 1;
        problem = quote(info.key) + " must be 1 (true) or 0 (false)";
        return std::nullopt;
    case ValueType::integer:
        if (n > static_cast<std::uint64_t>(std::numeric_limits<int>::max())) {
            problem = quote(info.key) + " must be " + describe_range(info);
            return std::nullopt;
        }
        return static_cast<int>(n);
    case ValueType::duration: {
        // Whole seconds: the ADMX offers them so; a week is the longest range, far from any overflow.
        constexpr std::uint64_t max_seconds = std::uint64_t{1} << 40;
        if (n > max_seconds) {
            problem = quote(info.key) + " must be " + describe_range(info) + " (a number counts seconds)";
            return std::nullopt;
        }
        return Duration{std::chrono::seconds{static_cast<std::int64_t>(n)}};
    }
    case ValueType::time_of_day:
    case ValueType::timezone:
    case ValueType::choice:
    case ValueType::weekdays:
        break;
    }
    problem = quote(info.key) + " must be text (REG_SZ): " + std::string(describe_type(info.type));
    return std::nullopt;
}

std::optional<SettingValue> read_value(const SettingInfo& info, const StoredValue& v, std::string& problem) {
    std::optional<SettingValue> value;
    switch (v.kind) {
    case StoredKind::number:
        value = from_number(info, v.number, problem);
        break;
    case StoredKind::text:
        value = parse_value_text(info, v.text, problem);
        break;
    case StoredKind::other:
        problem = "values of type " + v.type_name + " are not read; use REG_SZ (text) or REG_DWORD (number)";
        return std::nullopt;
    }
    if (!value)
        return std::nullopt;
    if (auto bad = check_value(info, *value)) {
        problem = *bad +
                  (v.kind == StoredKind::number && info.type == ValueType::duration ? "; a number counts seconds" : "");
        return std::nullopt;
    }
    return value;
}

} // namespace

ParsedFile parse_stored_source(const StoredSource& source) {
    ParsedFile out;
    out.file = source.name;
    if (!source.error.empty()) {
        out.syntax_ok = false;
        out.diagnostics.push_back({Severity::error, source.name, {}, {}, source.error});
        return out;
    }
    std::vector<bool> seen(settings_table().size(), false);
    for (const auto& v : source.values) {
        const auto* info = find_setting(v.name);
        if (info == nullptr) {
            std::string msg = "unknown key " + quote(v.name);
            if (const auto guess = nearest_key(v.name))
                msg += "; did you mean " + quote(*guess) + "?";
            out.diagnostics.push_back({Severity::error, source.name, {}, {}, msg + "; ignored"});
            continue;
        }
        std::string problem;
        auto value = read_value(*info, v, problem);
        if (!value) {
            out.diagnostics.push_back({Severity::error,
                                       source.name,
                                       {},
                                       std::string(info->key),
                                       std::string(info->key) + " = " + shown(v) + ": " + problem + "; ignored"});
            continue;
        }
        // The registry holds one value per name (case-insensitively); a second would be a bug of the reader.
        if (seen[setting_index(*info)])
            continue;
        seen[setting_index(*info)] = true;
        out.entries.push_back({info, std::move(*value), {}, {}});
    }
    return out;
}

} // namespace respite
