#include "core/config/toml_reader.h"

#include "core/config/duration.h"
#include "core/config/setting_value.h"
#include "core/config/suggest.h"

#include <toml++/toml.h>

#include <algorithm>
#include <limits>

namespace respite {
namespace {

SourcePos pos_of(const toml::source_region& r) {
    return {static_cast<int>(r.begin.line), static_cast<int>(r.begin.column)};
}

std::string quote(std::string_view key) {
    return "'" + std::string(key) + "'";
}

std::string_view node_kind(const toml::node& n) {
    switch (n.type()) {
    case toml::node_type::string:
        return "a string";
    case toml::node_type::integer:
        return "an integer";
    case toml::node_type::floating_point:
        return "a floating-point number";
    case toml::node_type::boolean:
        return "a boolean";
    case toml::node_type::array:
        return "an array";
    case toml::node_type::table:
        return "a table";
    case toml::node_type::date:
        return "a date";
    case toml::node_type::time:
        return "a time";
    case toml::node_type::date_time:
        return "a date-time";
    default:
        return "nothing";
    }
}

// Converts and checks one value, adding diagnostics at the offending node.
class Converter {
public:
    Converter(std::string file, std::vector<Diagnostic>& out) : file_(std::move(file)), out_(out) {}

    std::optional<SettingValue> convert(const SettingInfo& info, const toml::node& node) {
        auto value = read(info, node);
        if (!value)
            return std::nullopt;
        if (auto problem = check_value(info, *value)) {
            error(info, node, std::move(*problem));
            return std::nullopt;
        }
        return value;
    }

private:
    std::optional<SettingValue> read(const SettingInfo& info, const toml::node& node) {
        switch (info.type) {
        case ValueType::boolean:
            if (const auto* b = node.as_boolean())
                return b->get();
            break;
        case ValueType::integer:
            if (const auto* i = node.as_integer()) {
                if (i->get() < info.min || i->get() > info.max) {
                    error(info, node,
                          quote(info.key) + " must be " + describe_range(info) + " (got " + std::to_string(i->get()) +
                              ")");
                    return std::nullopt;
                }
                return static_cast<int>(i->get());
            }
            break;
        case ValueType::duration:
            if (const auto* s = node.as_string()) {
                if (auto d = parse_duration(s->get()))
                    return *d;
                error(info, node,
                      quote(info.key) + ": malformed duration " + toml_string_literal(s->get()) +
                          " (use e.g. \"20s\", \"5m\", \"1h30m\", or \"0\")");
                return std::nullopt;
            }
            break;
        case ValueType::time_of_day:
            return read_time(info, node);
        case ValueType::timezone:
        case ValueType::choice:
            if (const auto* s = node.as_string())
                return s->get();
            break;
        case ValueType::weekdays:
            if (const auto* a = node.as_array())
                return read_days(info, *a);
            break;
        }
        error(info, node,
              quote(info.key) + " must be " + std::string(describe_type(info.type)) + ", not " +
                  std::string(node_kind(node)));
        return std::nullopt;
    }

    std::optional<SettingValue> read_time(const SettingInfo& info, const toml::node& node) {
        if (const auto* t = node.as_time()) {
            // A native TOML local time (17:30:00) is fine when it is a whole minute.
            const auto& v = t->get();
            if (v.second == 0 && v.nanosecond == 0)
                return TimeOfDay{v.hour * 60 + v.minute};
        } else if (const auto* s = node.as_string()) {
            if (auto tod = parse_time_of_day(s->get()))
                return *tod;
            // A word this key allows instead of a time ("cutoff"); any other word is malformed.
            if (std::find(info.choices.begin(), info.choices.end(), s->get()) != info.choices.end())
                return s->get();
        } else {
            error(info, node,
                  quote(info.key) + " must be " + std::string(describe_type(info.type)) + ", not " +
                      std::string(node_kind(node)));
            return std::nullopt;
        }
        std::string words;
        for (const auto word : info.choices)
            words += ", or " + toml_string_literal(word);
        error(info, node, quote(info.key) + ": malformed time (use HH:MM, e.g. \"09:00\"" + words + ")");
        return std::nullopt;
    }

