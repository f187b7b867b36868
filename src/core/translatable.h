#pragma once
// A marker for user-visible literals in core tables: po/update_pot.sh runs xgettext with
// --keyword=translatable, so a marked string lands in po/respite.pot. Core itself never translates; the UI looks
// the text up with wxGetTranslation at its boundary.
#include <string_view>

namespace respite {

/// Returns `text` unchanged; marks it for extraction into the translation template.
constexpr std::string_view translatable(std::string_view text) {
    return text;
}

} // namespace respite
