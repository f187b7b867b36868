#include "ui/refusal_text.h"

#include <wx/intl.h>
#include <wx/string.h>

namespace respite::ui {
namespace {
wxString wording(Refusal refusal) {
    switch (refusal) {
    case Refusal::focus_break_not_manual:
        return _("Focus breaks come at the end of a focus session.");
    case Refusal::nothing_to_postpone:
        return _("There is no break to postpone.");
    case Refusal::strict_mode:
        return _("Strict mode is on: this break cannot be postponed or skipped.");
    case Refusal::focus_not_postponable:
        return _("A focus break cannot be postponed.");
    case Refusal::no_postpones_left:
        return _("You have no postpones left for this break.");
    case Refusal::nothing_to_skip:
        return _("There is no break to skip.");
    case Refusal::no_skips_left:
        return _("You have used all of today's skips.");
    case Refusal::nothing_to_defer:
        return _("There is no break to hold back.");
    case Refusal::already_deferred:
        return _("This break has already been held back once.");
    case Refusal::already_breathing:
        return _("A breathing session is already running.");
    case Refusal::empty_breathing:
        return _("A breathing session needs a length.");
    case Refusal::pause_end_passed:
        return _("That time has already passed.");
    case Refusal::not_paused:
        return _("Respite is not paused.");
    case Refusal::focus_already_running:
        return _("A focus session is already running.");
    case Refusal::no_focus_session:
        return _("No focus session is running.");
    case Refusal::workday_not_ended:
        return _("Your workday has not ended yet.");
    }
    return {};
}
} // namespace

std::string refusal_text(Refusal refusal) {
    return std::string(wording(refusal).utf8_str());
}

std::string refusal_text(std::string_view reason) {
    if (const auto r = parse_refusal(reason))
        return refusal_text(*r);
    return std::string(reason);
}

} // namespace respite::ui
