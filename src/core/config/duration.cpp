#include "core/config/duration.h"

#include <array>
#include <climits>
#include <cstdint>

namespace respite {
namespace {

struct Unit {
    std::string_view suffix;
    std::int64_t ms;
};

// Longest suffix first so "ms" is not read as "m" followed by a stray "s".
// Days ("400d", history.keep) are read; durations are still written in hours at most.
constexpr std::array<Unit, 5> units{{{"ms", 1}, {"d", 86'400'000}, {"h", 3'600'000}, {"m", 60'000}, {"s", 1'000}}};
// Rank in the required order d > h > m > s > ms.
constexpr int rank(std::int64_t unit_ms) {
    return unit_ms == 86'400'000 ? 0 : unit_ms == 3'600'000 ? 1 : unit_ms == 60'000 ? 2 : unit_ms == 1'000 ? 3 : 4;
}
// Caps each component (a million hours) so the sum of four can never overflow.
constexpr std::int64_t max_component_ms = 3'600'000'000'000;
// Caps the digits of one number so mantissa * 3'600'000 fits in 64 bits.
constexpr int max_digits = 12;

bool is_digit(char c) {
    return c >= '0' && c <= '9';
}

} // namespace

std::optional<Duration> parse_duration(std::string_view text) {
    if (text == "0")
        return Duration{0};
    if (text.empty())
        return std::nullopt;
    std::int64_t total = 0;
    int last_rank = -1;
    std::size_t i = 0;
    while (i < text.size()) {
        std::int64_t mantissa = 0;
        std::int64_t scale = 1;
        int digits = 0;
        int int_digits = 0;
        while (i < text.size() && is_digit(text[i]) && digits < max_digits) {
            mantissa = mantissa * 10 + (text[i++] - '0');
            ++digits;
            ++int_digits;
        }
        if (int_digits == 0)
            return std::nullopt;
        if (i < text.size() && text[i] == '.') {
            ++i;
            int frac_digits = 0;
            while (i < text.size() && is_digit(text[i]) && digits < max_digits) {
                mantissa = mantissa * 10 + (text[i++] - '0');
                scale *= 10;
                ++digits;
                ++frac_digits;
            }
            if (frac_digits == 0)
                return std::nullopt;
        }
        if (i < text.size() && is_digit(text[i]))
            return std::nullopt; // too many digits
        const Unit* unit = nullptr;
        for (const auto& u : units) {
            if (text.substr(i).starts_with(u.suffix)) {
                unit = &u;
                break;
            }
        }
        if (unit == nullptr || rank(unit->ms) <= last_rank)
            return std::nullopt;
        last_rank = rank(unit->ms);
        i += unit->suffix.size();
        if (mantissa > INT64_MAX / unit->ms)
            return std::nullopt; // twelve digits of days overflow
        const std::int64_t scaled = mantissa * unit->ms;
        if (scaled % scale != 0 || scaled / scale > max_component_ms)
            return std::nullopt; // finer than a millisecond, or absurdly long
        total += scaled / scale;
    }
    return Duration{total};
}

std::string format_duration(Duration d) {
    auto ms = d.count();
    if (ms <= 0)
        return "0";
    std::string out;
    const auto h = ms / 3'600'000;
    ms %= 3'600'000;
    const auto m = ms / 60'000;
    ms %= 60'000;
    const auto s = ms / 1'000;
    ms %= 1'000;
    if (h != 0)
        out += std::to_string(h) + "h";
    if (m != 0)
        out += std::to_string(m) + "m";
    if (s != 0 && ms == 0) {
        out += std::to_string(s) + "s";
    } else if (s != 0) {
        std::string frac = std::to_string(1000 + ms).substr(1);
        while (frac.back() == '0')
            frac.pop_back();
        out += std::to_string(s) + "." + frac + "s";
    } else if (ms != 0) {
        out += std::to_string(ms) + "ms";
    }
    return out;
}

std::optional<TimeOfDay> parse_time_of_day(std::string_view text) {
    const auto colon = text.find(':');
    if (colon == std::string_view::npos || colon == 0 || colon > 2 || text.size() != colon + 3)
        return std::nullopt;
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (i != colon && !is_digit(text[i]))
            return std::nullopt;
    }
    const int hours = colon == 1 ? text[0] - '0' : (text[0] - '0') * 10 + (text[1] - '0');
    const int minutes = (text[colon + 1] - '0') * 10 + (text[colon + 2] - '0');
    if (hours > 23 || minutes > 59)
        return std::nullopt;
    return TimeOfDay{hours * 60 + minutes};
}

std::string format_time_of_day(TimeOfDay t) {
    const auto total = ((t.count() % 1440) + 1440) % 1440;
    const auto two = [](long long v) { return std::string(v < 10 ? "0" : "") + std::to_string(v); };
    return two(total / 60) + ":" + two(total % 60);
}

} // namespace respite
