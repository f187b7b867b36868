#include "core/config/user_file_writer.h"

#include "core/config/setting_value.h"
#include "core/config/toml_reader.h"
#include "core/utf8_path.h"

#include <toml++/toml.h>

#include <algorithm>
#include <optional>
#include <vector>

namespace respite {
namespace {

// Maps toml++ positions (1-based lines, columns in characters) to byte offsets of the original text.
class LineIndex {
public:
    explicit LineIndex(std::string_view text) : text_(text) {
        // toml++ skips a UTF-8 byte order mark before counting columns.
        starts_.push_back(text.starts_with("\xEF\xBB\xBF") ? 3 : 0);
        for (std::size_t i = 0; i < text.size(); ++i) {
            if (text[i] == '\n')
                starts_.push_back(i + 1);
        }
    }

    std::size_t offset(const toml::source_position& p) const {
        if (p.line == 0 || p.line > starts_.size())
            return text_.size();
        std::size_t i = starts_[p.line - 1];
        for (std::size_t chars = 1; chars < p.column && i < text_.size(); ++chars) {
            ++i;
            while (i < text_.size() && (static_cast<unsigned char>(text_[i]) & 0xC0) == 0x80)
                ++i; // continuation bytes belong to the same character
        }
        return i;
    }

    // The offset just past the end of the line holding `offset` (after its newline).
    std::size_t line_end(std::size_t offset) const {
        const auto nl = text_.find('\n', offset);
        return nl == std::string_view::npos ? text_.size() : nl + 1;
    }

