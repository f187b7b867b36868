#include "core/reading.h"

#include <array>
#include <utility>

namespace respite {
namespace {
constexpr std::array source_names{
    std::pair{ReadingSource::tray, std::string_view{"tray"}},
    std::pair{ReadingSource::command_line, std::string_view{"command-line"}},
    std::pair{ReadingSource::plan, std::string_view{"plan"}},
};
} // namespace

std::string_view to_string(ReadingSource source) {
    for (const auto& [s, text] : source_names)
        if (s == source)
            return text;
    return "tray";
}

std::optional<ReadingSource> parse_reading_source(std::string_view text) {
    for (const auto& [s, name] : source_names)
        if (name == text)
            return s;
    return std::nullopt;
}

std::string_view to_string(ReadingCause cause) {
    return cause == ReadingCause::inhibitor ? "inhibitor" : "toggle";
}

} // namespace respite
