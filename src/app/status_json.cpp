#include "app/status_json.h"

#include "core/effect_json.h"

#include <date/date.h>

namespace respite::app {

using nlohmann::json;

namespace {
// Whole seconds, rounded up, so "0" only when something is really due or over.
long long seconds_up(Duration d) {
    const auto ms = d.count();
    return ms <= 0 ? 0 : (ms + 999) / 1000;
}

json optional_time(const std::optional<WallTime>& t) {
    return t ? json(format_utc_iso(*t)) : json(nullptr);
}

json optional_local(const std::optional<WallTime>& t, const LocalTime& local) {
    return t ? json(iso_local(*t, local)) : json(nullptr);
}

json break_json(const BreakStatus& b) {
    return {{"enabled", b.enabled}, {"due_in_s", seconds_up(b.due_in)}, {"postpones_left", b.postpones_left}};
}

} // namespace

std::string iso_local(WallTime t, const LocalTime& local) {
    return date::format("%FT%T", std::chrono::time_point_cast<std::chrono::seconds>(local.to_local(t)));
}

json status_to_json(const Status& s, const LocalTime& local, const IdleBackendInfo& idle) {
    json j;
    j["schema"] = 1;
    j["version"] = RESPITE_VERSION;
    j["at"] = format_utc_iso(s.at);
    j["at_local"] = iso_local(s.at, local);
    j["timezone"] = local.zone_name();
    j["presence"] = to_string(s.presence);
    j["idle_backend"] = idle.name;
    j["idle_detected"] = idle.detected;
    j["busy"] = s.busy;
    j["busy_reason"] = to_string(s.busy_reason);
    j["paused"] = s.paused_until.has_value();
    j["paused_until"] = optional_time(s.paused_until);
    j["paused_until_local"] = optional_local(s.paused_until, local);
    j["reading"] = {{"on", s.reading},
                    {"why", s.reading_cause ? json(to_string(*s.reading_cause)) : json(nullptr)},
                    {"until", optional_time(s.reading_until)},
                    {"until_local", optional_local(s.reading_until, local)},
                    {"inhibitor", s.reading_inhibitor}};
    j["micro"] = break_json(s.micro);
    j["rest"] = break_json(s.rest);
    j["prompt"] = s.prompt ? json(to_string(*s.prompt)) : json(nullptr);
    j["prompt_reason"] = s.prompt ? json(to_string(s.prompt_reason)) : json(nullptr);
    j["can_skip"] = s.can_skip;
    j["can_postpone"] = s.can_postpone;
    j["break_running"] = s.break_running;
    j["break_left_s"] = seconds_up(s.break_left);
    j["deferred"] = s.deferred ? json(to_string(*s.deferred)) : json(nullptr);
    j["deferred_reason"] = to_string(s.deferred_reason);
    j["skips_left"] = s.skips_left;
    j["focus"] = {{"active", s.focus_active},
                  {"on_break", s.focus_on_break},
                  {"left_s", seconds_up(s.focus_left)},
                  {"interval", s.focus_interval}};
    j["breathing"] = {{"active", s.breathing}, {"left_s", seconds_up(s.breathing_left)}};
    j["today"] = {{"screen_time_s", seconds_up(s.screen_time_today)},
                  {"overtime_s", seconds_up(s.overtime_today)},
                  {"working_day", s.working_day},
                  {"after_hours", s.after_hours},
                  {"workday_end", optional_time(s.workday_end)},
                  {"workday_end_local", optional_local(s.workday_end, local)}};
    j["week"] = {{"overtime_s", seconds_up(s.overtime_week)}};
    return j;
}

} // namespace respite::app
