#pragma once
// The calm palette every Respite window paints with; follows the system light/dark appearance.
#include <wx/colour.h>
#include <wx/font.h>

#include <optional>

namespace respite::ui {

/// The colours of one appearance (light or dark).
struct Palette {
    bool dark = false;    ///< a dark appearance
    wxColour background;  ///< window background
    wxColour surface;     ///< cards, panels on the background
    wxColour text;        ///< primary text
    wxColour muted;       ///< secondary text
    wxColour accent;      ///< the ring, focused buttons
    wxColour accent_soft; ///< the breathing circle fill, subtle highlights
    wxColour track;       ///< the ring's unfilled track
    wxColour dim;         ///< the veil over secondary monitors during a rest break
};

/// The palette for the current system appearance (or the forced one, see force_dark()).
Palette current_palette();
/// Overrides the system appearance (the gallery's --dark); nullopt follows the system again.
void force_dark(std::optional<bool> dark);
/// A font `scale` times the system's normal size, optionally bold/light.
wxFont scaled_font(double scale, wxFontWeight weight = wxFONTWEIGHT_NORMAL);

} // namespace respite::ui
