#include "ui/disc_panel.h"

#include "ui/accessibility.h"
#include "ui/buffered_paint.h"

#include <wx/graphics.h>

#include <memory>

namespace respite::ui {

DiscPanel::DiscPanel(wxWindow* parent, int diameter, const Palette& palette, const wxString& name, const wxString& help)
    : wxWindow(parent, wxID_ANY, wxDefaultPosition, parent->FromDIP(wxSize(diameter, diameter)),
               wxFULL_REPAINT_ON_RESIZE),
      palette_(palette) {
    SetBackgroundStyle(wxBG_STYLE_PAINT);
    SetBackgroundColour(palette.background);
    SetMinSize(GetSize());
    SetName(name);
    set_accessible_name(this, name);
    set_accessible_description(this, help);
    Bind(wxEVT_PAINT, &DiscPanel::on_paint, this);
}

void DiscPanel::on_paint(wxPaintEvent&) {
    paint_smoothly(*this, [this](wxGraphicsContext& gc, wxSize size) { paint(gc, size); });
}

} // namespace respite::ui
