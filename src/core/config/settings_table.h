#pragma once
// The settings table (DESIGN.md §5): one entry per configuration key with its type, range and doc line, and
// where it lives in Settings. It drives parsing, validation, `config show`, the settings dialog and the docs.
// The defaults are not repeated here: they are the member initialisers of Settings.
#include "core/settings.h"

#include <array>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <variant>

namespace respite {

/// The kinds of values a setting holds.
enum class ValueType { boolean, integer, duration, time_of_day, timezone, choice, weekdays };

/// Working days, Monday first.
using Weekdays = std::array<bool, 7>;

/// A setting's value apart from Settings; choices and time zones are held as their text.
using SettingValue = std::variant<bool, int, Duration, TimeOfDay, std::string, Weekdays>;

/// Where a setting lives in Settings; an enum member is read and written as the index of its choice.
/// A CheckinAt is read and written as a TimeOfDay, or as its word ("cutoff", the key's first choice).
using FieldRef = std::variant<bool*, int*, Duration*, TimeOfDay*, std::string*, Weekdays*, CountMode*,
                              BreathingPattern*, CheckinAt*>;

/// One configuration key.
struct SettingInfo {
    std::string_view key;                      ///< "section.name", e.g. "micro_break.every"
    ValueType type = ValueType::boolean;       ///< what the value is
    std::string_view doc;                      ///< one line for `config show`, the dialog and the docs
    std::int64_t min = 0;                      ///< integer: count; duration: ms; time: minutes
    std::int64_t max = 0;                      ///< inclusive, same unit as min
    bool zero_is_off = false;                  ///< duration "0" is accepted outside [min, max] and means off
    std::span<const std::string_view> choices; ///< choice: the allowed texts, in enum order; time: words allowed
    FieldRef (*field)(Settings&) = nullptr;    ///< the member this key sets

    /// The section part of the key ("micro_break").
    constexpr std::string_view section() const { return key.substr(0, key.find('.')); }
    /// The name part of the key ("every").
    constexpr std::string_view name() const { return key.substr(key.find('.') + 1); }
};

/// Every configuration key, grouped by section, in documentation order.
std::span<const SettingInfo> settings_table();
/// Every key name ("micro_break.every", ...), in table order.
std::span<const std::string_view> setting_keys();
/// The section names ("micro_break", ...), in table order.
std::span<const std::string_view> setting_sections();
/// The entry for a key, or nullptr when there is none.
const SettingInfo* find_setting(std::string_view key);
/// The known key nearest to a misspelt one: within its section when the section is right, else among all keys.
std::optional<std::string> nearest_key(std::string_view key);
/// The position of an entry in settings_table().
std::size_t setting_index(const SettingInfo& info);

/// The value of a setting in `s`.
SettingValue get_value(const SettingInfo& info, const Settings& s);
/// Stores a value into `s`; a value of the wrong type or an unknown choice is ignored (check_value first).
void set_value(const SettingInfo& info, Settings& s, const SettingValue& value);

} // namespace respite