    std::optional<SettingValue> read_days(const SettingInfo& info, const toml::array& days) {
        Weekdays out{};
        bool ok = true;
        const auto names = weekday_names();
        for (const auto& element : days) {
            const auto* s = element.as_string();
            if (s == nullptr) {
                error(info, element,
                      quote(info.key) + " must list days as strings such as \"mon\", not " +
                          std::string(node_kind(element)));
                ok = false;
                continue;
            }
            const auto it = std::find(names.begin(), names.end(), s->get());
            if (it == names.end()) {
                std::string msg =
                    quote(info.key) + ": unknown day " + toml_string_literal(s->get()) + " (use \"mon\" to \"sun\")";
                if (auto guess = nearest(s->get(), names))
                    msg += "; did you mean \"" + *guess + "\"?";
                error(info, element, std::move(msg));
                ok = false;
                continue;
            }
            auto& day = out[static_cast<std::size_t>(it - names.begin())];
            if (day)
                warning(info, element, quote(info.key) + ": " + toml_string_literal(s->get()) + " is listed twice");
            day = true;
        }
        return ok ? std::optional<SettingValue>(out) : std::nullopt;
    }

    void error(const SettingInfo& info, const toml::node& at, std::string message) {
        out_.push_back({Severity::error, file_, pos_of(at.source()), std::string(info.key), std::move(message)});
    }
    void warning(const SettingInfo& info, const toml::node& at, std::string message) {
        out_.push_back({Severity::warning, file_, pos_of(at.source()), std::string(info.key), std::move(message)});
    }

