#pragma once
// The base of the square, custom-drawn panels (breathing circle, countdown ring): size, theme, buffered painting.
#include "ui/theme.h"

#include <wx/window.h>

class wxGraphicsContext;

namespace respite::ui {

/// A `diameter`-DIP square panel that paints with an anti-aliased graphics context on a double-buffered,
/// cleared background, and carries a name and help text for screen readers.
class DiscPanel : public wxWindow {
public:
    /// Focusable: keys typed as a window appears land here, not on a button.
    bool AcceptsFocus() const override { return true; }

protected:
    /// Sets up the panel; `name` and `help` are what a screen reader announces.
    DiscPanel(wxWindow* parent, int diameter, const Palette& palette, const wxString& name, const wxString& help);
    /// Draws the content; the background is already cleared.
    virtual void paint(wxGraphicsContext& gc, wxSize size) = 0;

    Palette palette_;

private:
    void on_paint(wxPaintEvent& event);
};

} // namespace respite::ui
