#pragma once
// Rules between settings that no single key's range can express (a break shorter than its interval, ...).
#include "core/settings.h"

#include <string>
#include <string_view>
#include <vector>

namespace respite {

/// Which cross-field rule a configuration breaks (the dialog words each one for its field).
enum class ConflictRule {
    shorter_than,        ///< `key` must be shorter than `other_key`
    later_than,          ///< `key` (a time) must be later than `other_key`
    outside_hours,       ///< `key` (a time) must not fall between workday.start and workday.end
    shorter_than_workday ///< `key` must be shorter than the working day (workday.end - workday.start)
};

/// A rule between two settings that a configuration breaks.
struct Conflict {
    std::string_view key;                           ///< the setting the message is about
    std::string_view other_key;                     ///< the setting it is checked against
    std::string message;                            ///< names both keys and their values
    ConflictRule rule = ConflictRule::shorter_than; ///< the rule broken
    std::string value;                              ///< `key`'s value as written in a file ("10m", "17:30")
    std::string limit; ///< what it is checked against: other_key's value, the hours ("09:00 to 17:00") or the day
};

/// Every cross-field rule `s` breaks; empty when the combination is usable.
std::vector<Conflict> cross_check(const Settings& s);

} // namespace respite