    std::string file_;
    std::vector<Diagnostic>& out_;
};

// "did you mean ...": the same name in another section first (a key put in the wrong section), else the nearest.
std::string did_you_mean(std::string_view section, std::string_view name) {
    std::vector<std::string> same_name;
    for (const auto& info : settings_table()) {
        if (info.name() == name && info.section() != section)
            same_name.push_back(quote(info.key));
    }
    if (!same_name.empty()) {
        std::string out = "; did you mean " + same_name[0];
        for (std::size_t i = 1; i < same_name.size(); ++i)
            out += (i + 1 == same_name.size() ? " or " : ", ") + same_name[i];
        return out + "?";
    }
    const std::string full = section.empty() ? std::string(name) : std::string(section) + "." + std::string(name);
    if (auto guess = nearest_key(full))
        return "; did you mean " + quote(*guess) + "?";
    return {};
}

std::string syntax_message(std::string_view description) {
    constexpr std::string_view prefix = "Error while parsing ";
    if (description.find("cannot redefine existing") != std::string_view::npos) {
        const auto colon = description.find(": ");
        return "duplicate key: " +
               std::string(colon == std::string_view::npos ? description : description.substr(colon + 2));
    }
    if (description.starts_with(prefix))
        return "bad TOML in " + std::string(description.substr(prefix.size()));
    return "bad TOML: " + std::string(description);
}

void read_section(ParsedFile& out, std::string_view section, const toml::table& table) {
    Converter convert(out.file, out.diagnostics);
    for (const auto& [key, node] : table) {
        const std::string full = std::string(section) + "." + std::string(key.str());
        const SettingInfo* info = find_setting(full);
        if (info == nullptr) {
            out.diagnostics.push_back({Severity::error, out.file, pos_of(key.source()), full,
                                       "unknown key " + quote(full) + did_you_mean(section, key.str())});
            continue;
        }
        if (auto value = convert.convert(*info, node))
            out.entries.push_back({info, std::move(*value), pos_of(key.source()), pos_of(node.source())});
    }
}

void read_root(ParsedFile& out, const toml::table& root) {
    const auto sections = setting_sections();
    for (const auto& [key, node] : root) {
        const std::string_view name = key.str();
        const bool known = std::find(sections.begin(), sections.end(), name) != sections.end();
        if (known && node.is_table()) {
            read_section(out, name, *node.as_table());
        } else if (known) {
            out.diagnostics.push_back({Severity::error, out.file, pos_of(key.source()), std::string(name),
                                       quote(name) + " must be a section ([" + std::string(name) + "]), not " +
                                           std::string(node_kind(node))});
        } else if (node.is_table()) {
            std::string msg = "unknown section [" + std::string(name) + "]";
            if (auto guess = nearest(name, sections))
                msg += "; did you mean [" + *guess + "]?";
            out.diagnostics.push_back({Severity::error, out.file, pos_of(key.source()), std::string(name), msg});
        } else {
            out.diagnostics.push_back({Severity::error, out.file, pos_of(key.source()), std::string(name),
                                       "unknown key " + quote(name) + " outside any section" + did_you_mean({}, name)});
        }
    }
}

} // namespace

ParsedFile parse_config_text(std::string_view text, const std::string& file) {
    ParsedFile out;
    out.file = file;
    if (auto too_deep = check_toml_depth(text, file)) {
        out.syntax_ok = false;
        out.diagnostics.push_back(std::move(*too_deep));
        return out;
    }
    try {
        const toml::table root = toml::parse(text, std::string(file));
        read_root(out, root);
    } catch (const toml::parse_error& e) {
        out.syntax_ok = false;
        out.entries.clear();
        out.diagnostics.push_back({Severity::error, file, pos_of(e.source()), {}, syntax_message(e.description())});
    } catch (const std::exception& e) {
        out.syntax_ok = false;
        out.entries.clear();
        out.diagnostics.push_back({Severity::error, file, {}, {}, std::string("cannot read: ") + e.what()});
    }
    std::stable_sort(out.diagnostics.begin(), out.diagnostics.end(),
                     [](const Diagnostic& a, const Diagnostic& b) { return a.pos < b.pos; });
    return out;
}

const ConfigEntry* find_entry(const ParsedFile& parsed, const SettingInfo& info) {
    for (const auto& e : parsed.entries) {
        if (e.info == &info)
            return &e;
    }
    return nullptr;
}

std::optional<SettingValue> parse_value_text(const SettingInfo& info, std::string_view text, std::string& error) {
    // Bare words are what people type for text-like values; wrap them so one converter checks everything.
    if (text.find_first_of("\r\n") != std::string_view::npos) {
        error = quote(info.key) + ": a value must fit on one line";
        return std::nullopt;
    }
    std::string literal(text);
    const bool quoted_text = text.starts_with('"') || text.starts_with('\'');
    switch (info.type) {
    case ValueType::duration:
    case ValueType::time_of_day:
    case ValueType::timezone:
    case ValueType::choice:
        if (!quoted_text)
            literal = toml_string_literal(text);
        break;
    case ValueType::weekdays:
        if (!text.starts_with('[')) {
            literal = "[";
            std::string word;
            const auto flush = [&] {
                if (!word.empty())
                    literal += (literal.size() > 1 ? ", " : "") + toml_string_literal(word);
                word.clear();
            };
            for (const char c : text) {
                if (c == ',' || c == ' ' || c == '\t')
                    flush();
                else
                    word += c;
            }
            flush();
            literal += "]";
        }
        break;
    case ValueType::boolean:
    case ValueType::integer:
        break;
    }
    std::vector<Diagnostic> diagnostics;
    if (auto too_deep = check_toml_depth(literal, "value")) {
        error = quote(info.key) + ": " + too_deep->message;
        return std::nullopt;
    }
    try {
        const toml::table t = toml::parse("value = " + literal, std::string("value"));
        const toml::node* node = t.get("value");
        if (node != nullptr) {
            Converter convert("value", diagnostics);
            if (auto value = convert.convert(info, *node))
                return value;
        }
    } catch (const std::exception&) {
        error = quote(info.key) + " must be " + std::string(describe_type(info.type)) + " (got \"" + std::string(text) +
                "\")";
        return std::nullopt;
    }
    error = diagnostics.empty() ? "invalid value" : diagnostics.front().message;
    return std::nullopt;
}

} // namespace respite
