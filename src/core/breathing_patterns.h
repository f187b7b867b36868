#pragma once
// The one list of guided breathing patterns: each value with its word (config `breathing.pattern`, `respite
// breathe --pattern`, the control socket) and its label (the tray's radio items, the breathing window's choice,
// the settings dialog). Labels are marked for translation; the UI translates them.
#include "core/settings.h"
#include "core/translatable.h"

#include <array>
#include <optional>
#include <string>
#include <string_view>

namespace respite {

/// One breathing pattern.
struct BreathingPatternInfo {
    BreathingPattern value;
    std::string_view word;  ///< as written in the config and on the command line
    std::string_view label; ///< English; translate with wxGetTranslation
};

/// Every pattern, in enum order (the config stores the index of its word).
inline constexpr std::array breathing_patterns{
    BreathingPatternInfo{BreathingPattern::box, "box", translatable("Box (4-4-4-4)")},
    BreathingPatternInfo{BreathingPattern::four_seven_eight, "4-7-8", translatable("4-7-8")},
    BreathingPatternInfo{BreathingPattern::coherent, "coherent", translatable("Coherent (5.5 s in, 5.5 s out)")},
    BreathingPatternInfo{BreathingPattern::custom, "custom", translatable("Custom")},
    BreathingPatternInfo{BreathingPattern::follow, "follow", translatable("Follow your own breath")},
};

/// The words alone, in enum order (the config table's choices).
inline constexpr auto breathing_pattern_words = [] {
    std::array<std::string_view, breathing_patterns.size()> out{};
    for (std::size_t i = 0; i < out.size(); ++i)
        out[i] = breathing_patterns[i].word;
    return out;
}();

/// The entry for a pattern.
constexpr const BreathingPatternInfo& breathing_pattern_info(BreathingPattern pattern) {
    return breathing_patterns[static_cast<std::size_t>(pattern)];
}

/// The pattern a word names ("box", "4-7-8", "coherent", "custom", "follow"), or nullopt.
std::optional<BreathingPattern> parse_breathing_pattern(std::string_view word);

/// The words as a sentence for messages: "box, 4-7-8, coherent, custom or follow".
std::string breathing_pattern_choices_text();

} // namespace respite
