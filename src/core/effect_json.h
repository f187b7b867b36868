#pragma once
// Effects as JSON and as timeline text: one format for `respite plan`, the control socket and history.
#include "core/effect.h"
#include "core/local_time.h"

#include <nlohmann/json.hpp>

#include <string>

namespace respite {

/// "2026-11-23T09:20:00+01:00": local time with its UTC offset.
std::string format_local_iso(WallTime at, const LocalTime& local);
/// "2026-11-23T08:20:00Z".
std::string format_utc_iso(WallTime at);
/// The effect's reason as text: the refusal's text for action_refused, else the reason's ("" when none).
std::string_view reason_text(const Effect& effect);
/// {"at", "utc", "event", "break"?, "duration_s"?, "total_s"? (whole seconds), "until"?, "count"?, "reason"?}.
nlohmann::json effect_to_json(const Effect& effect, const LocalTime& local);
/// "Mon 2026-11-23 09:20:00 +01:00  break_prompt     micro  20s" — one line of a human-readable timeline.
std::string format_effect_line(const Effect& effect, const LocalTime& local);

} // namespace respite
