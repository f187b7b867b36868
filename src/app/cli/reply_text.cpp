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
    if (event == "reading_started" && str(e, "reason") == "user")
        return e.contains("until") ? "Reading mode on until " + local_clock(e["until"], today) + "."
                                   : "Reading mode on.";
    if (event == "reading_ended" && str(e, "reason") == "user")
        return "Reading mode off.";
    return {};
}
// What a reading on/off that changed nothing found, or what still counts as reading after an "off".
std::string reading_reply_note(bool on, bool changed, const json& reply) {
    const json reading = reply.contains("reading") && reply["reading"].is_object() ? reply["reading"] : json::object();
    const bool now_on = reading.value("on", false);
    const bool toggle = str(reading, "why") == "toggle";
    const std::string today = str(reply, "at_local").substr(0, 10);
    if (on && !changed && toggle)
        return "Reading mode is already on until " + local_clock(reading.value("until_local", json()), today) + ".\n";
    if (!on && !changed && !now_on)
        return "Reading mode is already off.\n";
    if (!on && now_on && !toggle)
        return std::string(changed ? "" : "Reading mode was not turned on. ") +
               "Idle time still counts as screen time while a video or presentation keeps the screen awake.\n";
    return changed ? "" : "Done.\n";
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
    if (cmd == "reading on" || cmd == "reading off")
        return text + reading_reply_note(cmd == "reading on", !text.empty(), reply);
    if (!text.empty())
        return text;
    if (cmd == "reload")
        return "Settings reloaded.\n";
    if (cmd == "quit")
        return "Respite is quitting.\n";
    return "Done.\n";
}

} // namespace respite::cli
