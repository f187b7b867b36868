#include "core/reason.h"

#include <array>
#include <utility>

namespace respite {
namespace {
constexpr std::array busy_names{
    std::pair{BusyReason::none, std::string_view{""}},
    std::pair{BusyReason::call, std::string_view{"call"}},
    std::pair{BusyReason::presentation, std::string_view{"presentation"}},
    std::pair{BusyReason::fullscreen, std::string_view{"fullscreen"}},
    std::pair{BusyReason::do_not_disturb, std::string_view{"do-not-disturb"}},
};
constexpr std::array reason_names{
    std::pair{Reason::none, std::string_view{""}},
    std::pair{Reason::user, std::string_view{"user"}},
    std::pair{Reason::postponed, std::string_view{"postponed"}},
    std::pair{Reason::deferred, std::string_view{"deferred"}},
    std::pair{Reason::late, std::string_view{"late"}},
    std::pair{Reason::snoozed, std::string_view{"snoozed"}},
    std::pair{Reason::focus, std::string_view{"focus"}},
    std::pair{Reason::natural, std::string_view{"natural"}},
    std::pair{Reason::breathing, std::string_view{"breathing"}},
    std::pair{Reason::pause, std::string_view{"pause"}},
    std::pair{Reason::rest, std::string_view{"rest"}},
    std::pair{Reason::settings, std::string_view{"settings"}},
    std::pair{Reason::presenting, std::string_view{"presenting"}},
    std::pair{Reason::busy, std::string_view{"busy"}},
    std::pair{Reason::call, std::string_view{"call"}},
    std::pair{Reason::presentation, std::string_view{"presentation"}},
    std::pair{Reason::fullscreen, std::string_view{"fullscreen"}},
    std::pair{Reason::do_not_disturb, std::string_view{"do-not-disturb"}},
    std::pair{Reason::duration, std::string_view{"duration"}},
    std::pair{Reason::until, std::string_view{"until"}},
    std::pair{Reason::next_workday, std::string_view{"next workday"}},
    std::pair{Reason::inhibitor, std::string_view{"inhibitor"}},
    std::pair{Reason::limit, std::string_view{"limit"}},
    std::pair{Reason::cutoff, std::string_view{"cutoff"}},
    std::pair{Reason::new_day, std::string_view{"new day"}},
};

template <class Table, class E> std::string_view name_in(const Table& table, E value) {
    for (const auto& [v, text] : table)
        if (v == value)
            return text;
    return "";
}
template <class E, class Table> std::optional<E> parse_in(const Table& table, std::string_view text) {
    for (const auto& [v, name] : table)
        if (name == text)
            return v;
    return std::nullopt;
}
} // namespace

Reason reason_of(BusyReason busy) {
    switch (busy) {
    case BusyReason::call:
        return Reason::call;
    case BusyReason::presentation:
        return Reason::presentation;
    case BusyReason::fullscreen:
        return Reason::fullscreen;
    case BusyReason::do_not_disturb:
        return Reason::do_not_disturb;
    case BusyReason::none:
        break;
    }
    return Reason::busy;
}

std::string_view to_string(BusyReason busy) {
    return name_in(busy_names, busy);
}
std::optional<BusyReason> parse_busy_reason(std::string_view text) {
    return parse_in<BusyReason>(busy_names, text);
}
std::string_view to_string(Reason reason) {
    return name_in(reason_names, reason);
}
std::optional<Reason> parse_reason(std::string_view text) {
    return parse_in<Reason>(reason_names, text);
}

} // namespace respite
