#include "core/state_json.h"

#include <limits>
#include <stdexcept>

namespace respite {
namespace {

using nlohmann::json;
constexpr int format_version = 1;

json ms(Duration d) {
    return d.count();
}
json ms(WallTime t) {
    return t.time_since_epoch().count();
}
json opt_ms(const std::optional<WallTime>& t) {
    return t ? ms(*t) : json(nullptr);
}
json kind(const std::optional<BreakKind>& k) {
    return k ? json(std::string(to_string(*k))) : json(nullptr);
}

json counter_json(const BreakCounter& c) {
    return {{"counted_ms", ms(c.counted)},
            {"heads_up_sent", c.heads_up_sent},
            {"postpones_used", c.postpones_used},
            {"reprompt_at_ms", c.reprompt_at ? ms(*c.reprompt_at) : json(nullptr)},
            {"presenting_used", c.presenting_used}};
}

// Reading: every field is required (but the slack, added later) and checked against what a real run can write, so
// a hand-edited or garbled file is reported instead of becoming skips that never run out or a pause for centuries.
using std::chrono::days;
using std::chrono::hours;
constexpr Duration max_counted = days(400);
constexpr Duration max_timeline = days(365 * 100); // keeps every shift on restore far from overflow
constexpr int max_count = 100'000;
constexpr std::size_t max_text = 200;
const WallTime earliest_wall{};
const WallTime latest_wall = WallTime{std::chrono::sys_days{std::chrono::year{2200} / 1 / 1}.time_since_epoch()};

[[noreturn]] void out_of_range(const char* key, const json& value) {
    throw std::invalid_argument(std::string(key) + " out of range (" + value.dump() + ")");
}

const json& field(const json& j, const char* key) {
    if (!j.is_object())
        throw std::invalid_argument(std::string("expected an object around ") + key);
    const auto it = j.find(key);
    if (it == j.end())
        throw std::invalid_argument(std::string("missing ") + key);
    return *it;
}
std::int64_t get_int64(const json& j, const char* key) {
    const json& v = field(j, key);
    if (!v.is_number_integer())
        throw std::invalid_argument(std::string(key) + " must be an integer, not " + v.type_name());
    if (v.is_number_unsigned() && v.get<std::uint64_t>() > std::uint64_t(std::numeric_limits<std::int64_t>::max()))
        out_of_range(key, v);
    return v.get<std::int64_t>();
}
Duration get_ms(const json& j, const char* key, Duration lo, Duration hi) {
    const Duration d{get_int64(j, key)};
    if (d < lo || d > hi)
        out_of_range(key, field(j, key));
    return d;
}
int get_count(const json& j, const char* key, int lo = 0, int hi = max_count) {
    const auto v = get_int64(j, key);
    if (v < lo || v > hi)
        out_of_range(key, field(j, key));
    return static_cast<int>(v);
}
bool get_bool(const json& j, const char* key) {
    const json& v = field(j, key);
    if (!v.is_boolean())
        throw std::invalid_argument(std::string(key) + " must be true or false, not " + v.type_name());
    return v.get<bool>();
}
std::string get_text(const json& j, const char* key) {
    const json& v = field(j, key);
    if (!v.is_string())
        throw std::invalid_argument(std::string(key) + " must be a string, not " + v.type_name());
    if (v.get_ref<const std::string&>().size() > max_text)
        out_of_range(key, json("(" + std::to_string(v.get_ref<const std::string&>().size()) + " characters)"));
    return v.get<std::string>();
}
WallTime get_wall(const json& j, const char* key, WallTime lo, WallTime hi) {
    const WallTime t{Duration{get_int64(j, key)}};
    if (t < lo || t > hi)
        out_of_range(key, field(j, key));
    return t;
}
std::optional<WallTime> get_opt_wall(const json& j, const char* key, WallTime lo, WallTime hi) {
    return field(j, key).is_null() ? std::nullopt : std::optional<WallTime>(get_wall(j, key, lo, hi));
}
// An instant on the saved run's timeline (near its last observation).
Duration get_timeline(const json& j, const char* key, Duration last) {
    return get_ms(j, key, last - max_timeline, last + max_timeline);
}
std::optional<BreakKind> get_kind(const json& j, const char* key) {
    if (field(j, key).is_null())
        return std::nullopt;
    auto k = parse_break_kind(get_text(j, key));
    if (!k)
        throw std::invalid_argument(std::string("unknown break kind in ") + key);
    return k;
}

// A reason kept as its text; unknown text is a bad file.
template <class Parse> auto parse_text(const json& j, const char* key, Parse parse) {
    const std::string text = get_text(j, key);
    auto v = parse(text);
    if (!v)
        throw std::invalid_argument(std::string("unknown ") + key + " \"" + text + "\"");
    return *v;
}

BreakCounter counter_from(const json& j) {
    BreakCounter c;
    c.counted = get_ms(j, "counted_ms", Duration::zero(), max_counted);
    c.heads_up_sent = get_bool(j, "heads_up_sent");
    c.postpones_used = get_count(j, "postpones_used");
    if (!field(j, "reprompt_at_ms").is_null())
        c.reprompt_at = get_ms(j, "reprompt_at_ms", Duration::zero(), max_counted);
    c.presenting_used = get_bool(j, "presenting_used");
    return c;
}

} // namespace

json state_to_json(const EngineState& s) {
    return {
        {"version", format_version},
        {"last",
         {{"awake_ms", ms(s.last.awake)},
          {"since_boot_ms", ms(s.last.since_boot)},
          {"wall_ms", ms(s.last.wall)},
          {"checkpoint_slack_ms", ms(s.checkpoint_slack)}}},
        {"presence", to_string(s.presence)},
        {"stretch_start_ms", ms(s.stretch_start)},
        {"stretch_micro", s.stretch_micro},
        {"stretch_rest", s.stretch_rest},
        {"busy", s.busy},
        {"busy_reason", to_string(s.busy_reason)},
        {"micro", counter_json(s.micro)},
        {"rest", counter_json(s.rest)},
        {"prompt",
         {{"kind", kind(s.prompt.kind)},
          {"length_ms", ms(s.prompt.length)},
          {"done_ms", ms(s.prompt.done)},
          {"since_ms", ms(s.prompt.since)},
          {"started", s.prompt.started},
          {"reason", to_string(s.prompt.reason)}}},
        {"deferral",
         {{"kind", kind(s.deferral.kind)},
          {"since_ms", ms(s.deferral.since)},
          {"latest_ms", ms(s.deferral.latest)},
          {"reason", to_string(s.deferral.reason)},
          {"escape", s.deferral.escape}}},
        {"paused_until_ms", opt_ms(s.paused_until)},
        {"reading",
         {{"until_ms", opt_ms(s.reading.until)},
          {"since_ms", ms(s.reading.since)},
          {"source", to_string(s.reading.source)},
          {"inhibitor", s.reading.inhibitor},
          {"inhibitor_counts", s.reading.inhibitor_counts}}},
        {"focus",
         {{"active", s.focus_active},
          {"on_break", s.focus_on_break},
          {"interval", s.focus_interval},
          {"elapsed_ms", ms(s.focus_elapsed)},
          {"micro_held", s.micro_held}}},
        {"breathing",
         {{"active", s.breathing}, {"length_ms", ms(s.breathing_length)}, {"done_ms", ms(s.breathing_done)}}},
        {"day",
         {{"day", s.day},
          {"known", s.day_known},
          {"week", s.week},
          {"screen_ms", ms(s.screen_today)},
          {"overtime_ms", ms(s.overtime_today)},
          {"overtime_week_ms", ms(s.overtime_week)},
          {"skips_used", s.skips_used},
          {"overtime_reminders", s.overtime_reminders},
          {"cutoff_heads_up_sent", s.cutoff_heads_up_sent},
          {"cutoff_sent", s.cutoff_sent},
          {"cutoff_snoozed_until_ms", opt_ms(s.cutoff_snoozed_until)},
          {"daily_limit_sent", s.daily_limit_sent},
          {"cap_sent", s.cap_sent},
          {"checkin_sent", s.checkin_sent}}},
    };
}

std::optional<EngineState> state_from_json(const json& j, std::string& error) {
    try {
        if (!j.is_object())
            throw std::invalid_argument("not a JSON object");
        if (get_int64(j, "version") != format_version)
            throw std::invalid_argument("unsupported version " + j.at("version").dump());
        EngineState s;
        const json& last = field(j, "last");
        s.last = Now{get_ms(last, "awake_ms", -max_timeline, max_timeline),
                     get_ms(last, "since_boot_ms", -max_timeline, max_timeline),
                     get_wall(last, "wall_ms", earliest_wall, latest_wall)};
        if (last.contains("checkpoint_slack_ms"))
            s.checkpoint_slack = get_ms(last, "checkpoint_slack_ms", Duration::zero(), hours(1));
        const Duration at = s.last.since_boot;
        const WallTime now = s.last.wall;
        const auto presence = parse_presence(get_text(j, "presence"));
        if (!presence)
            throw std::invalid_argument("unknown presence " + j.at("presence").dump());
        s.presence = *presence;
        s.stretch_start = get_timeline(j, "stretch_start_ms", at);
        s.stretch_micro = get_bool(j, "stretch_micro");
        s.stretch_rest = get_bool(j, "stretch_rest");
        s.busy = get_bool(j, "busy");
        s.busy_reason = parse_text(j, "busy_reason", parse_busy_reason);
        s.micro = counter_from(field(j, "micro"));
        s.rest = counter_from(field(j, "rest"));
        const json& p = field(j, "prompt");
        s.prompt.kind = get_kind(p, "kind");
        s.prompt.length = get_ms(p, "length_ms", Duration::zero(), days(1));
        s.prompt.done = get_ms(p, "done_ms", Duration::zero(), s.prompt.length);
        s.prompt.since = get_timeline(p, "since_ms", at);
        s.prompt.started = get_bool(p, "started");
        s.prompt.reason = parse_text(p, "reason", parse_reason);
        const json& d = field(j, "deferral");
        s.deferral = Deferral{get_kind(d, "kind"), get_timeline(d, "since_ms", at), get_timeline(d, "latest_ms", at),
                              parse_text(d, "reason", parse_reason), get_bool(d, "escape")};
        // A pause is hours or days long; one that ends centuries away is a garbled file, not a user's wish.
        s.paused_until = get_opt_wall(j, "paused_until_ms", earliest_wall, now + max_counted);
        // Older state files have no reading mode: it is off.
        if (j.contains("reading")) {
            const json& r = field(j, "reading");
            s.reading.since = get_wall(r, "since_ms", earliest_wall, latest_wall);
            // Reading mode lasts hours: one that ends days away is a garbled file.
            s.reading.until = get_opt_wall(r, "until_ms", earliest_wall, now + days(1));
            s.reading.source = parse_text(r, "source", parse_reading_source);
            s.reading.inhibitor = get_bool(r, "inhibitor");
            s.reading.inhibitor_counts = get_bool(r, "inhibitor_counts");
        }
        const json& f = field(j, "focus");
        s.focus_active = get_bool(f, "active");
        s.focus_on_break = get_bool(f, "on_break");
        s.focus_interval = get_count(f, "interval");
        s.focus_elapsed = get_ms(f, "elapsed_ms", Duration::zero(), max_counted);
        s.micro_held = get_bool(f, "micro_held");
        const json& b = field(j, "breathing");
        s.breathing = get_bool(b, "active");
        s.breathing_length = get_ms(b, "length_ms", Duration::zero(), days(1));
        s.breathing_done = get_ms(b, "done_ms", Duration::zero(), max_counted);
        const json& day = field(j, "day");
        s.day = get_count(day, "day", 0, 200'000);
        s.day_known = get_bool(day, "known");
        s.week = get_count(day, "week", 0, 200'000);
        // A counting day has 25 hours at most (a DST change); twice that leaves room for a clock set back.
        s.screen_today = get_ms(day, "screen_ms", Duration::zero(), hours(48));
        s.overtime_today = get_ms(day, "overtime_ms", Duration::zero(), hours(48));
        s.overtime_week = get_ms(day, "overtime_week_ms", Duration::zero(), hours(7 * 48));
        s.skips_used = get_count(day, "skips_used");
        s.overtime_reminders = get_count(day, "overtime_reminders");
        s.cutoff_heads_up_sent = get_bool(day, "cutoff_heads_up_sent");
        s.cutoff_sent = get_bool(day, "cutoff_sent");
        s.cutoff_snoozed_until = get_opt_wall(day, "cutoff_snoozed_until_ms", earliest_wall, now + max_counted);
        s.daily_limit_sent = get_bool(day, "daily_limit_sent");
        s.cap_sent = get_bool(day, "cap_sent");
        // Older state files have no check-in yet.
        s.checkin_sent = day.contains("checkin_sent") && get_bool(day, "checkin_sent");
        return s;
    } catch (const std::exception& e) {
        error = e.what();
        return std::nullopt;
    }
}

} // namespace respite
