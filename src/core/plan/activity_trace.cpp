#include "core/plan/activity_trace.h"

#include <date/date.h>

#include <algorithm>
#include <charconv>

namespace respite {
namespace {

bool digits(std::string_view s, std::size_t pos, std::size_t n, int& out) {
    if (pos + n > s.size())
        return false;
    const auto r = std::from_chars(s.data() + pos, s.data() + pos + n, out);
    return r.ec == std::errc{} && r.ptr == s.data() + pos + n;
}

std::string_view trim(std::string_view s) {
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t'))
        s.remove_prefix(1);
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r'))
        s.remove_suffix(1);
    return s;
}

std::optional<Activity> parse_activity(std::string_view s) {
    if (s == "active")
        return Activity::active;
    if (s == "idle")
        return Activity::idle;
    if (s == "away")
        return Activity::away;
    if (s == "busy")
        return Activity::busy;
    if (s == "reading")
        return Activity::reading;
    return std::nullopt;
}

} // namespace

std::optional<WallTime> parse_iso8601(std::string_view s) {
    // Hand-written: a 30-day trace at one-second resolution has hundreds of thousands of these.
    int y = 0, mo = 0, d = 0, h = 0, mi = 0, sec = 0;
    if (!digits(s, 0, 4, y) || s.size() < 16 || s[4] != '-' || !digits(s, 5, 2, mo) || s[7] != '-' ||
        !digits(s, 8, 2, d) || (s[10] != 'T' && s[10] != ' ') || !digits(s, 11, 2, h) || s[13] != ':' ||
        !digits(s, 14, 2, mi))
        return std::nullopt;
    std::size_t pos = 16;
    if (pos < s.size() && s[pos] == ':') {
        if (!digits(s, pos + 1, 2, sec))
            return std::nullopt;
        pos += 3;
    }
    std::chrono::minutes offset{0};
    if (pos < s.size() && s[pos] == 'Z') {
        ++pos;
    } else if (pos < s.size() && (s[pos] == '+' || s[pos] == '-')) {
        int oh = 0, om = 0;
        const int sign = s[pos] == '-' ? -1 : 1;
        if (!digits(s, pos + 1, 2, oh))
            return std::nullopt;
        pos += 3;
        if (pos < s.size() && s[pos] == ':')
            ++pos;
        if (!digits(s, pos, 2, om))
            return std::nullopt;
        pos += 2;
        offset = sign * (std::chrono::hours(oh) + std::chrono::minutes(om));
    } else {
        return std::nullopt; // an offset is required: local times are ambiguous
    }
    if (pos != s.size())
        return std::nullopt;
    const date::year_month_day ymd{date::year{y}, date::month(static_cast<unsigned>(mo)),
                                   date::day(static_cast<unsigned>(d))};
    if (!ymd.ok() || h > 23 || mi > 59 || sec > 60)
        return std::nullopt;
    const auto local =
        date::sys_days{ymd} + std::chrono::hours(h) + std::chrono::minutes(mi) + std::chrono::seconds(sec);
    return std::chrono::time_point_cast<Duration>(local - offset);
}

std::optional<ActivityTrace> parse_activity_csv(std::string_view text, const std::string& file, std::string& error) {
    ActivityTrace trace;
    int line_no = 0;
    const auto fail = [&](std::size_t column, const std::string& message) {
        error = file + ":" + std::to_string(line_no) + ":" + std::to_string(column) + ": " + message;
        return std::nullopt;
    };
    while (!text.empty()) {
        ++line_no;
        const std::size_t nl = text.find('\n');
        const std::string_view line = text.substr(0, nl);
        text = nl == std::string_view::npos ? std::string_view{} : text.substr(nl + 1);
        const std::string_view body = trim(line);
        if (body.empty() || body.front() == '#')
            continue;
        const std::size_t c1 = line.find(',');
        const std::size_t c2 = c1 == std::string_view::npos ? c1 : line.find(',', c1 + 1);
        if (c2 == std::string_view::npos)
            return fail(1, "expected START,END,STATE");
        const auto start = parse_iso8601(trim(line.substr(0, c1)));
        if (!start)
            return fail(1, "START is not an ISO-8601 time with offset, e.g. 2026-11-23T09:00:00+01:00");
        const auto end = parse_iso8601(trim(line.substr(c1 + 1, c2 - c1 - 1)));
        if (!end)
            return fail(c1 + 2, "END is not an ISO-8601 time with offset, e.g. 2026-11-23T09:00:00+01:00");
        const auto activity = parse_activity(trim(line.substr(c2 + 1)));
        if (!activity)
            return fail(c2 + 2, "STATE must be one of active, idle, away, busy, reading");
        if (*end <= *start)
            return fail(c1 + 2, "END must be after START");
        if (!trace.segments.empty() && *start < trace.segments.back().end)
            return fail(1, "segments must be in time order and must not overlap");
        trace.segments.push_back({*start, *end, *activity});
    }
    return trace;
}

std::pair<Activity, std::optional<WallTime>> ActivityTrace::at(WallTime t, std::size_t& cursor) const {
    while (cursor < segments.size() && segments[cursor].end <= t)
        ++cursor;
    if (cursor == segments.size())
        return {Activity::away, std::nullopt};
    const ActivitySegment& seg = segments[cursor];
    if (t < seg.start)
        return {Activity::away, seg.start};
    return {seg.activity, seg.end};
}

} // namespace respite
