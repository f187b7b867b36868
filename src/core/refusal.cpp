#include "core/refusal.h"

#include <array>
#include <utility>

namespace respite {
namespace {
constexpr std::array refusal_names{
    std::pair{Refusal::focus_break_not_manual, std::string_view{"focus breaks come from focus sessions"}},
    std::pair{Refusal::nothing_to_postpone, std::string_view{"no break to postpone"}},
    std::pair{Refusal::strict_mode, std::string_view{"strict"}},
    std::pair{Refusal::focus_not_postponable, std::string_view{"focus breaks cannot be postponed"}},
    std::pair{Refusal::no_postpones_left, std::string_view{"no postpones left"}},
    std::pair{Refusal::nothing_to_skip, std::string_view{"no break to skip"}},
    std::pair{Refusal::no_skips_left, std::string_view{"no skips left today"}},
    std::pair{Refusal::nothing_to_defer, std::string_view{"no break to defer"}},
    std::pair{Refusal::already_deferred, std::string_view{"already deferred once"}},
    std::pair{Refusal::already_breathing, std::string_view{"already breathing"}},
    std::pair{Refusal::empty_breathing, std::string_view{"empty breathing session"}},
    std::pair{Refusal::pause_end_passed, std::string_view{"pause end is in the past"}},
    std::pair{Refusal::not_paused, std::string_view{"not paused"}},
    std::pair{Refusal::focus_already_running, std::string_view{"focus session already running"}},
    std::pair{Refusal::no_focus_session, std::string_view{"no focus session"}},
    std::pair{Refusal::workday_not_ended, std::string_view{"the workday has not ended"}},
};
constexpr auto refusal_list = [] {
    std::array<Refusal, refusal_names.size()> out{};
    for (std::size_t i = 0; i < out.size(); ++i)
        out[i] = refusal_names[i].first;
    return out;
}();
} // namespace

std::span<const Refusal> all_refusals() {
    return refusal_list;
}

std::string_view to_string(Refusal refusal) {
    for (const auto& [r, text] : refusal_names)
        if (r == refusal)
            return text;
    return "refused";
}

std::optional<Refusal> parse_refusal(std::string_view text) {
    for (const auto& [r, name] : refusal_names)
        if (name == text)
            return r;
    return std::nullopt;
}

} // namespace respite
