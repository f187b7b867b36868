#include "app/cli/reply_text.h"
#include "app/cli/status_text.h"

namespace respite::cli {

using nlohmann::json;

namespace {
std::string str(const json& j, const char* key) {
    return j.contains(key) && j[key].is_string() ? j[key].get<std::string>() : "";
}

long long seconds(const json& j, const char* key) {
    return j.contains(key) && j[key].is_number() ? j[key].get<long long>() : 0;
}

std::string break_name(const std::string& kind) {
    if (kind == "rest")
        return "Rest break";
    if (kind == "focus")
        return "Focus break";
    return "Micro-break";
}

std::string sentence(const json& e) {
    const std::string event = str(e, "event");
    const std::string today = str(e, "at").substr(0, 10);
    if (event == "pause_started")
        return "Paused until " + local_clock(e.value("until", json()), today) + ".";
    if (event == "pause_ended")
        return "Resumed: breaks count again.";
    if (event == "break_prompt" || event == "break_started")
        return break_name(str(e, "break")) + " started (" + human_seconds(seconds(e, "duration_s")) + ").";
    if (event == "breathing_started")
        return "Breathing for " + human_seconds(seconds(e, "duration_s")) + ".";
    if (event == "breathing_finished")
        return "Breathing stopped after " + human_seconds(seconds(e, "duration_s")) + ".";
    if (event == "focus_started")
        return "Focus session started: " + human_seconds(seconds(e, "duration_s")) + " of work.";
    if (event == "focus_ended")
        return "Focus session stopped.";
    return {};
}
} // namespace

std::string reply_text(std::string_view cmd, const json& reply) {
    std::string text;
    std::string last;
    if (reply.contains("effects") && reply["effects"].is_array()) {
        for (const json& e : reply["effects"]) {
            if (!e.is_object())
                continue;
            std::string line = sentence(e);
            // A break the user asked for is prompted and starts at once: one sentence for both.
            if (!line.empty() && line != last)
                text += line + "\n";
            if (!line.empty())
                last = line;
        }
    }
    if (!text.empty())
        return text;
    if (cmd == "reload")
        return "Settings reloaded.\n";
    if (cmd == "quit")
        return "Respite is quitting.\n";
    return "Done.\n";
}

} // namespace respite::cli
