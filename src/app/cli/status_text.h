#pragma once
// Human text of `respite status`: "Micro-break in 12 min · Rest in 38 min" and a few detail lines.
#include <nlohmann/json.hpp>

#include <string>

namespace respite::cli {

/// The status object of `status --json` as lines a person reads (ends with a newline).
std::string status_text(const nlohmann::json& status);
/// `respite reading status`: whether reading mode is on, why (the toggle or an idle inhibitor) and until when.
std::string reading_status_text(const nlohmann::json& status);
/// "14:30" for a local ISO time on `today` ("2026-11-24"), else "2026-11-25 14:30".
std::string local_clock(const nlohmann::json& value, const std::string& today);
/// "45 s", "12 min", "1 h 5 min" for a number of seconds (minutes rounded up).
std::string human_seconds(long long seconds);

} // namespace respite::cli