    std::size_t line_start(std::size_t offset) const {
        const auto it = std::upper_bound(starts_.begin(), starts_.end(), offset);
        return it == starts_.begin() ? 0 : *(it - 1);
    }

private:
    std::string_view text_;
    std::vector<std::size_t> starts_;
};

std::string_view trim(std::string_view s) {
    const auto b = s.find_first_not_of(" \t\r\n");
    if (b == std::string_view::npos)
        return {};
    return s.substr(b, s.find_last_not_of(" \t\r\n") - b + 1);
}

std::string q(std::string_view key) {
    return "'" + std::string(key) + "'";
}

struct Parsed {
    std::optional<toml::table> root;
    std::string error;
};

Parsed parse(std::string_view text) {
    if (auto too_deep = check_toml_depth(text, "config.toml"))
        return {std::nullopt, "the file is not valid TOML (line " + std::to_string(too_deep->pos.line) +
                                  "); fix it by hand first: " + too_deep->message};
    try {
        return {toml::parse(text, std::string("config.toml")), {}};
    } catch (const toml::parse_error& e) {
        return {std::nullopt, "the file is not valid TOML (line " + std::to_string(e.source().begin.line) +
                                  "); fix it by hand first: " + std::string(e.description())};
    } catch (const std::exception& e) {
        return {std::nullopt, std::string("cannot read the file: ") + e.what()};
    }
}

const SettingInfo* lookup(std::string_view key, std::string& error) {
    const auto* info = find_setting(key);
    if (info == nullptr) {
        error = "unknown key " + q(key);
        if (auto guess = nearest_key(key))
            error += "; did you mean " + q(*guess) + "?";
    }
    return info;
}

// Where a new key line goes inside an existing section, or why there is no such place.
std::optional<std::size_t> insertion_point(std::string_view text, const LineIndex& index, const toml::table& section,
                                           std::string_view name, bool& dotted) {
    if (section.is_inline())
        return std::nullopt;
    const auto begin = index.offset(section.source().begin);
    dotted = begin >= text.size() || text[begin] != '[';
    if (!dotted) {
        // Only a header for exactly this section will do: "[micro_break.x]" creates the section implicitly.
        const auto close = text.find(']', begin);
        if (close == std::string_view::npos || trim(text.substr(begin + 1, close - begin - 1)) != name)
            return std::nullopt;
    }
    std::size_t last = dotted ? 0 : index.line_end(begin);
    for (const auto& [key, node] : section) {
        const auto* sub = node.as_table();
        if (sub != nullptr && !sub->is_inline())
            return std::nullopt; // sub-tables make "the end of the section" ambiguous
        last = std::max(last, index.line_end(index.offset(node.source().end)));
    }
    return last;
}

} // namespace

TextEdit set_value_in_text(std::string_view text, std::string_view key, const SettingValue& value) {
    TextEdit out;
    const auto* info = lookup(key, out.error);
    if (info == nullptr)
        return out;
    if (auto problem = check_value(*info, value)) {
        out.error = *problem;
        return out;
    }
    const auto parsed = parse(text);
    if (!parsed.root) {
        out.error = parsed.error;
        return out;
    }
    const std::string literal = toml_literal(*info, value);
    const std::string nl = text.find("\r\n") != std::string_view::npos ? "\r\n" : "\n";
    const LineIndex index(text);
    const auto* section = parsed.root->get(info->section());
    std::string result(text);
    if (section != nullptr && !section->is_table()) {
        out.error = q(info->section()) + " is not a section in this file; fix it by hand first";
        return out;
    }
    if (const auto* node = section == nullptr ? nullptr : section->as_table()->get(info->name())) {
        const auto b = index.offset(node->source().begin), e = index.offset(node->source().end);
        result.replace(b, e - b, literal);
    } else if (section != nullptr) {
        bool dotted = false;
        const auto at = insertion_point(text, index, *section->as_table(), info->section(), dotted);
        if (!at) {
            out.error = "cannot add " + q(key) + " to the way section [" + std::string(info->section()) +
                        "] is written in this file; add it by hand";
            return out;
        }
        std::string line = (dotted ? std::string(info->key) : std::string(info->name())) + " = " + literal + nl;
        if (*at > 0 && text[*at - 1] != '\n')
            line = nl + line;
        result.insert(*at, line);
    } else {
        if (!result.empty() && result.back() != '\n')
            result += nl;
        if (!result.empty())
            result += nl;
        result += "[" + std::string(info->section()) + "]" + nl + std::string(info->name()) + " = " + literal + nl;
    }
    // The edit must read back as exactly this value, whatever else the file contains.
    const auto check = parse_config_text(result, "config.toml");
    const auto* entry = find_entry(check, *info);
    if (entry == nullptr || entry->value != value) {
        out.error = "could not set " + q(key) + " in this file; edit it by hand";
        return out;
    }
    out.text = std::move(result);
    return out;
}

TextEdit remove_value_in_text(std::string_view text, std::string_view key) {
    TextEdit out;
    const auto* info = lookup(key, out.error);
    if (info == nullptr)
        return out;
    const auto parsed = parse(text);
    if (!parsed.root) {
        out.error = parsed.error;
        return out;
    }
    out.text = std::string(text);
    const auto* section = parsed.root->get_as<toml::table>(info->section());
    if (section == nullptr || section->get(info->name()) == nullptr)
        return out;
    const LineIndex index(text);
    for (const auto& [k, node] : *section) {
        if (k.str() != info->name())
            continue;
        const auto key_at = index.offset(k.source().begin);
        const auto value_end = index.offset(node.source().end);
        const auto from = index.line_start(key_at);
        const auto to = index.line_end(value_end);
        // Remove whole lines only: the key must start its line (maybe as "section.key") and only a comment may
        // follow the value.
        const auto before = trim(text.substr(from, key_at - from));
        const auto after = trim(text.substr(value_end, to - value_end));
        const bool prefix_ok = before.empty() || before == std::string(info->section()) + ".";
        if (!prefix_ok || section->is_inline() || !(after.empty() || after.starts_with('#'))) {
            out.error = "cannot remove " + q(key) + " from the way it is written in this file; edit it by hand";
            out.text.clear();
            return out;
        }
        out.text.erase(from, to - from);
    }
    return out;
}

std::vector<Diagnostic> user_text_errors(const ConfigPaths& paths, std::string_view text) {
    const std::string user = utf8(paths.user_file);
    const auto before = load_config(paths);
    const auto after = load_config(paths, text);
    std::vector<Diagnostic> out;
    for (const auto& d : after.diagnostics) {
        if (d.severity != Severity::error)
            continue;
        const bool known = d.file != user &&
                           std::any_of(before.diagnostics.begin(), before.diagnostics.end(),
                                       [&](const Diagnostic& b) { return b.file == d.file && b.message == d.message; });
        if (!known)
            out.push_back(d);
    }
    return out;
}

} // namespace respite
