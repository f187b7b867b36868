#include "core/effect.h"
#include "core/event.h"

#include <array>
#include <utility>

namespace respite {
namespace {
constexpr std::array effect_names{
    std::pair{EffectKind::heads_up, std::string_view{"heads_up"}},
    std::pair{EffectKind::break_prompt, std::string_view{"break_prompt"}},
    std::pair{EffectKind::break_started, std::string_view{"break_started"}},
    std::pair{EffectKind::break_finished, std::string_view{"break_finished"}},
    std::pair{EffectKind::natural_break, std::string_view{"natural_break"}},
    std::pair{EffectKind::break_deferred, std::string_view{"break_deferred"}},
    std::pair{EffectKind::break_postponed, std::string_view{"break_postponed"}},
    std::pair{EffectKind::break_skipped, std::string_view{"break_skipped"}},
    std::pair{EffectKind::break_cancelled, std::string_view{"break_cancelled"}},
    std::pair{EffectKind::break_folded, std::string_view{"break_folded"}},
    std::pair{EffectKind::presenting_escape, std::string_view{"presenting_escape"}},
    std::pair{EffectKind::action_refused, std::string_view{"action_refused"}},
    std::pair{EffectKind::cutoff_heads_up, std::string_view{"cutoff_heads_up"}},
    std::pair{EffectKind::cutoff, std::string_view{"cutoff"}},
    std::pair{EffectKind::overtime_reminder, std::string_view{"overtime_reminder"}},
    std::pair{EffectKind::overtime_cap_reached, std::string_view{"overtime_cap_reached"}},
    std::pair{EffectKind::daily_limit, std::string_view{"daily_limit"}},
    std::pair{EffectKind::pause_started, std::string_view{"pause_started"}},
    std::pair{EffectKind::pause_ended, std::string_view{"pause_ended"}},
    std::pair{EffectKind::focus_started, std::string_view{"focus_started"}},
    std::pair{EffectKind::focus_ended, std::string_view{"focus_ended"}},
    std::pair{EffectKind::breathing_started, std::string_view{"breathing_started"}},
    std::pair{EffectKind::breathing_finished, std::string_view{"breathing_finished"}},
    std::pair{EffectKind::new_day, std::string_view{"new_day"}},
    std::pair{EffectKind::sleep_detected, std::string_view{"sleep_detected"}},
    std::pair{EffectKind::clock_changed, std::string_view{"clock_changed"}},
    std::pair{EffectKind::checkin_prompt, std::string_view{"checkin_prompt"}},
    std::pair{EffectKind::checkin_answered, std::string_view{"checkin_answered"}},
    std::pair{EffectKind::reading_started, std::string_view{"reading_started"}},
    std::pair{EffectKind::reading_ended, std::string_view{"reading_ended"}},
};
constexpr std::array feeling_names{std::string_view{"calm"}, std::string_view{"fine"}, std::string_view{"tense"},
                                   std::string_view{"stressed"}, std::string_view{"very_stressed"}};
constexpr std::array break_names{std::string_view{"micro"}, std::string_view{"rest"}, std::string_view{"focus"}};
} // namespace

std::string_view to_string(EffectKind kind) {
    for (const auto& [k, name] : effect_names)
        if (k == kind)
            return name;
    return "unknown";
}

std::string_view to_string(BreakKind kind) {
    return break_names.at(static_cast<std::size_t>(kind));
}

std::string_view to_string(Feeling feeling) {
    return feeling_names.at(static_cast<std::size_t>(feeling) - 1);
}

std::optional<Feeling> parse_feeling(std::string_view name) {
    for (std::size_t i = 0; i < feeling_names.size(); ++i)
        if (feeling_names[i] == name)
            return static_cast<Feeling>(i + 1);
    return std::nullopt;
}

std::string checkin_note(std::string_view text) {
    std::string out;
    std::size_t chars = 0;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const auto c = static_cast<unsigned char>(text[i]);
        const bool starts_char = (c & 0xC0) != 0x80;
        if (starts_char && chars++ == max_checkin_note)
            break;
        out += (c == '\n' || c == '\r' || c == '\t') ? ' ' : text[i];
    }
    return out;
}

std::optional<BreakKind> parse_break_kind(std::string_view name) {
    for (std::size_t i = 0; i < break_names.size(); ++i)
        if (break_names[i] == name)
            return static_cast<BreakKind>(i);
    return std::nullopt;
}

std::string_view to_string(Presence presence) {
    switch (presence) {
    case Presence::active:
        return "active";
    case Presence::idle:
        return "idle";
    case Presence::away:
        break;
    }
    return "away";
}

std::optional<Presence> parse_presence(std::string_view name) {
    for (const Presence p : {Presence::active, Presence::idle, Presence::away})
        if (to_string(p) == name)
            return p;
    return std::nullopt;
}

std::optional<EffectKind> parse_effect_kind(std::string_view name) {
    for (const auto& [k, n] : effect_names)
        if (n == name)
            return k;
    return std::nullopt;
}

} // namespace respite
