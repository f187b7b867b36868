#pragma once
// The breathing circle: grows on the in-breath, shrinks on the out-breath (custom-drawn, anti-aliased).
#include "ui/disc_panel.h"

namespace respite::ui {

/// A square panel drawing a soft circle at `level` (0 small .. 1 full) with a guide ring.
class BreathCircle : public DiscPanel {
public:
    /// A `diameter`-DIP square.
    BreathCircle(wxWindow* parent, int diameter, const Palette& palette);
    /// Sets the circle's size; repaints when it visibly changed.
    void set_level(double level);

private:
    void paint(wxGraphicsContext& gc, wxSize size) override;

    double level_ = 0.0;
};

} // namespace respite::ui
