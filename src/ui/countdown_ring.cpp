#include "ui/countdown_ring.h"

#include "ui/accessibility.h"
#include "ui/messages.h"

#include <wx/graphics.h>
#include <wx/intl.h>

#include <cmath>
#include <memory>
#include <numbers>

namespace respite::ui {

CountdownRing::CountdownRing(wxWindow* parent, int diameter, const Palette& palette)
    : DiscPanel(parent, diameter, palette, _("Time left"), _("Time left in this break")) {}

void CountdownRing::set(Duration length, Duration done, bool running) {
    // Compare at 1/400 of a turn: finer changes are invisible and would only cost repaints.
    const auto step = [&](Duration d) { return length.count() > 0 ? d.count() * 400 / length.count() : 0; };
    const bool changed = length != length_ || running != running_ || step(done) != step(done_) ||
                         format_clock(length - done) != format_clock(length_ - done_);
    length_ = length;
    done_ = done;
    running_ = running;
    if (changed) {
        SetLabel(wxString::Format(_("%s left"), wxString::FromUTF8(format_clock(length_ - done_))));
        // The live time goes in the description: a name changing every second would be spoken every second.
        set_accessible_description(this, GetLabel());
        Refresh(false);
    }
}

void CountdownRing::paint(wxGraphicsContext& gc, wxSize size) {
    const double stroke = std::max(6.0, size.x * 0.045);
    const double r = std::min(size.x, size.y) / 2.0 - stroke;
    const double cx = size.x / 2.0;
    const double cy = size.y / 2.0;

    gc.SetPen(gc.CreatePen(wxGraphicsPenInfo(palette_.track).Width(stroke)));
    gc.SetBrush(*wxTRANSPARENT_BRUSH);
    gc.StrokePath([&] {
        wxGraphicsPath p = gc.CreatePath();
        p.AddCircle(cx, cy, r);
        return p;
    }());

    const double frac =
        length_.count() > 0 ? std::clamp(1.0 - double(done_.count()) / double(length_.count()), 0.0, 1.0) : 1.0;
    if (frac > 0.0005) {
        constexpr double top = -std::numbers::pi / 2;
        const double start = top + (1.0 - frac) * 2 * std::numbers::pi;
        wxColour colour = running_ ? palette_.accent : palette_.muted;
        gc.SetPen(gc.CreatePen(wxGraphicsPenInfo(colour).Width(stroke).Cap(wxCAP_ROUND)));
        wxGraphicsPath arc = gc.CreatePath();
        arc.AddArc(cx, cy, r, start, top + 2 * std::numbers::pi, true);
        gc.StrokePath(arc);
    }

    const wxString time = wxString::FromUTF8(format_clock(length_ - done_));
    wxFont big = GetFont();
    big.SetPixelSize(wxSize(0, static_cast<int>(r * 0.42)));
    big.SetWeight(wxFONTWEIGHT_LIGHT);
    gc.SetFont(big, palette_.text);
    double tw = 0, th = 0;
    gc.GetTextExtent(time, &tw, &th);
    wxFont small = GetFont();
    small.SetPixelSize(wxSize(0, std::max(13, static_cast<int>(r * 0.12))));
    const wxString caption = running_ ? _("left") : _("paused");
    double sw = 0, sh = 0;
    gc.SetFont(small, palette_.muted);
    gc.GetTextExtent(caption, &sw, &sh);
    const double top_y = cy - (th + sh) / 2;
    gc.SetFont(big, palette_.text);
    gc.DrawText(time, cx - tw / 2, top_y);
    gc.SetFont(small, palette_.muted);
    gc.DrawText(caption, cx - sw / 2, top_y + th);
}

} // namespace respite::ui
