#include "core/breathing_patterns.h"

namespace respite {

namespace {
template <std::size_t... I> constexpr bool in_enum_order(std::index_sequence<I...>) {
    return ((static_cast<std::size_t>(breathing_patterns[I].value) == I) && ...);
}
static_assert(in_enum_order(std::make_index_sequence<breathing_patterns.size()>{}),
              "breathing_patterns must list BreathingPattern in enum order");
static_assert(breathing_patterns.back().value == BreathingPattern::follow, "every BreathingPattern is listed");
} // namespace

std::optional<BreathingPattern> parse_breathing_pattern(std::string_view word) {
    for (const auto& p : breathing_patterns)
        if (p.word == word)
            return p.value;
    return std::nullopt;
}

std::string breathing_pattern_choices_text() {
    std::string out;
    for (std::size_t i = 0; i < breathing_patterns.size(); ++i) {
        if (i > 0)
            out += i + 1 == breathing_patterns.size() ? " or " : ", ";
        out += breathing_patterns[i].word;
    }
    return out;
}

} // namespace respite
