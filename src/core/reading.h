#pragma once
// Reading mode (issue 13): while it is on, idle time at the screen is screen time, never a natural break.
#include <optional>
#include <string_view>

namespace respite {

/// Who turned reading mode on or off; the engine treats them alike, the status and the history say which.
enum class ReadingSource { tray, command_line, plan };

/// Why idle time counts as screen time now.
enum class ReadingCause {
    toggle,    ///< the user's "Reading or watching" toggle (ends by itself at activity.reading_max or the cutoff)
    inhibitor, ///< an idle inhibitor (a video player, a presentation) while activity.inhibitor_is_reading
};

/// "tray", "command-line", "plan" (state.json, status JSON).
std::string_view to_string(ReadingSource source);
/// Parses a source's text; nullopt when unknown.
std::optional<ReadingSource> parse_reading_source(std::string_view text);
/// "toggle", "inhibitor".
std::string_view to_string(ReadingCause cause);

} // namespace respite
