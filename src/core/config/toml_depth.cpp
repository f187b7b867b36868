// The depth check that runs before toml++ parses a file (toml++ recurses once per dotted part and per nesting).
#include "core/config/toml_reader.h"

#include <algorithm>
#include <limits>
#include <string>
#include <utility>

namespace respite {
namespace {

bool bare_key_char(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '-';
}

// A context-free scan: strings and comments are skipped, every run of parts joined by dots (a dotted key, a table
// name, or harmlessly a float or a time's fraction) is counted, and so is the depth of [ and {. Valid TOML needs
// no context to be measured this way, and invalid TOML is rejected by the parser afterwards anyway.
class DepthScanner {
public:
    explicit DepthScanner(std::string_view text) : text_(text) {}

    std::optional<std::pair<SourcePos, std::string>> first_problem() {
        while (i_ < text_.size()) {
            const char c = text_[i_];
            if (c == '#') {
                skip_to_line_end();
            } else if (c == '"' || c == '\'') {
                part();
                skip_string(c);
            } else if (bare_key_char(c)) {
                part();
                while (i_ < text_.size() && bare_key_char(text_[i_]))
                    step();
            } else if (c == '.') {
                after_dot_ = parts_ > 0;
                step();
            } else if (c == ' ' || c == '\t') {
                step();
            } else {
                parts_ = 0;
                after_dot_ = false;
                if (c == '[' || c == '{') {
                    if (++depth_ > max_nesting)
                        return std::pair(pos(), "arrays, inline tables or table brackets nested more than " +
                                                    std::to_string(max_nesting) + " deep");
                } else if ((c == ']' || c == '}') && depth_ > 0) {
                    --depth_;
                }
                step();
            }
            if (parts_ > max_key_parts)
                return std::pair(run_start_,
                                 "a key or table name of more than " + std::to_string(max_key_parts) + " dotted parts");
        }
        return std::nullopt;
    }

private:
    SourcePos pos() const { return {line_, column_}; }

    void step() {
        if (text_[i_] == '\n') {
            ++line_;
            column_ = 1;
        } else {
            ++column_;
        }
        ++i_;
    }

    void part() {
        if (after_dot_) {
            ++parts_;
        } else {
            parts_ = 1;
            run_start_ = pos();
        }
        after_dot_ = false;
    }

    void skip_to_line_end() {
        while (i_ < text_.size() && text_[i_] != '\n')
            step();
    }

    void skip_string(char quote) {
        const bool multi = text_.substr(i_, 3) == std::string(3, quote);
        const bool escapes = quote == '"';
        for (int k = 0; k < (multi ? 3 : 1); ++k)
            step();
        while (i_ < text_.size()) {
            const char c = text_[i_];
            if (escapes && c == '\\' && i_ + 1 < text_.size()) {
                step();
                step();
            } else if (c == quote && (!multi || text_.substr(i_, 3) == std::string(3, quote))) {
                for (int k = 0; k < (multi ? 3 : 1); ++k)
                    step();
                return;
            } else if (c == '\n' && !multi) {
                return; // unterminated: the parser reports it
            } else {
                step();
            }
        }
    }

    std::string_view text_;
    std::size_t i_ = 0;
    int line_ = 1;
    int column_ = 1;
    int parts_ = 0;
    bool after_dot_ = false;
    SourcePos run_start_;
    int depth_ = 0;
};

} // namespace

std::optional<Diagnostic> check_toml_depth(std::string_view text, const std::string& file) {
    if (auto problem = DepthScanner(text).first_problem())
        return Diagnostic{Severity::error, file, problem->first, {}, problem->second + "; the file is not read"};
    return std::nullopt;
}

} // namespace respite
