#include "core/config/setting_value.h"

#include "core/config/duration.h"
#include "core/config/suggest.h"

#include <date/tz.h>

#include <algorithm>
#include <vector>

namespace respite {
namespace {

constexpr std::array<std::string_view, 7> day_names{"mon", "tue", "wed", "thu", "fri", "sat", "sun"};

std::string quoted(std::string_view text) {
    return toml_string_literal(text);
}

std::string range_end(const SettingInfo& info, std::int64_t v) {
    switch (info.type) {
    case ValueType::duration:
        return format_duration(Duration{v});
    case ValueType::time_of_day:
        return format_time_of_day(TimeOfDay{v});
    default:
        return std::to_string(v);
    }
}

bool type_matches(ValueType type, const SettingValue& v) {
    switch (type) {
    case ValueType::boolean:
        return std::holds_alternative<bool>(v);
    case ValueType::integer:
        return std::holds_alternative<int>(v);
    case ValueType::duration:
        return std::holds_alternative<Duration>(v);
    case ValueType::time_of_day:
        return std::holds_alternative<TimeOfDay>(v);
    case ValueType::timezone:
    case ValueType::choice:
        return std::holds_alternative<std::string>(v);
    case ValueType::weekdays:
        return std::holds_alternative<Weekdays>(v);
    }
    return false;
}

std::int64_t magnitude(const SettingValue& v) {
    if (const auto* i = std::get_if<int>(&v))
        return *i;
    if (const auto* d = std::get_if<Duration>(&v))
        return d->count();
    if (const auto* t = std::get_if<TimeOfDay>(&v))
        return t->count();
    return 0;
}

} // namespace

std::string_view describe_type(ValueType type) {
    switch (type) {
    case ValueType::boolean:
        return "true or false";
    case ValueType::integer:
        return "a whole number";
    case ValueType::duration:
        return "a duration such as \"20s\", \"5m\" or \"1h30m\"";
    case ValueType::time_of_day:
        return "a time such as \"17:30\"";
    case ValueType::timezone:
        return "a time zone name such as \"Europe/Berlin\"";
    case ValueType::choice:
        return "one of the listed words";
    case ValueType::weekdays:
        return "a list of days such as [\"mon\", \"tue\"]";
    }
    return "a value";
}

std::string describe_range(const SettingInfo& info) {
    switch (info.type) {
    case ValueType::integer:
    case ValueType::duration: {
        std::string out = info.zero_is_off ? "0 (off) or " : "";
        return out + "between " + range_end(info, info.min) + " and " + range_end(info, info.max);
    }
    case ValueType::time_of_day: {
        std::string out = "between 00:00 and 23:59";
        for (const auto word : info.choices)
            out += ", or " + quoted(word);
        return out;
    }
    case ValueType::choice: {
        std::string out = "one of";
        for (std::size_t i = 0; i < info.choices.size(); ++i)
            out += (i == 0 ? " " : ", ") + quoted(info.choices[i]);
        return out;
    }
    case ValueType::timezone:
        return "an IANA time zone name, or \"\" for the system's";
    case ValueType::weekdays:
        return "days from \"mon\" to \"sun\"";
    case ValueType::boolean:
        return "true or false";
    }
    return {};
}

std::optional<std::string> check_value(const SettingInfo& info, const SettingValue& value) {
    const std::string name = "'" + std::string(info.key) + "'";
    if (const auto* word = std::get_if<std::string>(&value); word != nullptr && info.type == ValueType::time_of_day) {
        // A time that may also be a word ("cutoff"): the word must be one of them.
        if (std::find(info.choices.begin(), info.choices.end(), *word) != info.choices.end())
            return std::nullopt;
        if (!info.choices.empty())
            return name + " must be " + describe_range(info) + " (got " + quoted(*word) + ")";
    }
    if (!type_matches(info.type, value))
        return name + " must be " + std::string(describe_type(info.type));
    switch (info.type) {
    case ValueType::integer:
    case ValueType::duration:
    case ValueType::time_of_day: {
        const auto v = magnitude(value);
        if (info.zero_is_off && v == 0)
            return std::nullopt;
        if (v < info.min || v > info.max)
            return name + " must be " + describe_range(info) + " (got " + format_value(info, value) + ")";
        return std::nullopt;
    }
    case ValueType::choice: {
        const auto& text = std::get<std::string>(value);
        if (std::find(info.choices.begin(), info.choices.end(), text) != info.choices.end())
            return std::nullopt;
        std::string msg = name + " must be " + describe_range(info) + " (got " + quoted(text) + ")";
        if (const auto guess = nearest(text, info.choices))
            msg += "; did you mean " + quoted(*guess) + "?";
        return msg;
    }
    case ValueType::timezone: {
        const auto& text = std::get<std::string>(value);
        if (text.empty() || is_known_timezone(text))
            return std::nullopt;
        std::string msg = name + ": unknown time zone " + quoted(text);
        if (const auto guess = nearest_timezone(text))
            msg += "; did you mean " + quoted(*guess) + "?";
        return msg;
    }
    case ValueType::boolean:
    case ValueType::weekdays:
        return std::nullopt;
    }
    return std::nullopt;
}

std::string format_value(const SettingInfo& info, const SettingValue& value) {
    if (const auto* b = std::get_if<bool>(&value))
        return *b ? "true" : "false";
    if (const auto* i = std::get_if<int>(&value))
        return std::to_string(*i);
    if (const auto* d = std::get_if<Duration>(&value))
        return format_duration(*d);
    if (const auto* t = std::get_if<TimeOfDay>(&value))
        return format_time_of_day(*t);
    if (const auto* s = std::get_if<std::string>(&value))
        return *s;
    const auto& days = std::get<Weekdays>(value);
    std::string out;
    for (std::size_t i = 0; i < days.size(); ++i) {
        if (days[i])
            out += (out.empty() ? "" : ",") + std::string(day_names[i]);
    }
    (void)info;
    return out.empty() ? "[]" : out;
}

std::string toml_literal(const SettingInfo& info, const SettingValue& value) {
    if (std::holds_alternative<bool>(value) || std::holds_alternative<int>(value))
        return format_value(info, value);
    if (const auto* days = std::get_if<Weekdays>(&value)) {
        std::string out = "[";
        for (std::size_t i = 0; i < days->size(); ++i) {
            if ((*days)[i])
                out += (out.size() == 1 ? "" : ", ") + quoted(day_names[i]);
        }
        return out + "]";
    }
    return quoted(format_value(info, value));
}

std::string toml_string_literal(std::string_view text) {
    std::string out = "\"";
    for (const char c : text) {
        if (c == '"' || c == '\\') {
            out += '\\';
            out += c;
        } else if (static_cast<unsigned char>(c) < 0x20 || c == 0x7f) {
            static constexpr char hex[] = "0123456789ABCDEF";
            out += "\\u00";
            out += hex[(c >> 4) & 0xf];
            out += hex[c & 0xf];
        } else {
            out += c;
        }
    }
    return out + "\"";
}

std::span<const std::string_view> weekday_names() {
    return day_names;
}

bool is_known_timezone(const std::string& name) {
    try {
        return date::locate_zone(name) != nullptr;
    } catch (const std::exception&) {
        return false; // unknown name, or no tz database at all
    }
}

std::optional<std::string> nearest_timezone(std::string_view name) {
    try {
        const auto& db = date::get_tzdb();
        std::vector<std::string_view> names;
        // With the OS database (USE_OS_TZDB) links are listed among the zones.
        names.reserve(db.zones.size());
        for (const auto& z : db.zones)
            names.push_back(z.name());
        return nearest(name, names);
    } catch (const std::exception&) {
        return std::nullopt;
    }
}

} // namespace respite
