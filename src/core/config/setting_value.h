#pragma once
// Checking and writing one setting's value: range checks, display text and TOML literals.
#include "core/config/settings_table.h"

#include <optional>
#include <string>

namespace respite {

/// The name of a value type as users read it ("a duration such as \"20m\"").
std::string_view describe_type(ValueType type);
/// The allowed values, e.g. "between 1m and 4h", "0 (off) or between 30m and 24h", "one of \"screen\", \"input\"".
std::string describe_range(const SettingInfo& info);
/// Why `value` is not allowed for `info` (wrong type, out of range, unknown choice or time zone); empty when it is.
std::optional<std::string> check_value(const SettingInfo& info, const SettingValue& value);
/// Display text: "20m", "true", "3", "17:30", "mon,tue,wed", "box", "Europe/Berlin".
std::string format_value(const SettingInfo& info, const SettingValue& value);
/// The TOML literal for a config file: "\"20m\"", "true", "3", "[\"mon\", \"tue\"]".
std::string toml_literal(const SettingInfo& info, const SettingValue& value);
/// A TOML basic string literal for any text, quotes and control characters escaped.
std::string toml_string_literal(std::string_view text);
/// The three-letter names of the week days, Monday first ("mon" ... "sun").
std::span<const std::string_view> weekday_names();
/// True when `name` is an IANA zone (or link) the tz database knows.
bool is_known_timezone(const std::string& name);
/// The known zone name nearest to a misspelt one.
std::optional<std::string> nearest_timezone(std::string_view name);

} // namespace respite
