#pragma once
// The paint handler of Respite's custom-drawn panels (the breathing circle, the countdown ring, the statistics
// charts): double-buffered, cleared to the window's background, an anti-aliased graphics context.
#include <wx/window.h>

#include <functional>

class wxGraphicsContext;

namespace respite::ui {

/// Paints `window` with `paint` (call it from the window's wxEVT_PAINT handler).
void paint_smoothly(wxWindow& window, const std::function<void(wxGraphicsContext&, wxSize)>& paint);

} // namespace respite::ui
