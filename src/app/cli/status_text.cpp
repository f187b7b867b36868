#include "app/cli/status_text.h"

#include <algorithm>
#include <vector>

namespace respite::cli {

using nlohmann::json;

namespace {
std::string join(const std::vector<std::string>& parts, const std::string& sep) {
    std::string out;
    for (const auto& p : parts)
        out += (out.empty() ? "" : sep) + p;
    return out;
}

long long num(const json& j, const char* key) {
    return j.contains(key) && j[key].is_number() ? j[key].get<long long>() : 0;
}
bool flag(const json& j, const char* key) {
    return j.contains(key) && j[key].is_boolean() && j[key].get<bool>();
}
std::string str(const json& j, const char* key) {
    return j.contains(key) && j[key].is_string() ? j[key].get<std::string>() : "";
}

std::string break_name(const std::string& kind) {
    if (kind == "micro")
        return "Micro-break";
    if (kind == "rest")
        return "Rest break";
    return "Focus break";
}
} // namespace

// "2026-11-24T14:30:00" -> "14:30"; with the date when it is not the same day as `at_local`.
std::string local_clock(const json& value, const std::string& today) {
    if (!value.is_string())
        return "?";
    const std::string s = value;
    if (s.size() < 16)
        return s;
    if (s.substr(0, 10) == today)
        return s.substr(11, 5);
    return s.substr(0, 10) + " " + s.substr(11, 5);
}

std::string human_seconds(long long seconds) {
    if (seconds < 60)
        return std::to_string(seconds) + " s";
    const long long minutes = (seconds + 59) / 60;
    if (minutes < 60)
        return std::to_string(minutes) + " min";
    const long long h = minutes / 60;
    const long long m = minutes % 60;
    return std::to_string(h) + " h" + (m ? " " + std::to_string(m) + " min" : "");
}

std::string reading_status_text(const json& s) {
    const json reading = s.contains("reading") ? s["reading"] : json::object();
    if (!flag(reading, "on"))
        return "Reading mode is off: idle time at the screen counts as rest.\n";
    const std::string today = str(s, "at_local").substr(0, std::min<std::size_t>(10, str(s, "at_local").size()));
    std::string out;
    if (str(reading, "why") == "toggle") {
        out = "Reading mode is on until " + local_clock(reading["until_local"], today) +
              " (turned on from the tray or `respite reading on`).";
        if (flag(reading, "inhibitor"))
            out += " A video or presentation keeps the screen awake too.";
    } else {
        out = "Reading mode is on while a video or presentation keeps the screen awake.";
    }
    return out + "\nIdle time counts as screen time, not as a break; time away (lock, sleep) still does.\n";
}

std::string status_text(const json& s) {
    std::vector<std::string> head;
    const std::string today = str(s, "at_local").substr(0, std::min<std::size_t>(10, str(s, "at_local").size()));
    const std::string prompt = str(s, "prompt");
    if (!prompt.empty())
        head.push_back(break_name(prompt) + " now · " + human_seconds(num(s, "break_left_s")) + " left" +
                       (flag(s, "break_running") ? "" : " (waiting for you to stop typing)"));
    if (flag(s, "paused"))
        head.push_back("Paused until " + local_clock(s["paused_until_local"], today));
    if (s.contains("breathing") && flag(s["breathing"], "active"))
        head.push_back("Breathing · " + human_seconds(num(s["breathing"], "left_s")) + " left");
    if (s.contains("focus") && flag(s["focus"], "active")) {
        const json& f = s["focus"];
        head.push_back(
            std::string(flag(f, "on_break") ? "Focus break" : "Focus #" + std::to_string(num(f, "interval"))) + " · " +
            human_seconds(num(f, "left_s")) + " left");
    }
    if (!flag(s, "paused") && prompt.empty()) {
        if (s.contains("micro") && flag(s["micro"], "enabled"))
            head.push_back("Micro-break in " + human_seconds(num(s["micro"], "due_in_s")));
        if (s.contains("rest") && flag(s["rest"], "enabled"))
            head.push_back("Rest in " + human_seconds(num(s["rest"], "due_in_s")));
    }
    const std::string deferred = str(s, "deferred");
    if (!deferred.empty())
        head.push_back(break_name(deferred) + " waiting (" + str(s, "deferred_reason") + ")");
    if (head.empty())
        head.push_back("Breaks off");
    std::string out = join(head, " · ") + "\n";
    if (s.contains("reading") && flag(s["reading"], "on")) {
        const json& r = s["reading"];
        out += (str(r, "why") == "toggle" ? "Reading mode until " + local_clock(r["until_local"], today)
                                          : std::string("Reading mode (video playing)")) +
               " · idle time counts as screen time\n";
    }

    std::vector<std::string> day;
    if (s.contains("today")) {
        const json& t = s["today"];
        day.push_back("Screen time today " + human_seconds(num(t, "screen_time_s")));
        if (flag(t, "after_hours"))
            day.push_back("after hours, overtime " + human_seconds(num(t, "overtime_s")) + " today");
        else if (t.contains("workday_end_local") && t["workday_end_local"].is_string())
            day.push_back("workday ends " + local_clock(t["workday_end_local"], today));
    }
    if (s.contains("week") && num(s["week"], "overtime_s") > 0)
        day.push_back(human_seconds(num(s["week"], "overtime_s")) + " overtime this week");
    day.push_back(std::to_string(num(s, "skips_left")) + " skips left");
    if (flag(s, "busy"))
        day.push_back("busy (" + str(s, "busy_reason") + ")");
    out += join(day, " · ") + "\n";
    return out;
}

} // namespace respite::cli
