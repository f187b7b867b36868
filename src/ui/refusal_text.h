#pragma once
// The wording of an engine refusal for people (the engine's reason text is stable and English).
#include "core/refusal.h"

#include <string>
#include <string_view>

namespace respite::ui {

/// The translated, UTF-8 sentence for a refusal, e.g. "You have no postpones left for this break."
std::string refusal_text(Refusal refusal);
/// The same for an Effect::reason text; an unknown text passes through unchanged.
std::string refusal_text(std::string_view reason);

} // namespace respite::ui
