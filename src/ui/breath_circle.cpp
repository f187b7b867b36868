#include "ui/breath_circle.h"

#include <wx/graphics.h>
#include <wx/intl.h>

#include <cmath>
#include <memory>

namespace respite::ui {

BreathCircle::BreathCircle(wxWindow* parent, int diameter, const Palette& palette)
    : DiscPanel(parent, diameter, palette, _("Breathing circle"),
                _("Grows as you breathe in and shrinks as you breathe out")) {}

void BreathCircle::set_level(double level) {
    if (std::abs(level - level_) < 0.002)
        return;
    level_ = level;
    Refresh(false);
}

void BreathCircle::paint(wxGraphicsContext& gc, wxSize size) {
    const double cx = size.x / 2.0;
    const double cy = size.y / 2.0;
    const double rmax = std::min(size.x, size.y) / 2.0 - 4;
    const double rmin = rmax * 0.38;
    const double r = rmin + (rmax - rmin) * level_;

    gc.SetPen(gc.CreatePen(wxGraphicsPenInfo(palette_.track).Width(2)));
    gc.SetBrush(*wxTRANSPARENT_BRUSH);
    gc.DrawEllipse(cx - rmax, cy - rmax, 2 * rmax, 2 * rmax);

    // A radial gradient gives the circle a gentle, breathing depth rather than a flat disc.
    wxGraphicsBrush fill =
        gc.CreateRadialGradientBrush(cx, cy - r * 0.3, cx, cy, r, palette_.accent_soft, palette_.accent);
    gc.SetBrush(fill);
    gc.SetPen(gc.CreatePen(wxGraphicsPenInfo(palette_.accent).Width(2)));
    gc.DrawEllipse(cx - r, cy - r, 2 * r, 2 * r);
}

} // namespace respite::ui
