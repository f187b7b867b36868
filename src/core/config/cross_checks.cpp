#include "core/config/cross_checks.h"

#include "core/config/duration.h"

namespace respite {
namespace {

std::string q(std::string_view key) {
    return "'" + std::string(key) + "'";
}

void shorter(std::vector<Conflict>& out, std::string_view key, Duration value, std::string_view other, Duration limit) {
    if (value >= limit) {
        out.push_back({key, other,
                       q(key) + " (" + format_duration(value) + ") must be shorter than " + q(other) + " (" +
                           format_duration(limit) + ")",
                       ConflictRule::shorter_than, format_duration(value), format_duration(limit)});
    }
}

} // namespace

std::vector<Conflict> cross_check(const Settings& s) {
    std::vector<Conflict> out;
    shorter(out, "micro_break.duration", s.micro_break.duration, "micro_break.every", s.micro_break.every);
    shorter(out, "rest_break.duration", s.rest_break.duration, "rest_break.every", s.rest_break.every);
    shorter(out, "prompts.heads_up", s.prompts.heads_up, "micro_break.every", s.micro_break.every);
    shorter(out, "prompts.heads_up", s.prompts.heads_up, "rest_break.every", s.rest_break.every);
    const auto& w = s.workday;
    if (w.end <= w.start) {
        out.push_back({"workday.end", "workday.start",
                       "'workday.end' (" + format_time_of_day(w.end) + ") must be later than 'workday.start' (" +
                           format_time_of_day(w.start) + ")",
                       ConflictRule::later_than, format_time_of_day(w.end), format_time_of_day(w.start)});
        return out; // the remaining workday rules assume ordered hours
    }
    if (w.day_starts > w.start && w.day_starts < w.end) {
        out.push_back({"workday.day_starts", "workday.start",
                       "'workday.day_starts' (" + format_time_of_day(w.day_starts) +
                           ") must not fall inside working hours (" + format_time_of_day(w.start) + " to " +
                           format_time_of_day(w.end) + ")",
                       ConflictRule::outside_hours, format_time_of_day(w.day_starts),
                       format_time_of_day(w.start) + " to " + format_time_of_day(w.end)});
    }
    const auto day = std::chrono::duration_cast<Duration>(w.end - w.start);
    if (w.cutoff_heads_up >= day) {
        out.push_back({"workday.cutoff_heads_up", "workday.end",
                       "'workday.cutoff_heads_up' (" + format_duration(w.cutoff_heads_up) +
                           ") must be shorter than the working day (" + format_duration(day) + ")",
                       ConflictRule::shorter_than_workday, format_duration(w.cutoff_heads_up), format_duration(day)});
    }
    return out;
}

} // namespace respite
