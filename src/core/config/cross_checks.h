#pragma once
// Rules between settings that no single key's range can express (a break shorter than its interval, ...).
#include "core/settings.h"

#include <string>
#include <string_view>
#include <vector>

namespace respite {

/// A rule between two settings that a configuration breaks.
struct Conflict {
    std::string_view key;       ///< the setting the message is about
    std::string_view other_key; ///< the setting it is checked against
    std::string message;        ///< names both keys and their values
};

/// Every cross-field rule `s` breaks; empty when the combination is usable.
std::vector<Conflict> cross_check(const Settings& s);

} // namespace respite
