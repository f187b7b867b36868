#include "core/state_json.h"

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

// Reading: every field is required; a wrong type throws json::exception, reported as a bad file.
Duration get_ms(const json& j, const char* key) {
    return Duration{j.at(key).get<std::int64_t>()};
}
WallTime get_wall(const json& j, const char* key) {
    return WallTime{get_ms(j, key)};
}
std::optional<WallTime> get_opt_wall(const json& j, const char* key) {
    return j.at(key).is_null() ? std::nullopt : std::optional<WallTime>(get_wall(j, key));
}
std::optional<BreakKind> get_kind(const json& j, const char* key) {
    if (j.at(key).is_null())
        return std::nullopt;
    auto k = parse_break_kind(j.at(key).get<std::string>());
    if (!k)
        throw std::invalid_argument(std::string("unknown break kind in ") + key);
    return k;
}

// A reason kept as its text; unknown text is a bad file.
template <class Parse> auto parse_text(const json& j, const char* key, Parse parse) {
    auto v = parse(j.at(key).get<std::string>());
    if (!v)
        throw std::invalid_argument(std::string("unknown ") + key + " " + j.at(key).dump());
    return *v;
}

BreakCounter counter_from(const json& j) {
    BreakCounter c;
    c.counted = get_ms(j, "counted_ms");
    c.heads_up_sent = j.at("heads_up_sent").get<bool>();
    c.postpones_used = j.at("postpones_used").get<int>();
    if (!j.at("reprompt_at_ms").is_null())
        c.reprompt_at = get_ms(j, "reprompt_at_ms");
    c.presenting_used = j.at("presenting_used").get<bool>();
    return c;
}

} // namespace

json state_to_json(const EngineState& s) {
    return {
        {"version", format_version},
        {"last",
         {{"awake_ms", ms(s.last.awake)}, {"since_boot_ms", ms(s.last.since_boot)}, {"wall_ms", ms(s.last.wall)}}},
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
          {"cap_sent", s.cap_sent}}},
    };
}

std::optional<EngineState> state_from_json(const json& j, std::string& error) {
    try {
        if (!j.is_object())
            throw std::invalid_argument("not a JSON object");
        if (j.at("version").get<int>() != format_version)
            throw std::invalid_argument("unsupported version " + j.at("version").dump());
        EngineState s;
        const json& last = j.at("last");
        s.last = Now{get_ms(last, "awake_ms"), get_ms(last, "since_boot_ms"), get_wall(last, "wall_ms")};
        const auto presence = parse_presence(j.at("presence").get<std::string>());
        if (!presence)
            throw std::invalid_argument("unknown presence " + j.at("presence").dump());
        s.presence = *presence;
        s.stretch_start = get_ms(j, "stretch_start_ms");
        s.stretch_micro = j.at("stretch_micro").get<bool>();
        s.stretch_rest = j.at("stretch_rest").get<bool>();
        s.busy = j.at("busy").get<bool>();
        s.busy_reason = parse_text(j, "busy_reason", parse_busy_reason);
        s.micro = counter_from(j.at("micro"));
        s.rest = counter_from(j.at("rest"));
        const json& p = j.at("prompt");
        s.prompt =
            PromptState{get_kind(p, "kind"),   get_ms(p, "length_ms"),      get_ms(p, "done_ms"),
                        get_ms(p, "since_ms"), p.at("started").get<bool>(), parse_text(p, "reason", parse_reason)};
        const json& d = j.at("deferral");
        s.deferral = Deferral{get_kind(d, "kind"), get_ms(d, "since_ms"), get_ms(d, "latest_ms"),
                              parse_text(d, "reason", parse_reason), d.at("escape").get<bool>()};
        s.paused_until = get_opt_wall(j, "paused_until_ms");
        const json& f = j.at("focus");
        s.focus_active = f.at("active").get<bool>();
        s.focus_on_break = f.at("on_break").get<bool>();
        s.focus_interval = f.at("interval").get<int>();
        s.focus_elapsed = get_ms(f, "elapsed_ms");
        s.micro_held = f.at("micro_held").get<bool>();
        const json& b = j.at("breathing");
        s.breathing = b.at("active").get<bool>();
        s.breathing_length = get_ms(b, "length_ms");
        s.breathing_done = get_ms(b, "done_ms");
        const json& day = j.at("day");
        s.day = day.at("day").get<int>();
        s.day_known = day.at("known").get<bool>();
        s.week = day.at("week").get<int>();
        s.screen_today = get_ms(day, "screen_ms");
        s.overtime_today = get_ms(day, "overtime_ms");
        s.overtime_week = get_ms(day, "overtime_week_ms");
        s.skips_used = day.at("skips_used").get<int>();
        s.overtime_reminders = day.at("overtime_reminders").get<int>();
        s.cutoff_heads_up_sent = day.at("cutoff_heads_up_sent").get<bool>();
        s.cutoff_sent = day.at("cutoff_sent").get<bool>();
        s.cutoff_snoozed_until = get_opt_wall(day, "cutoff_snoozed_until_ms");
        s.daily_limit_sent = day.at("daily_limit_sent").get<bool>();
        s.cap_sent = day.at("cap_sent").get<bool>();
        return s;
    } catch (const std::exception& e) {
        error = e.what();
        return std::nullopt;
    }
}

} // namespace respite
