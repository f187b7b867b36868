#pragma once
// A smooth anti-aliased countdown ring with the time left in its centre (wxGraphicsContext).
#include "core/time.h"
#include "ui/theme.h"

#include <wx/window.h>

namespace respite::ui {

/// The break window's ring: depletes clockwise from the top as the break is taken.
class CountdownRing : public wxWindow {
public:
    /// A square ring of `diameter` pixels (DIP).
    CountdownRing(wxWindow* parent, int diameter, const Palette& palette);
    /// Sets the state; repaints only when something visible changed.
    void set(Duration length, Duration done, bool running);
    /// Focusable so that keys typed when the window appears land here, not on a button.
    bool AcceptsFocus() const override { return true; }

private:
    void on_paint(wxPaintEvent& event);

    Palette palette_;
    Duration length_{};
    Duration done_{};
    bool running_ = true;
};

} // namespace respite::ui
